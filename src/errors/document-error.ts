/** A document that cannot be processed; `code` is stable, `message` is one line for people. */
export type DocumentErrorCode =
  | "empty"
  | "not-pdf"
  | "truncated"
  | "corrupt"
  | "encrypted"
  | "no-text"
  | "too-large"
  | "timeout"
  | "out-of-memory";

export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  constructor(code: DocumentErrorCode, message: string) {
    super(message);
    this.name = "DocumentError";
    this.code = code;
  }
}
