/**
 * Comparison normalisation from the gold README: Unicode NFKC, all white space folded to one
 * space, and white space next to a Han character deleted. Example: "2013 年 10 月\n3 日" →
 * "2013年10月3日"; "Distr.:\u00a0General" → "Distr.: General".
 */

const WHITE_SPACE = /\s+/gu;
const SPACE_BEFORE_HAN = / (?=\p{Script=Han})/gu;
const SPACE_AFTER_HAN = /(?<=\p{Script=Han}) /gu;

export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(WHITE_SPACE, " ")
    .replace(SPACE_BEFORE_HAN, "")
    .replace(SPACE_AFTER_HAN, "")
    .trim();
}

/** A paragraph or footnote marker as compared: NFKC, no white space, no "1/"-style slash. */
export function normaliseMarker(marker: string): string {
  return marker.normalize("NFKC").replace(WHITE_SPACE, "").replace(/\/$/u, "");
}

/** White space between two Han characters, which normalisation hides: "国 际" counts 1. */
export function countHanSplits(text: string): number {
  const matches = text.normalize("NFKC").match(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu);
  return matches === null ? 0 : matches.length;
}
