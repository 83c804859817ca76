/**
 * The in-thread channel between pdf.js's two sides (its API and its "worker", both in this
 * thread), handing each page's text over without copying it.
 *
 * Why: on Node pdf.js joins its sides with its own LoopbackPort, which deep-copies every
 * message with structuredClone, as a real worker boundary would. A page's text arrives as such
 * messages (chunks of text items), so copying them was 6 % of a worker's time on the 70 raw
 * PDFs, and more garbage to collect.
 *
 * What is safe to share: getTextContent sends its chunk object and then gives that object new
 * `items` and `styles` (it does not empty the old ones), and every item, transform and style in
 * a chunk is a new object that is never changed after. So a text chunk is passed as a copy of
 * its top level, its items shared. A message of strings and numbers only (the stream's pull
 * messages) is copied by its top level, which copies all of it. Every other message is copied in
 * full as LoopbackPort does (they are few and small, and their senders may reuse what they sent).
 *
 * Delivery is as LoopbackPort's: asynchronous (a microtask), in the order sent, to every
 * listener, and a listener added with an AbortSignal is removed when the signal aborts
 * (pdf.js's MessageHandler stops listening that way when it is destroyed).
 *
 * Example: `const port = new DirectPort(); WorkerMessageHandler.initializeFromPort(port);
 * const worker = new PDFWorker({ port })`, then `getDocument({ data, worker })`.
 */
import type { TransferListItem } from "node:worker_threads";

type Listener = (this: DirectPort, event: { data: unknown }) => void;

export class DirectPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #delivered = Promise.resolve();

  postMessage(message: unknown, transfer?: TransferListItem[]): void {
    const event = { data: copy(message, transfer) };
    void this.#delivered.then(() => {
      for (const listener of this.#listeners.keys()) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options: { signal?: AbortSignal } | null = null): void {
    const signal = options?.signal;
    let stop: (() => void) | null = null;
    if (signal !== undefined) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(_type, listener);
      signal.addEventListener("abort", onAbort);
      stop = () => signal.removeEventListener("abort", onAbort);
    }
    this.#listeners.set(listener, stop);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const stop of this.#listeners.values()) stop?.();
    this.#listeners.clear();
  }
}

/** pdf.js's MessageHandler stream message kind for a chunk (StreamKind.ENQUEUE). */
const ENQUEUE = 4;

/** The message as the receiving side gets it (see above). */
function copy(message: unknown, transfer: TransferListItem[] | undefined): unknown {
  if (isTextChunk(message)) return { ...message, chunk: { ...message.chunk } };
  if (transfer === undefined && isFlat(message)) return { ...message };
  return structuredClone(message, transfer === undefined ? undefined : { transfer });
}

/**
 * A plain object of strings, numbers, booleans and nulls only, such as the stream's pull
 * messages (two a chunk): a copy of its top level is a full copy.
 */
function isFlat(message: unknown): message is object {
  if (typeof message !== "object" || message === null || Object.getPrototypeOf(message) !== Object.prototype) return false;
  for (const key in message) {
    const value = (message as Record<string, unknown>)[key];
    if (typeof value === "object" ? value !== null : typeof value === "function" || typeof value === "symbol") return false;
  }
  return true;
}

/** A stream chunk of getTextContent: `{ items: [...], styles: {...} }`. */
function isTextChunk(message: unknown): message is { chunk: { items: unknown[] } } {
  if (typeof message !== "object" || message === null) return false;
  const { stream, chunk } = message as { stream?: unknown; chunk?: unknown };
  return stream === ENQUEUE && typeof chunk === "object" && chunk !== null && Array.isArray((chunk as { items?: unknown }).items);
}

interface WorkerSide {
  initializeFromPort(port: DirectPort): void;
}
export type PdfWorker = InstanceType<typeof import("pdfjs-dist/legacy/build/pdf.mjs")["PDFWorker"]>;
type PdfWorkerPort = NonNullable<ConstructorParameters<typeof import("pdfjs-dist/legacy/build/pdf.mjs")["PDFWorker"]>[0]>["port"];

/**
 * A pdf.js worker for one document on a DirectPort of its own, its worker side in this thread
 * (loaded by loadPdfJs, which puts it on `globalThis.pdfjsWorker`). `close()` after the document
 * is destroyed. Null when the worker side is not loaded: pdf.js then makes its own.
 */
export function openDirectWorker(pdfjs: typeof import("pdfjs-dist/legacy/build/pdf.mjs")): { worker: PdfWorker; close(): void } | null {
  const side = (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: WorkerSide } }).pdfjsWorker?.WorkerMessageHandler;
  if (side === undefined) return null;
  const port = new DirectPort();
  side.initializeFromPort(port);
  const worker = new pdfjs.PDFWorker({ port: port as unknown as PdfWorkerPort, verbosity: 0 });
  return {
    worker,
    close() {
      worker.destroy();
      port.terminate();
    },
  };
}
