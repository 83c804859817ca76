/**
 * Length-based alignment of two sequences in the manner of Gale & Church (1993): a dynamic
 * programme over beads 1–1, 1–2, 2–1, 1–0 and 0–1, each costing −ln P(bead) − ln p(lengths)
 * (length-model.ts), the cheapest path through both sequences wins. Used between anchors for
 * paragraphs and inside each aligned paragraph pair for sentences.
 * Example: lengths a [100, 40, 45], b [118, 97] with en→fr → beads (0)–(0), (1,2)–(1).
 */
import { lengthCost, type LengthModel } from "./length-model.js";

export interface Bead {
  /** Indices into a and b (0, 1 or 2 of each), ascending. */
  a: number[];
  b: number[];
}

/** Bead shapes and their prior probabilities (Gale & Church's Table 5, 2–2 left out). */
const SHAPES: ReadonlyArray<{ da: number; db: number; prior: number }> = [
  { da: 1, db: 1, prior: 0.89 },
  { da: 2, db: 1, prior: 0.089 / 2 },
  { da: 1, db: 2, prior: 0.089 / 2 },
  { da: 1, db: 0, prior: 0.0099 / 2 },
  { da: 0, db: 1, prior: 0.0099 / 2 },
];
const SHAPE_COSTS = SHAPES.map((s) => -Math.log(s.prior));

/**
 * Past this many cells (a long stretch with no anchor) only a band around the diagonal is
 * searched, wide enough for the difference of the two lengths plus BAND_MARGIN pieces.
 */
const FULL_TABLE_CELLS = 4_000_000;
const BAND_MARGIN = 200;

export interface AlignOptions {
  /** The first bead must join a[0] with b[0] (the two pieces of an anchor): no 1–0 or 0–1 there. */
  anchored?: boolean;
}

export function alignLengths(la: readonly number[], lb: readonly number[], model: LengthModel, options: AlignOptions = {}): Bead[] {
  const n = la.length;
  const m = lb.length;
  const width = m + 1;
  const band = (n + 1) * (m + 1) > FULL_TABLE_CELLS ? Math.abs(n - m) + BAND_MARGIN : Infinity;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    const from = Math.max(0, band === Infinity ? 0 : centre - band);
    const to = Math.min(m, band === Infinity ? m : centre + band);
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let shape = -1;
      for (let s = 0; s < SHAPES.length; s++) {
        const { da, db } = SHAPES[s]!;
        const pi = i - da;
        const pj = j - db;
        if (pi < 0 || pj < 0) continue;
        if (options.anchored === true && pi === 0 && pj === 0 && (da === 0 || db === 0)) continue;
        const before = cost[pi * width + pj]!;
        if (before === Infinity) continue;
        const total = before + SHAPE_COSTS[s]! + lengthCost(sum(la, pi, i), sum(lb, pj, j), model);
        if (total < best) [best, shape] = [total, s];
      }
      cost[i * width + j] = best;
      back[i * width + j] = shape;
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const shape = SHAPES[back[i * width + j]!];
    if (shape === undefined) throw new Error(`alignLengths: no path to (${i}, ${j})`);
    beads.push({ a: range(i - shape.da, i), b: range(j - shape.db, j) });
    i -= shape.da;
    j -= shape.db;
  }
  return beads.reverse();
}

function sum(lengths: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k++) total += lengths[k]!;
  return total;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
