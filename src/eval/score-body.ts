/**
 * Whole-body normalised edit distance. Scope "full": every gold block against every predicted
 * non-table block, each side joined in reading order with "\n". Scope "numbered": the gold's
 * numbered paragraphs against the texts paired with them (a missing one counts as empty), so
 * the unlisted rest of a long report is neither rewarded nor punished.
 * Example: a dropped 200-character paragraph in a 5,000-character body → distance ≈ 0.04.
 */
import type { Gold } from "./gold.js";
import type { Prediction } from "./prediction.js";
import { isNumbered } from "./align-blocks.js";
import { countHanSplits, normaliseText } from "./normalise.js";
import { normalisedDistance } from "./edit-distance.js";
import { round } from "./ratios.js";

export interface BodyScore {
  distance: number;
  goldChars: number;
  predictedChars: number;
  /** White space between two Han characters beyond the gold's (hidden by normalisation). */
  hanSplits: number;
}

const SEPARATOR = "\n";

export function scoreBody(gold: Gold, prediction: Prediction, pairs: readonly (number | null)[]): BodyScore {
  let goldTexts: string[];
  let predictedTexts: string[];
  if (gold.scope === "full") {
    goldTexts = gold.blocks.map((b) => b.text);
    predictedTexts = prediction.blocks.filter((b) => b.kind !== "table").map((b) => b.text);
  } else {
    goldTexts = [];
    predictedTexts = [];
    gold.blocks.forEach((block, index) => {
      if (!isNumbered(block)) return;
      const at = pairs[index];
      goldTexts.push(block.text);
      predictedTexts.push(at === null || at === undefined ? "" : (prediction.blocks[at]?.text ?? ""));
    });
  }
  const goldBody = goldTexts.map(normaliseText).join(SEPARATOR);
  const predictedBody = predictedTexts.map(normaliseText).join(SEPARATOR);
  const hanSplits = predictedTexts.reduce((n, t) => n + countHanSplits(t), 0) - goldTexts.reduce((n, t) => n + countHanSplits(t), 0);
  return {
    distance: round(normalisedDistance(goldBody, predictedBody)),
    goldChars: goldBody.length,
    predictedChars: predictedBody.length,
    hanSplits: Math.max(0, hanSplits),
  };
}
