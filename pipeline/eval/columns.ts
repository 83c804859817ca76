/**
 * The metric cells the terminal table and the HTML report show, each written once: how a
 * document's score and the run's overall numbers read as text. Each view picks its columns.
 * Example: cellText("numbered.f1", doc) → "0.985" ("—" when the document has no score).
 */
import type { DocumentResult } from "./run-eval.js";
import type { DocumentScore } from "../../src/eval/metrics.js";
import type { Overall } from "../../src/eval/summarise.js";

interface Cell {
  document: (score: DocumentScore) => string;
  overall: (overall: Overall) => string;
}

/** Keyed by the bar metric shown (so a missed bar can mark its cell), or a view of its own. */
const CELLS = {
  "numbered.precision": ratio((s) => s.numbered.precision, (o) => o.numbered.precision),
  "numbered.recall": ratio((s) => s.numbered.recall, (o) => o.numbered.recall),
  "numbered.f1": ratio((s) => s.numbered.f1, (o) => o.numbered.f1),
  "numbered.meanDistance": ratio((s) => s.numbered.meanDistance, (o) => o.numbered.meanDistance),
  "body.distance": ratio((s) => s.body.distance, (o) => o.body.meanDistance),
  "footnotes.recall": ratio((s) => s.footnotes.recall, (o) => o.footnotes.recall),
  "footnotes.linkAccuracy": ratio((s) => s.footnotes.linkAccuracy, (o) => o.footnotes.linkAccuracy),
  "footnotes.linkedRecall": ratio((s) => s.footnotes.linkedRecall, (o) => o.footnotes.linkedRecall),
  "footnotes.meanDistance": ratio((s) => s.footnotes.meanDistance, (o) => o.footnotes.meanDistance),
  "leaks.count": count((s) => s.leaks.count, (o) => o.leaks),
  "metadata.wrong": count((s) => s.metadata.wrong, (o) => o.metadata.wrong),
  /** "right/checked", e.g. "12/13". */
  "metadata.rightOfChecked": {
    document: (s) => `${s.metadata.right}/${s.metadata.right + s.metadata.wrong}`,
    overall: (o) => `${o.metadata.right}/${o.metadata.right + o.metadata.wrong}`,
  },
  "conservation.errors": {
    document: (s) => (s.conservation === null ? "—" : String(s.conservation.errors)),
    overall: (o) => String(o.conservation.errors),
  },
} satisfies Record<string, Cell>;

export type CellKey = keyof typeof CELLS;

/** The cell of one document; "—" when it could not be scored. */
export function cellText(key: CellKey, doc: DocumentResult): string {
  return doc.score === null ? "—" : CELLS[key].document(doc.score);
}

export function overallText(key: CellKey, overall: Overall): string {
  return CELLS[key].overall(overall);
}

function ratio(document: (s: DocumentScore) => number, overall: (o: Overall) => number): Cell {
  return { document: (s) => fixed(document(s)), overall: (o) => fixed(overall(o)) };
}

function count(document: (s: DocumentScore) => number, overall: (o: Overall) => number): Cell {
  return { document: (s) => String(document(s)), overall: (o) => String(overall(o)) };
}

function fixed(value: number): string {
  return value.toFixed(3);
}
