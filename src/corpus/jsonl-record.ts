/**
 * One corpus.jsonl line per document: metadata plus body blocks and footnotes as text, with each
 * block's sentences as strings (for MT and spaCy-style tooling). Tokens stay in tokens.csv and
 * the per-document JSON, so a line stays small.
 */
import type { BlockKind, Language, Metadata } from "../model/document.js";
import type { DocumentJson } from "../output/to-json.js";

export interface JsonlRecord {
  document: string;
  file: string;
  sha256: string;
  language: Language | null;
  symbol: string | null;
  metadata: Metadata;
  blocks: {
    id: string;
    kind: BlockKind;
    number: string | null;
    parent: string | null;
    pages: number[];
    text: string;
    sentences?: string[];
  }[];
  footnotes: { id: string; marker: string; block: string | null; offset: number | null; text: string; sentences?: string[] }[];
}

function jsonlRecord(document: string, doc: DocumentJson): JsonlRecord {
  return {
    document,
    file: doc.file,
    sha256: doc.sha256,
    language: doc.metadata.language,
    symbol: doc.metadata.symbol,
    metadata: doc.metadata,
    blocks: doc.blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      number: b.number,
      parent: b.parent,
      pages: b.pages,
      text: b.text,
      ...(b.sentences === undefined ? {} : { sentences: b.sentences.map((s) => s.text) }),
    })),
    footnotes: doc.footnotes.map((f) => ({
      id: f.id,
      marker: f.marker,
      block: f.block,
      offset: f.offset,
      text: f.text,
      ...(f.sentences === undefined ? {} : { sentences: f.sentences.map((s) => s.text) }),
    })),
  };
}

/** The line as written: JSON without a BOM, "\n" after it (U+2028/2029 are valid inside JSON strings). */
export function jsonlLine(document: string, doc: DocumentJson): string {
  return JSON.stringify(jsonlRecord(document, doc)) + "\n";
}
