/**
 * What alignment produces: units, each joining one or more blocks (or sentences) of one language
 * version with one or more of the other, or standing alone when one side has no counterpart.
 * Example: { a: ["b0003"], b: ["b0003", "b0004"], score: 0.82, anchor: "number" } — paragraph 2 in
 * English against the same paragraph cut in two in French.
 */

/** Why a unit holds: a printed paragraph number, a footnote marker, or only its length. */
export type AnchorKind = "number" | "footnote" | "length";

/** One side of a unit: the ids of the pieces it joins, in order (none for a 1–0 unit). */
export interface Side {
  ids: string[];
  texts: string[];
}

export interface Unit {
  a: Side;
  b: Side;
  /**
   * In [0, 1]: agreement of the two lengths with the language pair's ratio (the two-sided p-value
   * of the Gale–Church length statistic, 1 for a perfect fit) times the agreement of the figures
   * the two sides print (number-agreement.ts); 0 for a unit with one side empty.
   */
  score: number;
  anchor: AnchorKind;
  /** Weak: one side empty, or the score under WEAK_SCORE. */
  weak: boolean;
}

/** A unit whose score falls under this is flagged weak (by length alone, 1 correct 1–1 unit in 100 would). */
export const WEAK_SCORE = 0.01;

export function isWeak(unit: Pick<Unit, "a" | "b" | "score">): boolean {
  return unit.a.ids.length === 0 || unit.b.ids.length === 0 || unit.score < WEAK_SCORE;
}
