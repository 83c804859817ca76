/**
 * What a check rule reads and what it reports. A rule needs no gold: it reads the document as
 * the pipeline wrote it (blocks, footnotes, furniture, metadata — the same in memory and in the
 * per-document JSON) and returns findings a reader would see at once.
 * Example: numbering "1, 2, 4" → { page: 3, block: "b0007", actual: "4", expected: "3" }.
 */
import type { Block, Footnote, Furniture, Metadata } from "../model/document.js";

/** The part of a document the rules read; `UnDocument` and the per-document JSON both have it. */
export interface CheckedDocument {
  pageCount: number;
  metadata: Metadata;
  blocks: readonly Block[];
  footnotes: readonly Footnote[];
  furniture: readonly Furniture[];
}

export interface Finding {
  page: number | null;
  /** Block (b0001) or footnote (f0001) id. */
  block?: string;
  /** The reason, in words. */
  text: string;
  actual?: string;
  expected?: string;
}

export interface Rule {
  /** The rule's file name, used as the message's ruleId. */
  id: string;
  run(doc: CheckedDocument): Finding[];
}

/** "b0007 (¶ 25)" — how a finding names a block in its text. */
export function describe(block: Block): string {
  return block.number === null ? block.id : `${block.id} (${block.number})`;
}

/** The first 60 characters of a text, on one line, for a finding's reason. */
export function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : flat.slice(0, length - 1) + "…";
}
