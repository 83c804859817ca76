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
    let out = "[\n";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ",\n" : "") + inner + stringifyCompact(value[i], inner);
    return out + "\n" + indent + "]";
  }
  if (isFlat(value)) return JSON.stringify(value);
  let out = "{\n";
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out += (first ? "" : ",\n") + inner + JSON.stringify(key) + ": " + stringifyCompact(v, inner);
    first = false;
  }
  return first ? "{}" : out + "\n" + indent + "}";
}

/** An object whose values are all scalars or arrays of scalars: one line. (No allocation: tokens are many.) */
function isFlat(value: object): boolean {
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (isScalar(v)) continue;
    if (!Array.isArray(v)) return false;
    for (const x of v) if (!isScalar(x)) return false;
  }
  return true;
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== "object";
}
