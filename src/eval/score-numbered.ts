/**
 * Numbered paragraphs, compared by number: precision/recall/F1 of the numbers found, and the
 * mean normalised edit distance of the paired texts. Example: gold 1–34, output 1–33 plus a
 * stray "35" → precision 33/34, recall 33/34, missing ["34"], extra ["35"].
 */
import type { Gold } from "./gold.js";
import type { Prediction } from "./prediction.js";
import { blockKey, isNumbered } from "./align-blocks.js";
import { normaliseText } from "./normalise.js";
import { normalisedDistance } from "./edit-distance.js";
import { meanDistance, ratios, round, type Ratios } from "./ratios.js";

export interface NumberedScore extends Ratios {
  gold: number;
  predicted: number;
  matched: number;
  meanDistance: number;
  missing: string[];
  extra: string[];
}

export function scoreNumbered(gold: Gold, prediction: Prediction, pairs: readonly (number | null)[]): NumberedScore {
  const distances: number[] = [];
  const missing: string[] = [];
  const used = new Set<number>();
  let expected = 0;
  gold.blocks.forEach((block, index) => {
    if (!isNumbered(block)) return;
    expected++;
    const at = pairs[index];
    const predicted = at === null || at === undefined ? undefined : prediction.blocks[at];
    if (predicted === undefined || at === null || at === undefined || !isNumbered(predicted)) {
      missing.push(blockKey(block.number, block.parent));
      return;
    }
    used.add(at);
    distances.push(round(normalisedDistance(normaliseText(block.text), normaliseText(predicted.text))));
  });
  const extra: string[] = [];
  let predictedCount = 0;
  prediction.blocks.forEach((block, index) => {
    if (!isNumbered(block)) return;
    predictedCount++;
    if (!used.has(index)) extra.push(blockKey(block.number, block.parent));
  });
  return {
    gold: expected,
    predicted: predictedCount,
    matched: distances.length,
    ...ratios(distances.length, predictedCount, expected),
    meanDistance: meanDistance(distances, expected),
    missing,
    extra,
  };
}
