/**
 * The run's segmenter thread (started by SegmenterService, segmenter-service.ts): the one thread
 * of the run that loads nodejieba, on the first Chinese text. Each task's worker reaches it over
 * a MessagePort the main thread hands on ("serve"); the main thread itself never segments.
 *
 * A call is cut into chunks (segment-in-chunks.ts) and answered page by page: after each chunk
 * the thread writes what it has into the worker's shared buffer and moves on to whichever call
 * is next in line, so chunks of different workers' calls interleave and one huge Han run delays
 * another worker's call by one chunk, not by the whole run. A worker that is terminated mid-call
 * (its time limit) closes its port; its call is dropped and the thread goes on with the others.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { jiebaSegmenter, type Segmenter } from "../../src/tokenize/jieba.js";
import { ChunkedSegmentation } from "./segment-in-chunks.js";
import { DONE, FAILED, HEADER_BYTES, MORE, type Request, type ThreadMessage } from "./segmenter-protocol.js";

interface Call {
  port: MessagePort;
  buffer: SharedArrayBuffer;
  chunks: ChunkedSegmentation<string> | ChunkedSegmentation<[string, string]>;
  /** Answer text (JSON) made but not yet written to the buffer. */
  pending: string;
  /** Some words went into `pending` already (the next need a comma). */
  anyWords: boolean;
  /** The closing bracket is in `pending`: nothing left to segment. */
  segmented: boolean;
}

const { userDict } = workerData as { userDict?: string };
let segmenter: Segmenter | null = null;
/** Calls waiting for a turn: new ones, and those whose worker has read the last page. */
const ready: Call[] = [];
const calls = new Map<MessagePort, Call>();
let scheduled = false;

parentPort!.on("message", ({ port }: ThreadMessage) => {
  port.on("message", (message: Request | "next") => {
    const call = message === "next" ? calls.get(port) : start(port, message);
    if (call === undefined) return;
    ready.push(call);
    schedule();
  });
  // The task ended, or its worker was terminated mid-call: forget its call.
  // (A call still in line is skipped when its turn comes.)
  port.on("close", () => calls.delete(port));
});

function start(port: MessagePort, { kind, text, buffer }: Request): Call {
  const jieba = (): Segmenter => {
    if (segmenter === null) {
      segmenter = jiebaSegmenter(userDict);
      parentPort!.postMessage("loaded");
    }
    return segmenter;
  };
  const chunks =
    kind === "cut"
      ? new ChunkedSegmentation(text, (t) => jieba().cut(t), (word) => word)
      : new ChunkedSegmentation(text, (t) => jieba().tag(t).map((w): [string, string] => [w.word, w.tag]), ([word]) => word);
  const call: Call = { port, buffer, chunks, pending: "[", anyWords: false, segmented: false };
  calls.set(port, call);
  return call;
}

/** One step per turn, through the event loop, so that new calls and "next"s join the line. */
function schedule(): void {
  if (scheduled || ready.length === 0) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const call = ready.shift();
    if (call !== undefined && calls.get(call.port) === call) step(call);
    schedule();
  });
}

/** Segments the call's next chunk when nothing is waiting to be written, then writes one page. */
function step(call: Call): void {
  try {
    if (call.pending.length === 0 && !call.segmented) segmentNext(call);
  } catch (error) {
    calls.delete(call.port);
    const message = error instanceof Error ? error.message : String(error);
    // Short enough that its JSON fits the smallest buffer whatever it escapes (6 units a character at most).
    const capacity = (call.buffer.byteLength - HEADER_BYTES) >> 1;
    write(call.buffer, JSON.stringify(message.slice(0, Math.floor((capacity - 2) / 6))), FAILED);
    return;
  }
  const capacity = (call.buffer.byteLength - HEADER_BYTES) >> 1;
  const page = call.pending.slice(0, capacity);
  call.pending = call.pending.slice(page.length);
  const last = call.segmented && call.pending.length === 0;
  if (last) calls.delete(call.port);
  write(call.buffer, page, last ? DONE : MORE);
}

function segmentNext(call: Call): void {
  const words = call.chunks.next() as unknown[] | null;
  if (words !== null && words.length > 0) {
    const json = JSON.stringify(words);
    call.pending += (call.anyWords ? "," : "") + json.slice(1, -1);
    call.anyWords = true;
  }
  if (words === null || call.chunks.done) {
    call.pending += "]";
    call.segmented = true;
  }
}

/** Writes a page of the answer and wakes the worker waiting on the buffer. */
function write(buffer: SharedArrayBuffer, text: string, status: number): void {
  const capacity = (buffer.byteLength - HEADER_BYTES) >> 1;
  const page = text.slice(0, capacity);
  const units = new Uint16Array(buffer, HEADER_BYTES, page.length);
  for (let i = 0; i < page.length; i++) units[i] = page.charCodeAt(i);
  const state = new Int32Array(buffer, 0, 2);
  Atomics.store(state, 1, page.length);
  Atomics.store(state, 0, status);
  Atomics.notify(state, 0);
}
