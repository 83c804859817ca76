/**
 * Finds the table a note is printed under: a table block on the note's page whose foot is just
 * above the note's first line, with no paragraph between. Such a note belongs to the table
 * ("a Including 12 posts …" under a staffing table) even when a body note on the same page uses
 * the same marker.
 */
import type { Block } from "../model/document.js";

/** Of the note's font size: a table note starts at most this far under its table (a few lines). */
const NOTE_DISTANCE = 4;

export interface NotePlace {
  page: number;
  /** Top of the note's first line. */
  top: number;
  size: number;
}

export function tableAbove(blocks: readonly Block[], { page, top, size }: NotePlace): Block | null {
  let nearest: Block | null = null;
  for (const block of blocks) {
    if (block.pages.length !== 1 || block.pages[0] !== page || block.bbox[1] < top) continue;
    if (nearest === null || block.bbox[1] < nearest.bbox[1]) nearest = block;
  }
  return nearest !== null && nearest.kind === "table" && nearest.bbox[1] - top <= NOTE_DISTANCE * size ? nearest : null;
}
