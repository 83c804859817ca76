/**
 * Scores one document's output against its gold record: numbered paragraphs, whole body,
 * footnotes, leaks, metadata, and the worst paragraphs (for the side-by-side report).
 * Pure: the caller runs the pipeline and adds the conservation check.
 */
import type { Gold } from "./gold.js";
import type { Prediction } from "./prediction.js";
import { describeBlock } from "./prediction.js";
import { alignBlocks, blockKey, isNumbered } from "./align-blocks.js";
import { scoreNumbered, type NumberedScore } from "./score-numbered.js";
import { scoreBody, type BodyScore } from "./score-body.js";
import { scoreFootnotes, type FootnoteScore } from "./score-footnotes.js";
import { findLeaks, type LeakScore } from "./find-leaks.js";
import { compareMetadata, type MetadataScore } from "./compare-metadata.js";
import { normaliseText } from "./normalise.js";
import { normalisedDistance } from "./edit-distance.js";
import { round } from "./ratios.js";

/** A gold paragraph beside what the pipeline made of it (normalised texts). */
export interface ParagraphPair {
  /** "12", "25.3 (a)", or "#4" for the 4th gold block when it has no number. */
  label: string;
  gold: string;
  /** Null when no predicted block stands for it. */
  predicted: string | null;
  where: string;
  distance: number;
}

export interface DocumentComparison {
  numbered: NumberedScore;
  body: BodyScore;
  footnotes: FootnoteScore;
  leaks: LeakScore;
  metadata: MetadataScore;
  worst: ParagraphPair[];
}

/** How many of the worst paragraphs are kept for the report. */
export const WORST_PARAGRAPHS = 8;

export function compareDocument(gold: Gold, prediction: Prediction): DocumentComparison {
  const pairs = alignBlocks(gold.blocks, prediction.blocks);
  return {
    numbered: scoreNumbered(gold, prediction, pairs),
    body: scoreBody(gold, prediction, pairs),
    footnotes: scoreFootnotes(gold, prediction, pairs),
    leaks: findLeaks(gold.absent, prediction),
    metadata: compareMetadata(gold, prediction.metadata),
    worst: worstParagraphs(gold, prediction, pairs),
  };
}

function worstParagraphs(gold: Gold, prediction: Prediction, pairs: readonly (number | null)[]): ParagraphPair[] {
  const all: ParagraphPair[] = [];
  gold.blocks.forEach((block, index) => {
    const numbered = isNumbered(block);
    if (gold.scope === "numbered" && !numbered) return;
    const at = pairs[index];
    const found = at === null || at === undefined ? undefined : prediction.blocks[at];
    const goldText = normaliseText(block.text);
    const predicted = found === undefined ? null : normaliseText(found.text);
    all.push({
      label: numbered ? blockKey(block.number, block.parent) : `#${index + 1}`,
      gold: goldText,
      predicted,
      where: describeBlock(found),
      distance: predicted === null ? 1 : round(normalisedDistance(goldText, predicted)),
    });
  });
  return all
    .map((pair, order) => ({ pair, order }))
    .filter(({ pair }) => pair.distance > 0)
    .sort((a, b) => b.pair.distance - a.pair.distance || a.order - b.order)
    .slice(0, WORST_PARAGRAPHS)
    .map(({ pair }) => pair);
}
