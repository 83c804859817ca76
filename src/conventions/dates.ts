/**
 * Reads a printed date in any of the six UN languages into ISO 8601: "21 January 2014",
 * "7 avril 2026", "1er avril 2026", "7 de abril de 2026", "7 апреля 2026 года",
 * "2014年1月21日" (spaces allowed: "2013 年 10 月 3 日"), "21 كانون الثاني/يناير 2014",
 * "January 21, 2014". Arabic-Indic and fullwidth digits count as digits.
 */
import { foldMonth, MONTH_NUMBER } from "./month-names.js";

const MONTH_ALTERNATION = [...MONTH_NUMBER.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const MONTH = `(${MONTH_ALTERNATION})(?:\\s*/\\s*(?:${MONTH_ALTERNATION}))?`;
/** "2013 年 10 月 3 日" */
const HAN_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
/** "7 de abril de 2026", "1er avril 2026", "7 апреля 2026 года" */
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?${MONTH}(?![\\p{L}])\\.?,?\\s+(?:de\\s+)?(\\d{4})(?:\\s*(?:года|г\\.))?`, "u");
/** "January 21, 2014" */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, "u");

export interface FoundDate {
  iso: string;
  /** The date covers the whole (trimmed, folded) text. */
  whole: boolean;
}

/** The first date printed in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  const folded = foldMonth(foldDigits(text));
  const candidates: Array<{ index: number; length: number; iso: string | null }> = [];
  const han = HAN_DATE.exec(folded);
  if (han) candidates.push({ index: han.index, length: han[0].length, iso: iso(han[1]!, Number(han[2]), han[3]!) });
  const dmy = DAY_MONTH_YEAR.exec(folded);
  if (dmy) candidates.push({ index: dmy.index, length: dmy[0].length, iso: iso(dmy[3]!, MONTH_NUMBER.get(dmy[2]!), dmy[1]!) });
  const mdy = MONTH_DAY_YEAR.exec(folded);
  if (mdy) candidates.push({ index: mdy.index, length: mdy[0].length, iso: iso(mdy[3]!, MONTH_NUMBER.get(mdy[1]!), mdy[2]!) });
  const first = candidates.filter((c) => c.iso !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  return { iso: first.iso!, whole: first.index === 0 && first.length === folded.length };
}

/** The date when `text` is nothing but a date ("7 April 2026"), else null. */
export function parseDate(text: string): string | null {
  const found = findDate(text.trim());
  return found?.whole ? found.iso : null;
}

function iso(year: string, month: number | undefined, day: string): string | null {
  const d = Number(day);
  if (month === undefined || month < 1 || month > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "٢١" → "21", "２０１４" → "2014". */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const base = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - base);
  });
}
