/**
 * How a resolution states its adoption, in the six languages, for the General Assembly (and the
 * other bodies whose resolutions print the same way) and for the Security Council:
 * - the adoption line, on one line or two: "Resolution adopted by the General Assembly" /
 *   "on 4 December 2024"; "Résolution adoptée par l’Assemblée générale le 4 décembre 2024";
 *   "Resolución aprobada por la Asamblea General el 4 de diciembre de 2024"; "Резолюция,
 *   принятая Генеральной Ассамблеей 4 декабря 2024 года"; "2024年12月4日大会决议";
 *   "قرار اتخذته الجمعية العامة في 4 كانون الأول/ديسمبر 2024";
 * - the Security Council's: "Adopted by the Security Council at its 9520th meeting, on
 *   14 December 2023", "Adoptée par le Conseil de sécurité à sa 9520e séance, le 14 décembre
 *   2023", "Aprobada por el Consejo de Seguridad en su 9520ª sesión, celebrada el…", "Принята
 *   Советом Безопасности на его 9520-м заседании 14 декабря 2023 года",
 *   "2023年12月14日安全理事会第9520次会议通过", "اتخذه مجلس الأمن في جلسته 9520…";
 * - the bracket line, which may wrap: "[on the report of the Special Political and
 *   Decolonization Committee (Fourth Committee) (A/79/431, para. 33)]", "[without reference to a
 *   Main Committee (A/78/L.1)]", "[sur la base du rapport de la Quatrième Commission (…)]",
 *   "[sans renvoi à une grande commission (…)]", "[sobre la base del informe de la Cuarta
 *   Comisión (…)]", "[sin remisión previa a una Comisión Principal (…)]", "[по докладу
 *   Четвертого комитета (…)]", "[без передачи в главный комитет (…)]", "[根据第四委员会的报告
 *   (…)通过]", "[未经发交主要委员会而通过(…)]", "[بناء على تقرير اللجنة الرابعة (…)]",
 *   "[دون الإحالة إلى لجنة رئيسية (…)]";
 * - the closing meeting line: "25th plenary meeting", "85e séance plénière", "92ª sesión
 *   plenaria", "25-е пленарное заседание", "第25次全体会议", "الجلسة العامة 25".
 */
import { parseDate } from "./dates.js";

/** Resolutions of the Assembly (and of the Councils that print the same form). */
const ASSEMBLY_FORMS = [
  /^resolution adopted by(?!\p{L})/iu,
  /^r[ée]solution adopt[ée]e par(?!\p{L})/iu,
  /^resoluci[óo]n aprobada por(?!\p{L})/iu,
  /^резолюция,? принятая(?!\p{L})/iu,
  /大会决议$|大会通过的决议/u,
  /^قرار اتخذته(?!\p{L})/u,
];
/** Resolutions of the Security Council. */
const COUNCIL_FORMS = [
  /^adopted by the security council(?!\p{L})/iu,
  /^adopt[ée]e par le conseil de s[ée]curit[ée](?!\p{L})/iu,
  /^aprobada por el consejo de seguridad(?!\p{L})/iu,
  /^принят(?:а|ая)? советом безопасности(?!\p{L})/iu,
  /安全理事会第? ?\d{0,5} ?次?会议通过$|^安全理事会.{0,40}通过$/u,
  /^(?:الذي )?اتخذه مجلس الأمن/u,
];

/** The first (or only) adoption line of a resolution, Assembly or Security Council. */
export function isAdoptionLine(text: string): boolean {
  const t = text.trim();
  return ASSEMBLY_FORMS.some((p) => p.test(t)) || COUNCIL_FORMS.some((p) => p.test(t));
}

/** The Security Council's adoption line, which also names the meeting. */
export function isCouncilAdoptionLine(text: string): boolean {
  const t = text.trim();
  return COUNCIL_FORMS.some((p) => p.test(t));
}

/** The word that introduces the date on an adoption line's second line: "on", "le", "el", "في". */
const DATE_PREPOSITION = /^(?:on|le|el|في)\s/iu;

/** The second line of a two-line adoption: "on 4 December 2024", "4 December 2023", "le 4 décembre 2024" → ISO date. */
export function adoptionDateLine(text: string): string | null {
  return parseDate(text.trim().replace(DATE_PREPOSITION, ""));
}

/** "[on the report of the … Committee (A/79/431, para. 33)]" and its forms in the six languages. */
export const ON_THE_REPORT =
  /(?:on the report of|sur (?:la base du )?rapport d|sobre la base del informe d|по докладу|根据.{0,30}的报告|بناء على تقرير)/iu;
/** "[without reference to a Main Committee (A/68/L.5)]": the symbol in it is the draft adopted. */
export const WITHOUT_REFERENCE =
  /(?:without reference to a Main Committee|sans renvoi à une grande commission|sin remisi[óo]n previa a una Comisi[óo]n Principal|sin remisi[óo]n a una Comisi[óo]n Principal|без передачи в главный комитет|未经发交主要委员会|دون الإحالة إلى لجنة رئيسية)/iu;

/** The words that introduce the committee in an "on the report of" bracket, in the six languages. */
const REPORT_LEAD = /^(?:on the report of (?:the )?|sur (?:la base )?(?:du |le )?rapport (?:de la |du |de l[’'] ?|des )|sobre la base del informe (?:de la |del )|по докладу |根据|بناء على تقرير )/iu;
/** After the committee's name: Chinese "的报告", and the closing "通过" of a Chinese bracket. */
const REPORT_TAIL = /(?:的报告)?(?:通过)?$/u;

/**
 * The committee named in an adoption bracket, as printed: "[on the report of the Special Political
 * and Decolonization Committee (Fourth Committee) (A/78/429, para. 33)]" → "Special Political and
 * Decolonization Committee (Fourth Committee)"; "[根据第四委员会的报告(A/79/431，第33段)通过]" →
 * "第四委员会". Null for "[without reference to a Main Committee …]" and anything else.
 */
export function committeeOfBracket(bracket: string): string | null {
  let t = bracket.trim().replace(/^\[/u, "").replace(/\]$/u, "").trim();
  if (!ON_THE_REPORT.test(t) || WITHOUT_REFERENCE.test(t)) return null;
  t = t.replace(/通过$/u, "");
  const open = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  if (open < 0 || !/[A-Z]\/[\w.]+/u.test(t.slice(open))) return null;
  const name = t.slice(0, open).trim().replace(REPORT_LEAD, "").replace(REPORT_TAIL, "").trim();
  return name === "" ? null : name;
}

/** A bracket line of the adoption block opens with "[" (it may wrap onto a second line). */
export function opensAdoptionBracket(text: string): boolean {
  return text.trim().startsWith("[");
}

/** The bracket closes on this line. */
export function closesAdoptionBracket(text: string): boolean {
  return text.trim().endsWith("]");
}

/** A whole bracket line of an adoption block that names how it came: a committee's report or none. */
export function isAdoptionBracket(text: string): boolean {
  const t = text.trim();
  return t.startsWith("[") && t.endsWith("]") && (ON_THE_REPORT.test(t) || WITHOUT_REFERENCE.test(t));
}

/** The meeting named in a Security Council adoption line: "at its 9520th meeting, on 14 December 2023". */
export const COUNCIL_MEETING =
  /(?:at its|à sa|en su|на своем|на его)\s+(\d{1,5} ?(?:st|nd|rd|th|e|ª|-м)?\s(?:meeting|séance|sesión|заседании))|(第 ?\d{1,5} ?次会议)|(?:في جلسته)\s+(\d{1,5})/iu;

/**
 * Closing line: "25th plenary meeting", "85e séance plénière", "92ª sesión plenaria", "25-е
 * пленарное заседание", "第25次全体会议", "الجلسة العامة 25"; a meeting resumed on a later day:
 * "55th (resumed) plenary meeting", "55e séance plénière (reprise)", "55ª sesión plenaria
 * (continuación)", "55-е пленарное заседание (возобновленное)", "第55次（续）全体会议",
 * "الجلسة العامة 55 (المستأنفة)".
 */
export const CLOSING_MEETING =
  /^(?:\d{1,3} ?(?:st|nd|rd|th|e|re|ème|ª|a|º|-е|-e)?(?: \((?:resumed|reprise|continuaci[óo]n|reanudaci[óo]n|возобновленное)\))?\s(?:plenary meeting|séance plénière|sesión plenaria|пленарное заседание)(?: ?\((?:resumed|reprise|continuaci[óo]n|reanudaci[óo]n|возобновленное)\))?|第 ?\d{1,3} ?次(?:[(（]续[)）])?全体会议(?:[(（]续[)）])?|الجلسة العامة\s\d{1,3}(?: ?\(المستأنفة\))?)$/iu;

/** What a draft is: "draft resolution", "revised draft resolution", "draft decision", "amendment to draft resolution…", in the six languages. */
const DRAFT_KIND =
  "(?:amendments? to (?:the )?)?(?:revised )?draft (?:resolution|decision)|(?:amendements? au )?projet de (?:résolution|décision)(?: révisé)?|(?:enmiendas? al )?proyecto de (?:resolución|decisión)(?: revisado)?|(?:поправк[аи] к )?(?:пересмотренный )?проект (?:резолюции|решения)|(?:订正)?(?:决议|决定)草案(?:的修正案?)?|(?:تعديل على )?مشروع (?:قرار|مقرر)(?: منقح)?";
/** A draft's sponsors line, or the line naming the draft alone: "Iraq:* draft resolution", "Draft resolution", "伊拉克：决议草案". */
const SPONSORS_LINE = new RegExp(`(?:^|[:：]\\*{0,3} ?)(?:${DRAFT_KIND})\\*{0,3}$`, "iu");
/** A draft submitted by an officer: "Draft resolution submitted by the Chair on the basis of informal consultations" (it may wrap). */
const SUBMITTED_BY = new RegExp(
  `^(?:${DRAFT_KIND}),? (?:submitted by|présenté par|déposé par|soumis par|presentado por|представленный)(?!\\p{L})|提交的(?:决议|决定)草案$|^مشروع (?:قرار|مقرر) مقدم من`,
  "iu",
);

export function isSponsorsLine(text: string): boolean {
  return SPONSORS_LINE.test(text.trim());
}

export function isSubmittedByLine(text: string): boolean {
  return SUBMITTED_BY.test(text.trim());
}
