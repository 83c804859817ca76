/**
 * The numbers a threshold can hold a document to, by name ("numbered.f1"), read from its
 * score. A name not listed here is a configuration error, so a typo cannot disable a bar.
 */
import type { DocumentComparison } from "./compare-document.js";
import type { ConservationScore } from "./conservation.js";

export interface DocumentScore extends DocumentComparison {
  /** Null when the caller had no UnDocument to check (a hand-built prediction). */
  conservation: ConservationScore | null;
}

export const METRICS: Readonly<Record<string, { read: (score: DocumentScore) => number; describe: string }>> = {
  "numbered.precision": { read: (s) => s.numbered.precision, describe: "numbered paragraphs found / numbered paragraphs output" },
  "numbered.recall": { read: (s) => s.numbered.recall, describe: "numbered paragraphs found / numbered paragraphs in gold" },
  "numbered.f1": { read: (s) => s.numbered.f1, describe: "F1 of numbered paragraphs (by number)" },
  "numbered.matched": { read: (s) => s.numbered.matched, describe: "count of gold numbered paragraphs found" },
  "numbered.meanDistance": { read: (s) => s.numbered.meanDistance, describe: "mean normalised edit distance of found numbered paragraphs" },
  "body.distance": { read: (s) => s.body.distance, describe: "whole-body normalised edit distance" },
  "body.hanSplits": { read: (s) => s.body.hanSplits, describe: "spaces between two Han characters beyond the gold's" },
  "footnotes.precision": { read: (s) => s.footnotes.precision, describe: "footnotes found / footnotes output" },
  "footnotes.recall": { read: (s) => s.footnotes.recall, describe: "footnotes found / footnotes in gold" },
  "footnotes.meanDistance": { read: (s) => s.footnotes.meanDistance, describe: "mean normalised edit distance of found footnotes" },
  "footnotes.linkAccuracy": { read: (s) => s.footnotes.linkAccuracy, describe: "found footnotes linked to the right block" },
  "footnotes.linkedRecall": { read: (s) => s.footnotes.linkedRecall, describe: "gold footnotes found and linked to the right block" },
  "leaks.count": { read: (s) => s.leaks.count, describe: "occurrences of gold `absent` strings in blocks or footnotes" },
  "metadata.wrong": { read: (s) => s.metadata.wrong, describe: "metadata fields that differ from the gold" },
  "metadata.right": { read: (s) => s.metadata.right, describe: "metadata fields equal to the gold" },
  "conservation.errors": {
    read: (s) => (s.conservation === null ? Number.NaN : s.conservation.errors),
    describe: "pages or layers whose character counts differ",
  },
};
