/**
 * The per-document JSON format (schema: schema/document.schema.json). Deterministic: keys in a
 * fixed order, numbers rounded, no timestamps or absolute paths.
 */
import { ByteSink } from "./byte-sink.js";
import type { Block, Footnote, Furniture, Message, Metadata, Token, UnDocument } from "../model/document.js";

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
 * stringifyDocument's text as UTF-8 bytes, made without the whole text as one string
 * (byte-sink.ts), into `sink` when given (emptied first; the result is a view of it).
 */
export function documentBytes(doc: UnDocument, sink = new ByteSink(256 * 1024)): Uint8Array {
  sink.reset();
  writeCompact(toDocumentJson(doc), "", sink);
  sink.write("\n");
  return sink.bytes();
}

/**
 * JSON indented by two spaces, except that an array of scalars, or an object whose values are
 * all scalars, stays on one line: a token, a bbox, a furniture entry is one line each, so a
 * tokenized document stays readable and several times smaller than fully indented JSON.
 */
export function stringifyCompact(value: unknown): string {
  const text = { value: "", write(piece: string) { this.value += piece; } };
  writeCompact(value, "", text);
  return text.value;
}

function writeCompact(value: unknown, indent: string, out: { write(text: string): void }): void {
  if (value === null || typeof value !== "object") {
    out.write(JSON.stringify(value) ?? "null");
    return;
  }
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) out.write("[]");
    else if (value.every(isScalar)) out.write(JSON.stringify(value));
    else {
      // Separators made once per array, and a one-line element written with its separator: a
      // document's tokens are hundreds of thousands of such elements.
      const open = "[\n" + inner;
      const separator = ",\n" + inner;
      const sink = out instanceof ByteSink ? out : null;
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i];
        if (sink !== null && element !== null && typeof element === "object" && isTokenShaped(element)) {
          sink.writeAscii(i === 0 ? open : separator);
          writeToken(element, sink);
        } else if (element !== null && typeof element === "object" && !Array.isArray(element) && isFlat(element)) {
          out.write((i === 0 ? open : separator) + JSON.stringify(element));
        } else {
          out.write(i === 0 ? open : separator);
          writeCompact(element, inner, out);
        }
      }
      out.write("\n" + indent + "]");
    }
    return;
  }
  if (isFlat(value)) {
    out.write(JSON.stringify(value));
    return;
  }
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out.write((first ? "{\n" : ",\n") + inner + JSON.stringify(key) + ": ");
    writeCompact(v, inner, out);
    first = false;
  }
  out.write(first ? "{}" : "\n" + indent + "}");
}

const TOKEN_KEYS = ["kind", "text", "start", "end", "pos"];

/**
 * A token as the model makes it ({kind, text, start, end} and maybe pos, in that order, strings
 * and offsets): most of a tokenized document's JSON, so writeToken writes it straight into bytes,
 * which JSON.stringify per token took several times longer to do. Anything else, even a token
 * with its keys in another order, goes the general way.
 */
function isTokenShaped(value: object): value is Token {
  let count = 0;
  for (const key in value) {
    if (count === TOKEN_KEYS.length || key !== TOKEN_KEYS[count]) return false;
    count++;
  }
  if (count < 4) return false;
  const { kind, text, start, end, pos } = value as Record<string, unknown>;
  return typeof kind === "string" && typeof text === "string" && isOffset(start) && isOffset(end) && (count === 4 || typeof pos === "string");
}

function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** The bytes JSON.stringify gives for a token (isTokenShaped). */
function writeToken(token: Token, sink: ByteSink): void {
  sink.writeAscii('{"kind":');
  sink.writeJsonString(token.kind);
  sink.writeAscii(',"text":');
  sink.writeJsonString(token.text);
  sink.writeAscii(',"start":' + token.start + ',"end":' + token.end);
  if (token.pos !== undefined) {
    sink.writeAscii(',"pos":');
    sink.writeJsonString(token.pos);
  }
  sink.writeAscii("}");
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
