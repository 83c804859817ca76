/**
 * Footnotes, compared by marker (the i-th "1" with the i-th "1"): precision/recall, mean text
 * distance, and whether each found note links to the block the gold names ("15" → the block
 * paired with gold paragraph 15; "#3" → the block paired with the gold's 3rd block; null → no
 * block). `linkedRecall` = gold notes found *and* rightly linked, over all gold notes.
 * Scope "numbered" lists only some notes, so extra predicted notes count against precision
 * under scope "full" only.
 */
import type { Gold } from "./gold.js";
import type { Prediction } from "./prediction.js";
import { describeBlock } from "./prediction.js";
import { normaliseMarker, normaliseText } from "./normalise.js";
import { normalisedDistance } from "./edit-distance.js";
import { meanDistance, ratios, round, type Ratios } from "./ratios.js";

export interface FootnoteProblem {
  marker: string;
  problem: "missing" | "wrong-link" | "text" | "extra";
  expected: string;
  got: string;
  distance: number | null;
}

export interface FootnoteScore extends Ratios {
  gold: number;
  predicted: number;
  matched: number;
  meanDistance: number;
  linked: number;
  linkAccuracy: number;
  linkedRecall: number;
  problems: FootnoteProblem[];
}

export function scoreFootnotes(gold: Gold, prediction: Prediction, pairs: readonly (number | null)[]): FootnoteScore {
  const byMarker = new Map<string, number[]>();
  prediction.footnotes.forEach((note, index) => {
    const key = normaliseMarker(note.marker);
    byMarker.set(key, [...(byMarker.get(key) ?? []), index]);
  });
  const blockIndex = new Map(prediction.blocks.map((block, index) => [block.id, index]));
  const used = new Set<number>();
  const distances: number[] = [];
  const problems: FootnoteProblem[] = [];
  let linked = 0;
  for (const note of gold.footnotes) {
    const expected = describeTarget(gold, note.paragraph);
    const at = byMarker.get(normaliseMarker(note.marker))?.shift();
    const found = at === undefined ? undefined : prediction.footnotes[at];
    if (found === undefined || at === undefined) {
      problems.push({ marker: note.marker, problem: "missing", expected, got: "not found", distance: null });
      continue;
    }
    used.add(at);
    const distance = round(normalisedDistance(normaliseText(note.text), normaliseText(found.text)));
    distances.push(distance);
    const target = goldTarget(gold, note.paragraph);
    const wanted = target === null ? null : target === undefined ? undefined : (pairs[target] ?? undefined);
    const got = found.block === null ? null : blockIndex.get(found.block);
    const gotText = found.block === null ? "no block" : describeBlock(got === null || got === undefined ? undefined : prediction.blocks[got]);
    if (wanted !== undefined && got === wanted) linked++;
    else problems.push({ marker: note.marker, problem: "wrong-link", expected, got: gotText, distance });
    if (distance > 0) {
      problems.push({ marker: note.marker, problem: "text", expected: note.text, got: found.text, distance });
    }
  }
  let predicted = 0;
  prediction.footnotes.forEach((note, index) => {
    if (gold.scope === "full" || used.has(index)) predicted++;
    if (gold.scope === "full" && !used.has(index)) {
      problems.push({ marker: note.marker, problem: "extra", expected: "not in gold", got: note.text, distance: null });
    }
  });
  const matched = distances.length;
  return {
    gold: gold.footnotes.length,
    predicted,
    matched,
    ...ratios(matched, predicted, gold.footnotes.length),
    meanDistance: meanDistance(distances, gold.footnotes.length),
    linked,
    linkAccuracy: matched === 0 ? (gold.footnotes.length === 0 ? 1 : 0) : round(linked / matched),
    linkedRecall: gold.footnotes.length === 0 ? 1 : round(linked / gold.footnotes.length),
    problems,
  };
}

/** Index of the gold block a footnote points to; null = masthead; undefined = unresolvable. */
export function goldTarget(gold: Gold, paragraph: string | null): number | null | undefined {
  if (paragraph === null) return null;
  const hash = /^#(\d+)$/u.exec(paragraph);
  if (hash !== null) {
    const index = Number(hash[1]) - 1;
    return index >= 0 && index < gold.blocks.length ? index : undefined;
  }
  const key = normaliseMarker(paragraph);
  const candidates = gold.blocks.flatMap((block, index) => (block.number !== null && normaliseMarker(block.number) === key ? [index] : []));
  return candidates.find((index) => gold.blocks[index]!.parent === null) ?? candidates[0];
}

function describeTarget(gold: Gold, paragraph: string | null): string {
  if (paragraph === null) return "no block (masthead)";
  const target = goldTarget(gold, paragraph);
  if (target === null || target === undefined) return `paragraph ${paragraph} (not in gold)`;
  if (paragraph.startsWith("#")) return `block ${paragraph} “${clip(gold.blocks[target]!.text)}”`;
  return `paragraph ${paragraph}`;
}

const CLIP = 40; // characters of a gold block quoted in a problem

function clip(text: string): string {
  return text.length <= CLIP ? text : text.slice(0, CLIP) + "…";
}
