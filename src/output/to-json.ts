/**
 * The per-document JSON format (schema: schema/document.schema.json). Deterministic: keys in a
 * fixed order, numbers rounded, no timestamps or absolute paths.
 */
import type { Block, Footnote, Furniture, Message, Metadata, UnDocument } from "../model/document.js";

export const FORMAT_VERSION = 1;

export interface DocumentJson {
  uncorpus: number;
  file: string;
  sha256: string;
  pages: number;
  metadata: Metadata;
  blocks: Block[];
  footnotes: Footnote[];
  furniture: Furniture[];
  messages: Message[];
}

export function toDocumentJson(doc: UnDocument): DocumentJson {
  return {
    uncorpus: FORMAT_VERSION,
    file: doc.file,
    sha256: doc.sha256,
    pages: doc.pageCount,
    metadata: doc.metadata,
    blocks: doc.blocks,
    footnotes: doc.footnotes,
    furniture: doc.furniture,
    messages: doc.messages,
  };
}

export function stringifyDocument(doc: UnDocument): string {
  return JSON.stringify(toDocumentJson(doc), null, 2) + "\n";
}
