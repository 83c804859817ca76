/**
 * Links each footnote to the block holding its first callout, with the callout's offset. Markers
 * are matched in document order, so a marker reused later ("*", "a") goes to the next callout.
 * A table note's callout sits in a table, which is outside the paragraph sequence: the note is
 * linked to the paragraph that introduces the table, with no offset. A note printed right under
 * a table that calls its marker takes that table's callout; where a table note and a body note
 * share a marker on one page, the other note takes the body's (table-note.ts).
 */
import type { Block, Footnote } from "../model/document.js";
import { tableAbove, type NotePlace } from "./table-note.js";

interface Candidate {
  /** Index of the block holding the callout, and of the callout in it. */
  index: number;
  at: number;
}

/** `place` tells where a note's first line stands on its page, when known. */
export function linkFootnotes(blocks: readonly Block[], footnotes: Footnote[], place: (note: Footnote) => NotePlace | null = () => null): void {
  const claimed = new Set<string>();
  for (const note of footnotes) {
    const candidates: Candidate[] = [];
    for (const [index, block] of blocks.entries()) {
      block.callouts.forEach((c, at) => {
        if (c.marker === note.marker && !claimed.has(`${block.id}:${at}`)) candidates.push({ index, at });
      });
    }
    const where = place(note);
    const chosen = underTable(blocks, candidates, where) ?? shared(blocks, note, candidates, where) ?? candidates[0];
    if (chosen === undefined) continue;
    const block = blocks[chosen.index]!;
    claimed.add(`${block.id}:${chosen.at}`);
    if (block.kind === "table") {
      const intro = blocks.slice(0, chosen.index).reverse().find((b) => b.kind === "paragraph");
      note.block = intro?.id ?? block.id;
      note.offset = null;
    } else {
      note.block = block.id;
      note.offset = block.callouts[chosen.at]!.offset;
    }
  }
}

/**
 * A note printed right under a table that calls its marker is that table's (a budget section's
 * every deliverables table has its own "a"; in document order, the first table's spare callout
 * would take a note twenty pages on).
 */
function underTable(blocks: readonly Block[], candidates: readonly Candidate[], where: NotePlace | null): Candidate | undefined {
  if (where === null) return undefined;
  const table = tableAbove(blocks, where);
  return table === null ? undefined : candidates.find((c) => blocks[c.index] === table);
}

/**
 * Where a table and the prose on the note's page both call this marker, the note under the table
 * takes the table's callout and a note elsewhere the prose's; otherwise document order decides.
 */
function shared(blocks: readonly Block[], note: Footnote, candidates: readonly Candidate[], where: NotePlace | null): Candidate | undefined {
  if (where === null) return undefined;
  const onPage = candidates.filter((c) => blocks[c.index]!.pages.includes(note.page));
  const inTable = onPage.filter((c) => blocks[c.index]!.kind === "table");
  const inProse = onPage.filter((c) => blocks[c.index]!.kind !== "table");
  if (inTable.length === 0 || inProse.length === 0) return undefined;
  const table = tableAbove(blocks, where);
  return (table === null ? undefined : inTable.find((c) => blocks[c.index] === table)) ?? inProse[0];
}
