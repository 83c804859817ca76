/**
 * UN document symbols and resolution numbers: "A/80/590", "A/RES/68/4", "S/RES/2719 (2023)",
 * "A/81/6 (Sect. 10)/Part A", "A/HRC/WG.6/34/ITA/3", "E/2024/R.1"; a resolution's title line
 * "68/4. 国际移徙…", "48/246. Financing of…". Every pattern here is linear: each repeated part of
 * a symbol starts with "/", which no part contains.
 */

/** Series letters, then "/"-separated parts; a part may carry "(Sect. 10)" or be "Part A". */
export const SYMBOL = /^[A-Z][A-Z0-9]{0,7}(?:\.\d{1,3})?(?:\/(?:Part [A-Z0-9]{1,3}|[A-Za-z0-9][A-Za-z0-9.\-]*(?: ?\([A-Za-z0-9. ]+\))?))+$/u;
/** A symbol-looking run at the end of a line, after other words: "United Nations A/80/590". */
export const SYMBOL_AT_END = /\s([A-Z][A-Z0-9]{0,7}(?:\.\d{1,3})?\/\S.*)$/u;
/** Somewhere in a text, something shaped like a symbol: "(A/78/429, para. 33)". */
export const SYMBOL_INSIDE = /[A-Z]\/[\w.]+/u;
/** Series letters printed apart from the rest of the symbol (a big "A" over "/80/604/Add.6"). */
export const SERIES_LETTERS = /^[A-Z]{1,8}$/u;
/** Footnote marks printed after a symbol: "A/81/6 (Sect. 10)/Part A*". */
const TRAILING_MARKS = new Set([..." \t\u00a0*†‡"]);

/** The symbol a text spells, normalised ("A /80/604" → "A/80/604", marks dropped), or null. */
export function asSymbol(text: string): string | null {
  const cleaned = trimTrailing(text, TRAILING_MARKS).replace(/\s+/g, " ").replace(/ ?\/ ?/g, "/").trim();
  return SYMBOL.test(cleaned) ? cleaned : null;
}

export function isSymbol(text: string): boolean {
  return asSymbol(text) !== null;
}

/** "68/4. 国际移徙…", "48/246. Financing of…", "80/60 B. …": number, then title. */
export const RESOLUTION_TITLE = /^(\d{1,3}\/\d{1,4}(?: ?[A-Z]{1,2})?)\.(?:\s+|(?=\p{Script=Han}))(.*)$/u;
/** The resolution number inside a resolution's symbol: "A/RES/68/4" → "68/4", "S/RES/2719 (2023)" → "2719 (2023)". */
export const RESOLUTION_IN_SYMBOL = /\/RES\/(\d{1,3}\/\d{1,4}(?: ?[A-Z])?|\d{1,5} \(\d{4}\))$/u;

/** The text without the given characters at its end (a loop: no backtracking on long runs). */
export function trimTrailing(text: string, chars: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && chars.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}
