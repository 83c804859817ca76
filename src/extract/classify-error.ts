/** Turns pdf.js load failures into one-line DocumentErrors with a stable code. */
import { DocumentError } from "../errors/document-error.js";

const PDF_MAGIC = "%PDF-";
/** How far into the file the header may start (some writers put junk before it). */
const HEADER_SEARCH_BYTES = 1024;

export function checkHeader(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocumentError("empty", "empty file (0 bytes)");
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, HEADER_SEARCH_BYTES));
  if (!head.includes(PDF_MAGIC)) throw new DocumentError("not-pdf", "not a PDF (no %PDF- header)");
}

export function classifyLoadError(error: unknown): DocumentError {
  if (error instanceof DocumentError) return error;
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return new DocumentError("encrypted", "encrypted PDF (password required)");
  if (name === "InvalidPDFException") return new DocumentError("corrupt", `corrupt PDF (${oneLine(message)})`);
  if (/unexpected end|truncat|bad xref|xref/i.test(message)) {
    return new DocumentError("truncated", `truncated or damaged PDF (${oneLine(message)})`);
  }
  return new DocumentError("corrupt", `unreadable PDF (${oneLine(message)})`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 200);
}
