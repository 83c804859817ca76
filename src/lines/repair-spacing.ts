/**
 * Repairs spaces pdf.js puts where the PDF has none: "Secretary -General" (a non-breaking
 * hyphen set with its own positioning) → "Secretary-General", and digits spread by letter
 * spacing, "第 2 2 2 0 卷" → "第 2220 卷" (the `-spaced` variant).
 */
const SPACED_HYPHEN = /(?<=\p{L}) -(?=\p{L})|(?<=\p{L}) -$/gu;
/** "меньшинств ." → "меньшинств.": no language sets a space before a full stop or comma. */
const SPACE_BEFORE_STOP = /(?<=[\p{L}\d)]) (?=[.,](?:\s|$))/gu;
const SPREAD_DIGITS = /(?<![\d.,/])\d(?: \d){2,}(?![\d])/g;

export function repairSpacing(text: string): string {
  return text.replace(SPACED_HYPHEN, "-").replace(SPACE_BEFORE_STOP, "").replace(SPREAD_DIGITS, (m) => m.replace(/ /g, ""));
}
