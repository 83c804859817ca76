/**
 * Repairs spaces pdf.js puts where the PDF has none: "Secretary -General" (a non-breaking
 * hyphen set with its own positioning) → "Secretary-General", and digits spread by letter
 * spacing, "第 2 2 2 0 卷" → "第 2220 卷" (the `-spaced` variant).
 */
const SPACED_HYPHEN = /(?<=\p{L}) -(?=\p{L})|(?<=\p{L}) -$/gu;
/** "меньшинств ." → "меньшинств.": no language sets a space before a full stop or comma. */
const SPACE_BEFORE_STOP = /(?<=[\p{L}\d)]) (?=[.,](?:\s|$))/gu;
const SPREAD_DIGITS = /(?<![\d.,/])\d(?: \d){2,}(?![\d])/g;

/** Of the font size: at most this much advance per visible character makes an item dense. */
const DENSE_ADVANCE = 1.2;

export function repairSpacing(text: string): string {
  // Most lines hold neither " -" nor a space before "." or ",": a substring search rules that
  // out for far less than the patterns' lookbehinds cost. (Deleting the space of " -" cannot
  // make a space before a stop: only a letter stands before it.)
  const hyphen = text.includes(" -");
  const stop = text.includes(" .") || text.includes(" ,");
  if (!hyphen && !stop) return text;
  const joined = hyphen ? text.replace(SPACED_HYPHEN, "-") : text;
  return stop ? joined.replace(SPACE_BEFORE_STOP, "") : joined;
}

/** Closes letter-spaced digit runs inside one item, when the item is densely set. */
export function closeSpreadDigits(str: string, width: number, size: number): string {
  const visible = str.replace(/\s/g, "").length;
  if (visible === 0 || width / visible > DENSE_ADVANCE * size) return str;
  return str.replace(SPREAD_DIGITS, (m) => m.replace(/ /g, ""));
}
