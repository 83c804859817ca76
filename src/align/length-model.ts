/**
 * The Gale–Church length statistic (Gale & Church 1993, "A program for aligning sentences in
 * bilingual corpora"): a text of length la in language a becomes, in language b, a text of length
 * about c·la with variance s²·la. For a candidate unit of lengths la, lb,
 *   δ = (lb − c·la) / √(s² · (la + lb/c) / 2)
 * and the two-sided p-value erfc(|δ|/√2) says how well the lengths agree (1: exactly the ratio).
 * Example: en 100 characters against fr 117 with c = 1.17 → δ = 0, p = 1.
 */

export interface LengthModel {
  /** Expected length in b per unit of length in a. */
  ratio: number;
  /** Variance of the length in b per unit of length in a. */
  variance: number;
}

export function delta(la: number, lb: number, model: LengthModel): number {
  if (la === 0 && lb === 0) return 0;
  const mean = (la + lb / model.ratio) / 2;
  return (lb - model.ratio * la) / Math.sqrt(model.variance * mean);
}

/** −ln of the two-sided p-value erfc(|δ|/√2), without underflow for large δ. */
export function lengthCost(la: number, lb: number, model: LengthModel): number {
  return -logErfc(Math.abs(delta(la, lb, model)) / Math.SQRT2);
}

/** The two-sided p-value itself, in [0, 1]. */
export function lengthAgreement(la: number, lb: number, model: LengthModel): number {
  return Math.exp(-lengthCost(la, lb, model));
}

/**
 * ln erfc(x) for x ≥ 0 by the Chebyshev fit of Numerical Recipes (erfcc, relative error under
 * 1.2e-7), kept in log form so that a paragraph against nothing still gets a finite cost.
 */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + poly;
}
