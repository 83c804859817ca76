/**
 * Links each footnote to the block holding its first callout, with the callout's offset. Markers
 * are matched in document order, so a marker reused later ("*", "a") goes to the next callout.
 */
import type { Block, Footnote } from "../model/document.js";

export function linkFootnotes(blocks: readonly Block[], footnotes: Footnote[]): void {
  const claimed = new Set<string>();
  for (const note of footnotes) {
    for (const block of blocks) {
      const callout = block.callouts.find((c, i) => c.marker === note.marker && !claimed.has(`${block.id}:${i}`));
      if (!callout) continue;
      claimed.add(`${block.id}:${block.callouts.indexOf(callout)}`);
      note.block = block.id;
      note.offset = callout.offset;
      break;
    }
  }
}
