/**
 * Precision, recall and F1 with the empty cases decided so nothing passes vacuously: with
 * nothing expected, finding nothing is perfect; with something expected, finding nothing is 0.
 * Example: ratios(3, 4, 5) → precision 0.75, recall 0.6, f1 ≈ 0.667.
 */
export interface Ratios {
  precision: number;
  recall: number;
  f1: number;
}

export function ratios(matched: number, predicted: number, expected: number): Ratios {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : matched / predicted;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Mean of distances; with none to average, 0 when none were expected and 1 (worst) otherwise. */
export function meanDistance(distances: readonly number[], expected: number): number {
  if (distances.length === 0) return expected === 0 ? 0 : 1;
  return round(distances.reduce((a, b) => a + b, 0) / distances.length);
}

/** Six decimals: enough for every bar, and eval.json stays byte-stable. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
