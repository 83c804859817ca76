/**
 * Scores a paragraph alignment against human-labelled paragraph pairs (HURIDOCS's multilingual
 * paragraphs: [{ a: text, b: text }], in reading order). The labels segment the text their own
 * way, so each labelled paragraph is first found among our pieces, on each side separately: its
 * words are matched in order (match-words.ts) against the body blocks, then what is left against
 * the footnotes, then against the furniture; it covers a piece when the words they share are at
 * least half of either. A labelled pair then stands for links, every piece it covers in a with
 * every piece it covers in b, and so does each of our units. Recall = labelled links we made;
 * precision = links we made, among those touching a labelled piece, that the labels make.
 * A labelled pair found only in furniture on both sides (masthead, "Distr.", agenda item) is
 * not body and is left out, and counted; one found on one side only counts as one missed link.
 * Example: "48/246. Financing of …" ↔ "48/246. Financiación de …" → link en b0001 – es b0001.
 */
import { matchWords, words } from "./match-words.js";
import type { Unit } from "./unit.js";

export interface ScoredPiece {
  id: string;
  text: string;
}

export interface SideView {
  blocks: readonly ScoredPiece[];
  footnotes: readonly ScoredPiece[];
  /** Texts our pipeline set aside as furniture, in page order. */
  furniture: readonly string[];
}

/** A labelled paragraph covers a piece when they share at least this share of either's words. */
const COVER_SHARE = 0.5;
/** A labelled paragraph is furniture when at least this share of its words is found there. */
const FURNITURE_SHARE = 0.5;

export interface AlignmentScore {
  /** Labelled pairs, after dropping exact repeats. */
  labelled: number;
  /** Labelled pairs repeated word for word in the labels (dropped). */
  repeated: number;
  /** Labelled pairs left out as not body (found in furniture, in no piece). */
  notBody: number;
  /** Labelled pairs (scored) of which no piece was found on one side or both: counted as missed. */
  unfound: number;
  /** Scored labelled pairs whose pieces our units link, every piece on each side to one on the other. */
  recovered: number;
  /** Our links (piece of a, piece of b in one unit) that touch a labelled piece. */
  judgedLinks: number;
  /** Of those, the links inside one labelled pair. */
  correctLinks: number;
  recall: number;
  precision: number;
  f1: number;
}

export function scoreAlignment(labels: ReadonlyArray<{ a: string; b: string }>, a: SideView, b: SideView, units: readonly Unit[]): AlignmentScore {
  const seen = new Set<string>();
  const gold = labels.filter((pair) => {
    const key = `${pair.a}\u0000${pair.b}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const coverA = locate(gold.map((pair) => pair.a), a);
  const coverB = locate(gold.map((pair) => pair.b), b);
  const linked = new Map<string, Set<string>>();
  for (const unit of units) {
    for (const x of unit.a.ids) for (const y of unit.b.ids) linkTo(linked, `a ${x}`, `b ${y}`);
  }
  const groups = new Set<string>();
  const labelled = new Set<string>();
  let notBody = 0;
  let unfound = 0;
  let recovered = 0;
  gold.forEach((_, g) => {
    const ia = coverA[g]!;
    const ib = coverB[g]!;
    if (ia.pieces.length === 0 && ib.pieces.length === 0 && (ia.furniture || ib.furniture)) {
      notBody++;
      return;
    }
    if (ia.pieces.length === 0 || ib.pieces.length === 0) {
      unfound++;
      return;
    }
    for (const x of ia.pieces) for (const y of ib.pieces) groups.add(`a ${x}\u0000b ${y}`);
    for (const x of ia.pieces) labelled.add(`a ${x}`);
    for (const y of ib.pieces) labelled.add(`b ${y}`);
    const reaches = (from: readonly string[], side: string, to: readonly string[], other: string): boolean =>
      from.every((x) => to.some((y) => linked.get(`${side} ${x}`)?.has(`${other} ${y}`) === true));
    if (reaches(ia.pieces, "a", ib.pieces, "b") && reaches(ib.pieces, "b", ia.pieces, "a")) recovered++;
  });
  let judged = 0;
  let correct = 0;
  for (const unit of units) {
    for (const x of unit.a.ids) {
      for (const y of unit.b.ids) {
        if (!labelled.has(`a ${x}`) && !labelled.has(`b ${y}`)) continue;
        judged++;
        if (groups.has(`a ${x}\u0000b ${y}`)) correct++;
      }
    }
  }
  const scored = gold.length - notBody;
  const recall = ratio(recovered, scored);
  const precision = ratio(correct, judged);
  return {
    labelled: gold.length,
    repeated: labels.length - gold.length,
    notBody,
    unfound,
    recovered,
    judgedLinks: judged,
    correctLinks: correct,
    recall,
    precision,
    f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision),
  };
}

function linkTo(links: Map<string, Set<string>>, x: string, y: string): void {
  for (const [from, to] of [[x, y], [y, x]] as const) {
    const set = links.get(from) ?? new Set<string>();
    set.add(to);
    links.set(from, set);
  }
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

interface Located {
  pieces: string[];
  furniture: boolean;
}

/** For each labelled paragraph, the pieces it covers and whether it is mostly furniture. */
function locate(labelled: readonly string[], side: SideView): Located[] {
  const gold = labelled.map(words);
  const owner: number[] = [];
  const stream: string[] = [];
  gold.forEach((list, g) => {
    for (const w of list) {
      stream.push(w);
      owner.push(g);
    }
  });
  const shared = gold.map(() => new Map<string, number>());
  let left = stream.map((_, i) => i);
  for (const pieces of [side.blocks, side.footnotes]) {
    const ours = pieces.map((piece) => words(piece.text));
    const pieceOf: number[] = [];
    const flat: string[] = [];
    ours.forEach((list, p) => {
      for (const w of list) {
        flat.push(w);
        pieceOf.push(p);
      }
    });
    const size = ours.map((list) => list.length);
    const hits: Array<{ k: number; g: number; p: number }> = [];
    const counts = new Map<string, number>();
    for (const [i, j] of matchWords(left.map((k) => stream[k]!), flat)) {
      const k = left[i]!;
      const hit = { k, g: owner[k]!, p: pieceOf[j]! };
      hits.push(hit);
      counts.set(`${hit.g} ${hit.p}`, (counts.get(`${hit.g} ${hit.p}`) ?? 0) + 1);
    }
    // Words matched to a piece their paragraph does not cover (common words strewn by the
    // matching) go back to the pool for the footnotes and the furniture.
    const matched = new Set<number>();
    for (const { k, g, p } of hits) {
      const n = counts.get(`${g} ${p}`)!;
      if (n < COVER_SHARE * gold[g]!.length && n < COVER_SHARE * size[p]!) continue;
      matched.add(k);
      const id = pieces[p]!.id;
      shared[g]!.set(id, (shared[g]!.get(id) ?? 0) + 1);
    }
    left = left.filter((k) => !matched.has(k));
  }
  const inFurniture = new Array<number>(gold.length).fill(0);
  for (const [i] of matchWords(left.map((k) => stream[k]!), side.furniture.flatMap(words))) inFurniture[owner[left[i]!]!]!++;
  return gold.map((list, g) => ({
    pieces: [...shared[g]!.keys()],
    furniture: list.length > 0 && inFurniture[g]! >= FURNITURE_SHARE * list.length,
  }));
}
