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
  return stringifyCompact(toDocumentJson(doc)) + "\n";
}

/**
 * JSON indented by two spaces, except that an array of scalars, or an object whose values are
 * all scalars, stays on one line: a token, a bbox, a furniture entry is one line each, so a
 * tokenized document stays readable and several times smaller than fully indented JSON.
 */
export function stringifyCompact(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every(isScalar)) return JSON.stringify(value);
    return "[\n" + value.map((v) => inner + stringifyCompact(v, inner)).join(",\n") + "\n" + indent + "]";
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  if (entries.every(([, v]) => isScalar(v) || (Array.isArray(v) && v.every(isScalar)))) return JSON.stringify(value);
  return "{\n" + entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyCompact(v, inner)}`).join(",\n") + "\n" + indent + "}";
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== "object";
}
