/**
 * Overall numbers for a run: counts summed over documents (micro-averaged ratios), distances
 * averaged (paragraph distance weighted by paragraphs found), leaks and metadata added up.
 * Example: two documents with 30/34 and 40/40 numbered paragraphs → recall 70/74.
 */
import type { DocumentScore } from "./metrics.js";
import { ratios, round, type Ratios } from "./ratios.js";

export interface Overall {
  documents: number;
  scored: number;
  numbered: Ratios & { gold: number; predicted: number; matched: number; meanDistance: number };
  body: { meanDistance: number };
  footnotes: Ratios & { gold: number; predicted: number; matched: number; linked: number; linkAccuracy: number; linkedRecall: number; meanDistance: number };
  leaks: number;
  metadata: { right: number; wrong: number };
  conservation: { documentsWithErrors: number; errors: number };
}

export function summarise(scores: readonly (DocumentScore | null)[]): Overall {
  const scored = scores.filter((s): s is DocumentScore => s !== null);
  const sum = (read: (s: DocumentScore) => number): number => scored.reduce((n, s) => n + read(s), 0);
  const weighted = (read: (s: DocumentScore) => number, weight: (s: DocumentScore) => number): number => {
    const total = sum(weight);
    return total === 0 ? 0 : round(sum((s) => read(s) * weight(s)) / total);
  };
  const numbered = { gold: sum((s) => s.numbered.gold), predicted: sum((s) => s.numbered.predicted), matched: sum((s) => s.numbered.matched) };
  const notes = {
    gold: sum((s) => s.footnotes.gold),
    predicted: sum((s) => s.footnotes.predicted),
    matched: sum((s) => s.footnotes.matched),
    linked: sum((s) => s.footnotes.linked),
  };
  const checked = scored.filter((s) => s.conservation !== null);
  return {
    documents: scores.length,
    scored: scored.length,
    numbered: {
      ...numbered,
      ...ratios(numbered.matched, numbered.predicted, numbered.gold),
      meanDistance: weighted((s) => s.numbered.meanDistance, (s) => s.numbered.matched),
    },
    body: { meanDistance: scored.length === 0 ? 0 : round(sum((s) => s.body.distance) / scored.length) },
    footnotes: {
      ...notes,
      ...ratios(notes.matched, notes.predicted, notes.gold),
      linkAccuracy: notes.matched === 0 ? 0 : round(notes.linked / notes.matched),
      linkedRecall: notes.gold === 0 ? 1 : round(notes.linked / notes.gold),
      meanDistance: weighted((s) => s.footnotes.meanDistance, (s) => s.footnotes.matched),
    },
    leaks: sum((s) => s.leaks.count),
    metadata: { right: sum((s) => s.metadata.right), wrong: sum((s) => s.metadata.wrong) },
    conservation: {
      documentsWithErrors: checked.filter((s) => s.conservation!.errors > 0).length,
      errors: checked.reduce((n, s) => n + s.conservation!.errors, 0),
    },
  };
}
