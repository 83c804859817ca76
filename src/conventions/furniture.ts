/**
 * Page furniture the UN prints, recognised by its text alone, in the six languages, each with
 * the role it proves: "2/27" or "Page 2" is a page number, "26-00248 (E) 170221" a job number,
 * "18 GE.19-13879" a footer with both, "*2102065*" a barcode, "Please recycle ♲" / "请回收" a
 * recycling mark, "/..." a continuation mark; a typed row of underscores is a rule.
 */
import type { FurnitureRole, Language } from "../model/document.js";

/** A job number: office prefix ("GE.", "V."), two-digit year, five-digit serial: "26-00248", "GE.19-13879". */
export const JOB_NUMBER_CORE = "(?:[A-Z]{1,2}\\.)?\\d{2}-\\d{5}";
/** The language letter after it: "(E)", "(F)", "(EXP)" is not one. */
const LANGUAGE_LETTER = "(?:\\s*\\([A-Z]{1,2}\\))?";
/** A whole line that is a job number, with its language letter, date stamps and barcode: "26-00248 (E) 160126 *2600248*". */
export const JOB_NUMBER_LINE = new RegExp(`^${JOB_NUMBER_CORE}${LANGUAGE_LETTER}(?:\\s+\\d{6}){0,2}(?:\\s*\\*\\d{7}\\*)?$`, "u");
/** A job number opening a line; group 1 is the number without its language letter. */
export const JOB_NUMBER_AT_START = new RegExp(`^(${JOB_NUMBER_CORE})(?![\\d-])${LANGUAGE_LETTER}`, "u");
/** A job number anywhere in a line, between spaces; group 1 is the number. */
export const JOB_NUMBER_IN_TEXT = new RegExp(`(?:^|\\s)(${JOB_NUMBER_CORE})(?![\\d-])${LANGUAGE_LETTER}(?:\\s|$)`, "u");
/** A footer line with the page number and the job number, either way round: "18 GE.19-13879", "GE.19-13879 3". */
export const PAGE_AND_JOB_NUMBER = new RegExp(`^(?:\\d{1,4}\\s+${JOB_NUMBER_CORE}${LANGUAGE_LETTER}|${JOB_NUMBER_CORE}${LANGUAGE_LETTER}\\s+\\d{1,4})$`, "u");

/** "2/27", "- 2 -", "Page 2", "Página 2", "Стр. 2", "第2页": each page-number form. */
export const PAGE_OF_PAGES = /^[-–]? ?\d{1,4} ?\/ ?\d{1,4} ?[-–]?$/u;
export const PAGE_LABELLED = /^(?:Page|Página|Pág\.|Стр\.|Страница|الصفحة|第) ?\d{1,4}(?: ?页)?$/iu;
export const PAGE_DASHED = /^[-–] ?\d{1,4} ?[-–]$/u;
export const PAGE_BARE = /^\d{1,4}$/u;

/** "2/27" is page 2 of 27; "2026/27" (a budget period) is not: n ≤ N. */
export function isPageOfPages(text: string): boolean {
  if (!PAGE_OF_PAGES.test(text.trim())) return false;
  const [n = NaN, total = NaN] = text.replace(/[-–\s]/g, "").split("/").map(Number);
  return n >= 1 && n <= total;
}

/** Any page-number form, the bare number included. */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return isPageOfPages(t) || PAGE_LABELLED.test(t) || PAGE_DASHED.test(t) || PAGE_BARE.test(t);
}

export function isJobNumber(text: string): boolean {
  const t = text.trim();
  return JOB_NUMBER_LINE.test(t) || PAGE_AND_JOB_NUMBER.test(t);
}

/** The recycling mark at the foot of page 1, by language. */
export const RECYCLING_MARKS: Readonly<Record<Language, readonly string[]>> = {
  ar: ["يرجى إعادة الاستعمال"],
  zh: ["请回收"],
  en: ["Please recycle"],
  fr: ["Merci de recycler", "Prière de recycler"],
  ru: ["Просьба отправить на вторичную переработку"],
  es: ["Se ruega reciclar", "Sírvase reciclar"],
};
export const RECYCLING = new RegExp(`^(?:${Object.values(RECYCLING_MARKS).flat().join("|")}) ?[♲♻]?$`, "iu");
/** Barcode text printed under the barcode: "*1343968*". */
export const BARCODE = /^\*\d{6,8}\*$/u;
/** A barcode drawn in a barcode font: private-use glyphs only. */
export const BARCODE_FONT = /^[\ue000-\uf8ff\s]+$/u;
/** "/..." at the foot of a page, "..." at the head of the next: the text continues. */
export const CONTINUATION = /^(?:\/\.\.\.|\.\.\.\/)$/u;

/** A rule typed as text: a row of underscores, dashes or hyphens. */
export const RULE_LINE = /^[_\u2014\u2015-]{5,}$/u;
/** The rule Word types above footnotes: underscores or dashes ("__________________"); a row of
 * hyphens in the body ("-----", an end mark) is not one. */
export const FOOTNOTE_RULE = /^[_\u2014\u2015]{5,}$/u;

export interface FurniturePattern {
  role: FurnitureRole;
  test: (text: string) => boolean;
  reason: string;
  /** Proof enough on its own, wherever on the page the line stands (not only in the bands). */
  anywhere?: boolean;
}

/** Every text-alone furniture form, first match wins. */
export const FURNITURE_PATTERNS: readonly FurniturePattern[] = [
  { role: "page-number", test: isPageOfPages, reason: "page number n/N" },
  { role: "page-number", test: (t) => PAGE_LABELLED.test(t), reason: "page number" },
  { role: "page-number", test: (t) => PAGE_DASHED.test(t), reason: "page number - n -" },
  { role: "page-number", test: (t) => PAGE_BARE.test(t), reason: "bare page number" },
  { role: "job-number", test: (t) => JOB_NUMBER_LINE.test(t), reason: "job number", anywhere: true },
  { role: "running-footer", test: (t) => PAGE_AND_JOB_NUMBER.test(t), reason: "page number with job number", anywhere: true },
  { role: "barcode", test: (t) => BARCODE.test(t), reason: "barcode text", anywhere: true },
  { role: "barcode", test: (t) => BARCODE_FONT.test(t), reason: "barcode font (private-use glyphs)" },
  { role: "recycling", test: (t) => RECYCLING.test(t), reason: "recycling mark", anywhere: true },
  { role: "running-footer", test: (t) => CONTINUATION.test(t), reason: "continuation mark /...", anywhere: true },
];

/** The furniture form a line's text has, or null. */
export function matchFurniture(text: string): FurniturePattern | null {
  const t = text.trim();
  return FURNITURE_PATTERNS.find((rule) => rule.test(t)) ?? null;
}
