/**
 * How many bytes pdf.js may decode for one document: per stream and in all. Decoded streams
 * (inflated content streams, fonts, object streams) live in ArrayBuffers outside the V8 heap, so
 * the worker's heap limit does not hold them: a 3 MB file whose one FlateDecode stream inflates
 * to 1.5 GB took the process to 4.7 GB. The patched pdf.js worker (pdfjs-patches.ts) asks the
 * budget in force before it inflates (zlib's `maxOutputLength`) or grows a decoder's buffer; past
 * a limit it decodes nothing more and the budget keeps the reason, which extract-text.ts raises.
 *
 * Example: `const budget = openDecodeBudget(); … budget.close(); budget.exceeded` → null or
 * "a compressed stream decodes to more than 64 MB (the limit per stream)".
 */

/**
 * A UN page's content stream is tens of KB, an embedded CJK font up to ~15 MB; 32 MB is none of
 * those. (pdf.js also spends time lexing what it inflates: about 1 s per 30 MB of content.)
 */
export const MAX_STREAM_BYTES = 32 * 1024 * 1024;
/** All streams of one document: a 600-page UN report decodes to ~60 MB; twice that. */
export const MAX_DOCUMENT_DECODED_BYTES = 128 * 1024 * 1024;

const GLOBAL_NAME = "__uncorpusDecodeBudget";

export class DecodeBudget {
  readonly perStream: number;
  readonly perDocument: number;
  used = 0;
  /** Why decoding was refused, once it was. */
  exceeded: string | null = null;
  #previous: DecodeBudget | undefined;

  constructor(perStream: number, perDocument: number, previous: DecodeBudget | undefined) {
    this.perStream = perStream;
    this.perDocument = perDocument;
    this.#previous = previous;
  }

  /** The most one stream may decode to now (zlib's maxOutputLength, at least 1). */
  streamCap(): number {
    return Math.max(1, Math.min(this.perStream, this.perDocument - this.used));
  }

  /** Records `bytes` decoded; false (and the reason kept) when they pass a limit. */
  charge(bytes: number, streamTotal = bytes): boolean {
    if (this.exceeded !== null) return false;
    if (streamTotal > this.perStream) {
      this.exceeded = perStreamReason(this.perStream);
      return false;
    }
    if (this.used + bytes > this.perDocument) {
      this.exceeded = perDocumentReason(this.perDocument);
      return false;
    }
    this.used += bytes;
    return true;
  }

  /** Called when zlib stopped at streamCap(): the stream passed one of the limits. */
  refuse(): void {
    if (this.exceeded !== null) return;
    this.exceeded = this.perDocument - this.used >= this.perStream ? perStreamReason(this.perStream) : perDocumentReason(this.perDocument);
  }

  /** Refuses the document for another reason (a page over its item limit): pdf.js stops reading text. */
  stop(reason: string): void {
    this.exceeded ??= reason;
  }

  /** Puts back the budget that was in force before this one. */
  close(): void {
    const scope = globalThis as Record<string, unknown>;
    if (scope[GLOBAL_NAME] === this) scope[GLOBAL_NAME] = this.#previous;
  }
}

/** Puts a new budget in force for this thread's pdf.js until `close()`. */
export function openDecodeBudget(perStream = MAX_STREAM_BYTES, perDocument = MAX_DOCUMENT_DECODED_BYTES): DecodeBudget {
  const scope = globalThis as Record<string, unknown>;
  const budget = new DecodeBudget(perStream, perDocument, scope[GLOBAL_NAME] as DecodeBudget | undefined);
  scope[GLOBAL_NAME] = budget;
  return budget;
}

function perStreamReason(limit: number): string {
  return `a compressed stream decodes to more than ${mb(limit)} MB (the limit per stream)`;
}

function perDocumentReason(limit: number): string {
  return `compressed streams decode to more than ${mb(limit)} MB in all (the limit per document)`;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
