/**
 * Lines of a UN masthead other than the organ and the symbol, in the six languages:
 * "Distr.: General", "Original: English", "Eightieth session", "Agenda item 154",
 * "Point 40 de l’ordre du jour", "第六十八届会议", "议程项目 21(e)", "البند 21 (هـ)", and the line
 * that gives a session's place and dates: "Genève, 8-19 février 2010", "Geneva, 8–19 February
 * 2010", "Ginebra, 8 a 19 de febrero de 2010", "Женева, 8–19 февраля 2010 года",
 * "2010年2月8日至19日，日内瓦", "جنيف، 8-19 شباط/فبراير 2010"; the names a distribution and an
 * original language are printed in ("générale", "anglais" → "General", "English"), and the
 * author line under a report's title ("Report of the Secretary-General", "秘书长的报告").
 */
import { foldDigits } from "./dates.js";
import { foldMonth, MONTH_NUMBER } from "./month-names.js";

/** "Distr.: General", "Distr. générale", "Distr.", and 1994's word alone on the next line. */
export const DISTRIBUTION = /^(?:Distr\b.*|GENERAL|LIMITED|RESTRICTED|GÉNÉRALE|GENERALE|LIMITÉE|RESTREINTE|ОБЩАЯ|ОГРАНИЧЕННАЯ)$/iu;
/** "Original: English", "Оригинал: английский", "原文：英文", "الأصل: بالإنكليزية". */
export const ORIGINAL = /^(?:Original|Оригинал|原文|الأصل)(?:\s|:|：|$)/iu;
/** "Original:" anywhere in a line, with its colon; group 1 is the language as printed. */
export const ORIGINAL_LABEL = /(?:^|\s)(?:Original|Оригинал|原文|الأصل) ?[:：]\s*(.+)$/iu;
/** "Distr." anywhere in a line; group 1 is what follows ("General", "générale", "" when on the next line). */
export const DISTRIBUTION_VALUE = /(?:^|\s)Distr\b[\s.:]*(.*)$/iu;
/** A session line names the session: "Eightieth session", "período de sesiones", "сессия", "届会议", "الدورة". */
export const SESSION_WORD = /(?:(?<!\p{L})session(?!\p{L})|período(?: extraordinario)? de sesiones|periodo(?: extraordinario)? de sesiones|сессия|届会|الدورة)/iu;
/** A session line is a label, not a sentence: at most this long, and no closing punctuation. */
export const MAX_SESSION_LINE = 60;
const CLOSING_PUNCTUATION = /[.;,。；]$/u;

/** "第六十八届会议": group 1 is the Han ordinal. */
export const SESSION_HAN = /第 ?([〇一二三四五六七八九十零两\d]{1,6}) ?届(?:会议|会)?/u;
/** Ordinal words before the session word: "Resumed seventy-ninth session", "Cuadragésimo octavo período de sesiones", "Тридцать четвертая сессия". */
export const SESSION_ORDINAL_BEFORE =
  /^(\S.{0,80}?)\s+(?:session|período(?: extraordinario)? de sesiones|periodo(?: extraordinario)? de sesiones|сессия)(?!\p{L})/iu;
/** Ordinal words after "الدورة": "الدورة الثامنة والستون". */
export const SESSION_ORDINAL_AFTER = /(?:^|\s)الدورة\s(.+)$/u;

/**
 * A session line ends with the session word, or a year after it ("Substantive session of 2024");
 * Arabic puts the word first ("الدورة الثامنة والستون"). A title's line "…the twenty-third special
 * session of the" is none.
 */
const SESSION_AT_END =
  /(?:(?<!\p{L})session|período(?: extraordinario)? de sesiones|periodo(?: extraordinario)? de sesiones|сессия|届会议?)(?: (?:of|for|de|del) \d{4}| ?\(\d{4}\))?$/iu;
const SESSION_FIRST = /^الدورة(?!\p{L})/u;

export function isSessionLine(text: string): boolean {
  const t = text.trim();
  return (SESSION_AT_END.test(t) || SESSION_FIRST.test(t)) && t.length < MAX_SESSION_LINE && !CLOSING_PUNCTUATION.test(t);
}

/** The label of an agenda-item line, followed by the first item: "Agenda item 154", "Items 138 and 139", "Пункт 40", "议程项目 21(e)". */
export const AGENDA_LABEL =
  /^(?:(?:Provisional |Preliminary )?(?:Agenda )?items?|Points?|Temas?|Пункты?|(?:临时)?议程项目|البند(?:ان)?)\s*(?=[\d٠-٩(])/iu;
/** Agenda lines whose item comes later: "Point de l’ordre du jour provisoire", "Tema del programa". */
const AGENDA_OTHER = /^(?:Points? de l|Tema del|Agenda items?(?!\p{L})|议程项目|临时议程项目|البند)/iu;

export function isAgendaLine(text: string): boolean {
  const t = text.trim();
  return AGENDA_LABEL.test(t) || AGENDA_OTHER.test(t);
}

/** Words that may stand between the numbers and months of a span of dates. */
const SPAN_WORDS = new Set(["to", "and", "au", "et", "du", "al", "a", "y", "de", "del", "по", "и", "с", "года", "г", "至", "和", "من", "الى", "إلى", "و"]);
const MONTH_NAMES = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length);
const MONTH_ALTERNATION = new RegExp(`(?<!\\p{L})(?:${MONTH_NAMES.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?!\\p{L})`, "gu");

/**
 * A date or a span of dates and nothing else: "8-19 February 2010", "9 septembre-9 octobre 2024",
 * "8 a 19 de febrero de 2010", "8–19 февраля 2010 года", "2010年2月8日至19日". Needs a month and a year.
 */
export function isDateSpan(text: string): boolean {
  const folded = foldMonth(foldDigits(text));
  if (!/(?<!\d)\d{4}(?!\d)/u.test(folded)) return false;
  if (/\d{4}\s*年\s*\d{1,2}\s*月/u.test(folded)) return folded.replace(/[\d\s年月日至和、,，–—-]/gu, "") === "";
  let months = 0;
  const rest = folded.replace(MONTH_ALTERNATION, () => {
    months++;
    return " ";
  });
  if (months === 0) return false;
  const words = rest.split(/[\s,،/.–—-]+/u).filter((w) => w !== "");
  return words.every((w) => /^\d{1,4}(?:er|e|º|ª|-?е|-?го)?$/u.test(w) || SPAN_WORDS.has(w));
}

/** Of a place name: at most this many words ("New York", "Addis Ababa", "Buenos Aires"). */
const MAX_PLACE_WORDS = 3;
/** The comma that separates place and dates: Latin, Arabic or fullwidth. */
const PLACE_COMMA = /[,،，]/u;

/**
 * A session's place and dates: "Genève, 8-19 février 2010" (place first), "2010年2月8日至19日，
 * 日内瓦" (Chinese: place last). The place is a short name without digits.
 */
export function isPlaceAndDates(text: string): boolean {
  const t = text.trim();
  const comma = PLACE_COMMA.exec(t);
  if (!comma) return false;
  const before = t.slice(0, comma.index).trim();
  const after = t.slice(comma.index + 1).trim();
  return (isPlaceName(before) && isDateSpan(after)) || (isDateSpan(before) && isPlaceName(after));
}

function isPlaceName(text: string): boolean {
  if (text === "" || /\d/u.test(text)) return false;
  const words = text.split(/\s+/u);
  return words.length <= MAX_PLACE_WORDS && words.every((w) => /^[\p{L}’'.-]+$/u.test(w)) && /^[\p{Lu}\p{Lo}]/u.test(text);
}

/** The distribution as printed after "Distr.", in any language → its English name. */
export const DISTRIBUTION_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:general|g[ée]n[ée]rale?|общая|عام|普遍)/iu, "General"],
  [/^(?:limited|limit[ée]e|limitada|ограниченная|محدود|有限)/iu, "Limited"],
  [/^(?:restricted|restreinte|reservada|restringida|для служебного пользования|закрытая|سري|محظور|内部)/iu, "Restricted"],
];

/** Language names as printed after "Original:" in the six languages → the English name. */
export const LANGUAGE_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:english|anglais|ingl[ée]s|английский|英文|英语|(?:بال)?(?:ا|إ)?نكليزي(?:ة)?|(?:بال)?(?:ا|إ)?نجليزي(?:ة)?)$/iu, "English"],
  [/^(?:french|fran[çc]ais|franc[ée]s|французский|法文|法语|(?:بال)?فرنسي(?:ة)?)$/iu, "French"],
  [/^(?:spanish|espagnol|espa[ñn]ol|испанский|西班牙文|西班牙语|(?:بال)?(?:ا|إ)?سباني(?:ة)?)$/iu, "Spanish"],
  [/^(?:russian|russe|ruso|русский|俄文|俄语|(?:بال)?روسي(?:ة)?)$/iu, "Russian"],
  [/^(?:chinese|chinois|chino|китайский|中文|汉语|(?:بال)?صيني(?:ة)?)$/iu, "Chinese"],
  [/^(?:arabic|arabe|[áa]rabe|арабский|阿拉伯文|阿拉伯语|(?:بال)?عربي(?:ة)?)$/iu, "Arabic"],
];

/** The author line under a report's title: "Report of the Secretary-General", "Note by the Secretariat", "秘书长的报告". */
export const AUTHOR_LINE =
  /^(?:(?:Report|Note) (?:of|by)|Letter dated|Rapport (?:du|de|d[’'])|Note (?:du|de|d[’'])|Lettre datée|Informe (?:del|de)|Nota (?:del|de)|Carta de|Доклад|Записка|Письмо|Вербальная нота|秘书长的报告|秘书处的说明|.*的报告$|.*的说明$|تقرير|مذكرة|رسالة)(?!\p{L})/iu;
