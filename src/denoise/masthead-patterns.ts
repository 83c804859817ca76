/**
 * Lines of a UN masthead and of a resolution's adoption block, in the six languages:
 * "United Nations", "General Assembly", "Distr.: General", "Original: English",
 * "Eightieth session", "Agenda item 154", "Resolution adopted by the General Assembly on…",
 * "[without reference to a Main Committee (A/68/L.5)]", "第六十八届会议", "议程项目 21(e)".
 */
export const ORGAN = /^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|الأمم المتحدة)$/i;
export const BODY = /^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council|Assemblée générale|Conseil de sécurité|Conseil économique et social|Conseil des droits de l[’']homme|Asamblea General|Consejo de Seguridad|Consejo Económico y Social|Consejo de Derechos Humanos|Генеральная Ассамблея|Совет Безопасности|Экономический и Социальный Совет|Совет по правам человека|大\s*会|安全理事会|经济及社会理事会|人权理事会|الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|مجلس حقوق الإنسان)$/i;
export const DISTRIBUTION = /^(?:Distr\.?(?:\s*:?\s*\S.*)?|GENERAL|LIMITED|RESTRICTED|GÉNÉRALE|GENERALE|LIMITÉE|RESTREINTE|ОБЩАЯ|ОГРАНИЧЕННАЯ)$/i;
export const ORIGINAL = /^(?:Original|Оригинал|原文|الأصل)\s*[:：]?\s*\S*/i;
export const SESSION = /(?:\bsession\b|período de sesiones|сессия|届会议?|الدورة)/i;
export const AGENDA = /^(?:Agenda items?|Items? \d|Point(?:s)? \d|Points? de l|Temas?\s+\d|Tema del|Пункты?\s+\d|议程项目|临时议程项目|البند|البندان)/i;
export const ISSUE_DATE = /^(?:\d{1,2}\s*[–-]\s*\d{1,2}\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}(?:\s+года)?|\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}(?:\s+года)?|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\p{L}+ \d{1,2}, \d{4})$/u;
export const ADOPTION =
  /^(?:RESOLUTION ADOPTED BY|Resolution adopted by|RÉSOLUTION ADOPTÉE|RESOLUTION ADOPTEE|Résolution adoptée|RESOLUCI[ÓO]N APROBADA|Resolución aprobada|РЕЗОЛЮЦИЯ,? ПРИНЯТАЯ|Резолюция,? принятая|قرار اتخذته|.*大会决议$|.*决议草案)/;
export const ADOPTION_BRACKET = /^\[.*\]$/;
