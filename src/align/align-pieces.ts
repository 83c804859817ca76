/**
 * Aligns two sequences of pieces (the blocks of two language versions, or the sentences of an
 * aligned paragraph pair): the anchors cut both sequences into stretches, each opening with its
 * anchor pair, and Gale–Church (gale-church.ts) aligns every stretch by length, the anchor pair
 * inside its first bead (so an anchored paragraph may still take the next piece along, 2–1).
 * Every unit's score is its length agreement (length-model.ts) times the agreement of its
 * figures (number-agreement.ts).
 * Example: 26 blocks against 26 with 12 numbered anchors → 26 units of 1–1.
 */
import { alignLengths } from "./gale-church.js";
import { lengthAgreement, type LengthModel } from "./length-model.js";
import { digitRuns, runsAgreement } from "./number-agreement.js";
import { textLength } from "./text-length.js";
import { isWeak, type AnchorKind, type Unit } from "./unit.js";
import type { Anchor } from "./find-anchors.js";

export interface Piece {
  id: string;
  text: string;
}

export function alignPieces(a: readonly Piece[], b: readonly Piece[], model: LengthModel, anchors: readonly Anchor[] = []): Unit[] {
  const la = a.map((piece) => textLength(piece.text));
  const lb = b.map((piece) => textLength(piece.text));
  const runsA = a.map((piece) => digitRuns(piece.text));
  const runsB = b.map((piece) => digitRuns(piece.text));
  const cuts: Array<{ a: number; b: number; kind: AnchorKind | null }> = [{ a: 0, b: 0, kind: null }, ...anchors];
  const units: Unit[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const start = cuts[k]!;
    const end = cuts[k + 1] ?? { a: a.length, b: b.length };
    if (start.a === end.a && start.b === end.b) continue;
    const beads = alignLengths(la.slice(start.a, end.a), lb.slice(start.b, end.b), model, { anchored: start.kind !== null });
    beads.forEach((bead, n) => {
      const ia = bead.a.map((i) => i + start.a);
      const ib = bead.b.map((j) => j + start.b);
      const score =
        ia.length === 0 || ib.length === 0
          ? 0
          : lengthAgreement(total(la, ia), total(lb, ib), model) * runsAgreement(ia.map((i) => runsA[i]!), ib.map((j) => runsB[j]!));
      const unit = {
        a: { ids: ia.map((i) => a[i]!.id), texts: ia.map((i) => a[i]!.text) },
        b: { ids: ib.map((j) => b[j]!.id), texts: ib.map((j) => b[j]!.text) },
        score,
        anchor: n === 0 && start.kind !== null ? start.kind : ("length" as AnchorKind),
      };
      units.push({ ...unit, weak: isWeak(unit) });
    });
  }
  return units;
}

function total(lengths: readonly number[], indices: readonly number[]): number {
  let sum = 0;
  for (const i of indices) sum += lengths[i]!;
  return sum;
}
