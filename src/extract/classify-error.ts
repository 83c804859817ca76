/**
 * Turns bad input and pdf.js load failures into one-line DocumentErrors with a stable code.
 * pdf.js says little: a PDF cut in half, a wrecked xref and a text file with a PDF header all
 * raise `InvalidPDFException: Invalid PDF structure.`, so the bytes decide between "truncated"
 * (no `%%EOF` near the end, as when a download stops) and "corrupt" (it ends properly yet
 * cannot be read). pdf.js recovers a file that merely lacks its last bytes; that file is read.
 */
import { DocumentError } from "../errors/document-error.js";

const PDF_MAGIC = "%PDF-";
/** How far into the file the header may start (some writers put junk before it). */
const HEADER_SEARCH_BYTES = 1024;
/** How far from the end `%%EOF` may stand (trailing junk and newlines after it are common). */
const EOF_SEARCH_BYTES = 1024;
const EOF_MARKER = "%%EOF";
/** Longest pdf.js detail kept in the one-line reason. */
const MAX_DETAIL = 160;

export function checkHeader(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocumentError("empty", "empty file (0 bytes)");
  if (!latin1(bytes.subarray(0, HEADER_SEARCH_BYTES)).includes(PDF_MAGIC)) {
    throw new DocumentError("not-pdf", "not a PDF (no %PDF- header)");
  }
}

/** Whether the file ends the way every complete PDF does, with `%%EOF`. */
export function hasEofMarker(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(Math.max(0, bytes.length - EOF_SEARCH_BYTES))).includes(EOF_MARKER);
}

/** pdf.js's own exceptions (InvalidPDFException, FormatError, XRefEntryException, UnknownErrorException …), not bugs of ours. */
export function isPdfJsError(error: unknown): boolean {
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === "string" && /Exception$|^FormatError$/.test(name);
}

/** `bytes`, when given, tells a truncated file from a corrupt one. */
export function classifyLoadError(error: unknown, bytes?: Uint8Array): DocumentError {
  if (error instanceof DocumentError) return error;
  // pdf.js rejects some promises with plain objects ({ name, message }) rebuilt from its worker side.
  const fields = typeof error === "object" && error !== null ? (error as { name?: unknown; message?: unknown }) : {};
  const name = typeof fields.name === "string" ? fields.name : "";
  const detail = oneLine(typeof fields.message === "string" ? fields.message : String(error));
  if (name === "PasswordException") return new DocumentError("encrypted", "encrypted PDF (password required)");
  if (bytes !== undefined && !hasEofMarker(bytes)) {
    return new DocumentError("truncated", `truncated PDF (ends without %%EOF after ${bytes.length} bytes; pdf.js: ${detail})`);
  }
  if (bytes === undefined && /unexpected end|truncat/i.test(detail)) {
    return new DocumentError("truncated", `truncated PDF (pdf.js: ${detail})`);
  }
  if (name === "InvalidPDFException" || name === "FormatError") {
    return new DocumentError("corrupt", `corrupt PDF (pdf.js: ${detail})`);
  }
  return new DocumentError("corrupt", `unreadable PDF (pdf.js ${name || "error"}: ${detail})`);
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, MAX_DETAIL);
}
