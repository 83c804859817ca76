/**
 * Leaks: a gold `absent` string (masthead, running header, page number, job number…) found in
 * any predicted block or footnote, both sides normalised. Example: absent "2/4" inside block
 * b0012 → { string: "2/4", where: "block b0012 (7)", context: "…发展议程 2/4 确认…" }.
 */
import type { Prediction } from "./prediction.js";
import { describeBlock } from "./prediction.js";
import { normaliseText } from "./normalise.js";

export interface Leak {
  string: string;
  where: string;
  /** The normalised text around the leak. */
  context: string;
  /** Offset and length of the leak in `context`. */
  offset: number;
  length: number;
}

export interface LeakScore {
  count: number;
  leaks: Leak[];
}

const CONTEXT = 40; // characters shown either side of a leak

export function findLeaks(absent: readonly string[], prediction: Prediction): LeakScore {
  const places = [
    ...prediction.blocks.map((block) => ({ where: `block ${describeBlock(block)}`, text: normaliseText(block.text) })),
    ...prediction.footnotes.map((note) => ({ where: `footnote ${note.marker}`, text: normaliseText(note.text) })),
  ];
  const leaks: Leak[] = [];
  for (const raw of absent) {
    const wanted = normaliseText(raw);
    if (wanted === "") continue;
    for (const place of places) {
      let at = place.text.indexOf(wanted);
      while (at !== -1) {
        const from = Math.max(0, at - CONTEXT);
        leaks.push({ string: raw, where: place.where, context: place.text.slice(from, at + wanted.length + CONTEXT), offset: at - from, length: wanted.length });
        at = place.text.indexOf(wanted, at + wanted.length);
      }
    }
  }
  return { count: leaks.length, leaks };
}
