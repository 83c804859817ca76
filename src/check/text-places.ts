/**
 * The texts the leak rules search: every body block and every footnote, with the page and id
 * a finding names. Example: block b0012 on page 3 → { id: "b0012", page: 3, text: "…", block }.
 */
import type { Block } from "../model/document.js";
import type { CheckedDocument } from "./rule.js";

export interface TextPlace {
  id: string;
  page: number | null;
  /** Every page the text stands on. */
  pages: readonly number[];
  text: string;
  /** "block b0012" or "footnote 3 (f0003)". */
  name: string;
  /** The block, for body text; null for a footnote. */
  block: Block | null;
}

export function textPlaces(doc: CheckedDocument): TextPlace[] {
  return [
    ...doc.blocks.map((block) => ({ id: block.id, page: block.pages[0] ?? null, pages: block.pages, text: block.text, name: `block ${block.id}`, block })),
    ...doc.footnotes.map((note) => ({ id: note.id, page: note.page, pages: [note.page], text: note.text, name: `footnote ${note.marker} (${note.id})`, block: null })),
  ];
}
