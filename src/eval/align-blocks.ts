/**
 * Pairs each gold block with the predicted block that stands for it: numbered paragraphs by
 * (parent, number), the i-th "25.3 (a)" with the i-th; unnumbered blocks (headings, preambular
 * paragraphs) by closest normalised text among the blocks not yet paired. Tables are never
 * paired (gold lists none). Example: gold "#3" "Having considered…" ↔ predicted b0004.
 */
import type { GoldBlock } from "./gold.js";
import type { PredictedBlock } from "./prediction.js";
import { normaliseMarker, normaliseText } from "./normalise.js";
import { normalisedDistance } from "./edit-distance.js";

/** An unnumbered gold block pairs only with a block at most this far (normalised distance). */
export const MAX_TEXT_PAIR_DISTANCE = 0.5;

/** Identity of a numbered paragraph: "25.3 (a)" for a sub-item, "12" for a paragraph. */
export function blockKey(number: string, parent: string | null): string {
  const own = normaliseMarker(number);
  return parent === null ? own : `${normaliseMarker(parent)} ${own}`;
}

export function isNumbered(block: { kind: string; number: string | null }): block is { kind: "paragraph"; number: string } {
  return block.kind === "paragraph" && block.number !== null && block.number.trim() !== "";
}

/** For each gold block (by index), the index of its predicted block, or null. */
export function alignBlocks(gold: readonly GoldBlock[], predicted: readonly PredictedBlock[]): (number | null)[] {
  const pairs: (number | null)[] = gold.map(() => null);
  const used = new Set<number>();
  const byKey = new Map<string, number[]>();
  predicted.forEach((block, index) => {
    if (!isNumbered(block)) return;
    const key = blockKey(block.number, block.parent);
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  gold.forEach((block, index) => {
    if (!isNumbered(block)) return;
    const match = byKey.get(blockKey(block.number, block.parent))?.shift();
    if (match === undefined) return;
    pairs[index] = match;
    used.add(match);
  });
  const texts = predicted.map((block) => normaliseText(block.text));
  gold.forEach((block, index) => {
    if (isNumbered(block)) return;
    const want = normaliseText(block.text);
    let best: number | null = null;
    let bestDistance = MAX_TEXT_PAIR_DISTANCE;
    predicted.forEach((candidate, at) => {
      if (used.has(at) || candidate.kind === "table") return;
      const text = texts[at]!;
      const longer = Math.max(want.length, text.length);
      if (longer > 0 && Math.abs(want.length - text.length) / longer > bestDistance) return; // cannot be closer
      const distance = normalisedDistance(want, text);
      if (distance < bestDistance || (best === null && distance === bestDistance)) [best, bestDistance] = [at, distance];
    });
    if (best !== null) {
      pairs[index] = best;
      used.add(best);
    }
  });
  return pairs;
}
