/**
 * Anchors: pairs of blocks that must be the same paragraph in the two language versions, because
 * they carry the same printed number under the same parent ((parent, number), the i-th
 * occurrence with the i-th when a number repeats as often on both sides, as when an annex
 * restarts at 1), or the callout of the same footnote marker where that marker is called exactly
 * once in each version. A marker called twice cannot anchor: translators move a repeated callout
 * ("2/" on paragraph 2 in English, on paragraph 6 in Spanish in A/RES/48/246). Of the candidates,
 * the heaviest set that keeps reading order on both sides is kept (a number counts more than a
 * footnote); a footnote that would pair two differently numbered paragraphs is dropped.
 * Example: en b0017 "8." with callouts 17–20 ↔ ru b0017 "8." → one anchor, weight 3 + 4.
 */
import type { AnchorKind } from "./unit.js";
import { paragraphKey } from "./paragraph-key.js";

export interface AnchorBlock {
  number: string | null;
  parent: string | null;
  callouts: ReadonlyArray<{ marker: string }>;
}

export interface Anchor {
  a: number;
  b: number;
  kind: Exclude<AnchorKind, "length">;
}

/** How much one kind of evidence weighs when candidates disagree. */
const NUMBER_WEIGHT = 3;
const FOOTNOTE_WEIGHT = 1;

export function findAnchors(a: readonly AnchorBlock[], b: readonly AnchorBlock[]): Anchor[] {
  const candidates = new Map<string, { a: number; b: number; number: boolean; footnotes: number }>();
  const add = (i: number, j: number, number: boolean): void => {
    const key = `${i} ${j}`;
    const found = candidates.get(key) ?? { a: i, b: j, number: false, footnotes: 0 };
    if (number) found.number = true;
    else found.footnotes++;
    candidates.set(key, found);
  };
  const keysA = numberKeys(a);
  const keysB = numberKeys(b);
  for (const [key, at] of keysA) {
    const other = keysB.get(key);
    if (other === undefined || other.length !== at.length) continue;
    at.forEach((i, k) => add(i, other[k]!, true));
  }
  const markersB = singleCallouts(b);
  for (const [marker, i] of singleCallouts(a)) {
    const j = markersB.get(marker);
    if (j === undefined) continue;
    const ka = keyOf(a[i]!);
    const kb = keyOf(b[j]!);
    if (ka !== null && kb !== null && ka !== kb) continue;
    add(i, j, false);
  }
  const sorted = [...candidates.values()].sort((x, y) => x.a - y.a || x.b - y.b);
  const weights = sorted.map((c) => (c.number ? NUMBER_WEIGHT : 0) + c.footnotes * FOOTNOTE_WEIGHT);
  return heaviestChain(sorted, weights).map((c) => ({ a: c.a, b: c.b, kind: c.number ? "number" : "footnote" }));
}

function keyOf(block: AnchorBlock): string | null {
  return block.number === null || block.number.trim() === "" ? null : paragraphKey(block.number, block.parent);
}

function numberKeys(blocks: readonly AnchorBlock[]): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  blocks.forEach((block, i) => {
    const key = keyOf(block);
    if (key !== null) keys.set(key, [...(keys.get(key) ?? []), i]);
  });
  return keys;
}

/** Markers called exactly once in the whole version → the block that calls them. */
function singleCallouts(blocks: readonly AnchorBlock[]): Map<string, number> {
  const seen = new Map<string, number | null>();
  blocks.forEach((block, i) => {
    for (const { marker } of block.callouts) {
      const key = marker.normalize("NFKC").replace(/[\s/]/gu, "");
      seen.set(key, seen.has(key) ? null : i);
    }
  });
  const single = new Map<string, number>();
  for (const [marker, i] of seen) if (i !== null) single.set(marker, i);
  return single;
}

/**
 * The heaviest chain strictly increasing in both a and b (weighted longest increasing
 * subsequence). Candidates come sorted by a, then b; quadratic, and candidates are at most one
 * per numbered paragraph or footnote.
 */
function heaviestChain<T extends { a: number; b: number }>(items: readonly T[], weights: readonly number[]): T[] {
  const best = new Float64Array(items.length);
  const previous = new Int32Array(items.length).fill(-1);
  let top = -1;
  for (let k = 0; k < items.length; k++) {
    best[k] = weights[k]!;
    for (let p = 0; p < k; p++) {
      if (items[p]!.a < items[k]!.a && items[p]!.b < items[k]!.b && best[p]! + weights[k]! > best[k]!) {
        best[k] = best[p]! + weights[k]!;
        previous[k] = p;
      }
    }
    if (top === -1 || best[k]! > best[top]!) top = k;
  }
  const chain: T[] = [];
  for (let k = top; k !== -1; k = previous[k]!) chain.push(items[k]!);
  return chain.reverse();
}
