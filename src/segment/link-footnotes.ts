/**
 * Links each footnote to the block holding its first callout, with the callout's offset. Markers
 * are matched in document order, so a marker reused later ("*", "a") goes to the next callout.
 * A table note's callout sits in a table, which is outside the paragraph sequence: the note is
 * linked to the paragraph that introduces the table, with no offset.
 */
import type { Block, Footnote } from "../model/document.js";

export function linkFootnotes(blocks: readonly Block[], footnotes: Footnote[]): void {
  const claimed = new Set<string>();
  for (const note of footnotes) {
    for (const [index, block] of blocks.entries()) {
      const at = block.callouts.findIndex((c, i) => c.marker === note.marker && !claimed.has(`${block.id}:${i}`));
      if (at < 0) continue;
      claimed.add(`${block.id}:${at}`);
      if (block.kind === "table") {
        const intro = blocks.slice(0, index).reverse().find((b) => b.kind === "paragraph");
        note.block = intro?.id ?? block.id;
        note.offset = null;
      } else {
        note.block = block.id;
        note.offset = block.callouts[at]!.offset;
      }
      break;
    }
  }
}
