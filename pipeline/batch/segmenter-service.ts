/**
 * One nodejieba for the whole run. nodejieba's dictionaries take ~225 MB and ~0.8 s to load in
 * every thread that loads them; a run that let each worker load its own would hold N copies. So
 * the main thread loads them once (on the first Chinese text) and answers the workers' segmenter
 * calls; a worker asks through a MessagePort it gets with each task and waits on a shared buffer,
 * because the tokenizer asks synchronously, in the middle of parsing.
 *
 *   main:   const service = new SegmenterService(userDict); … service.serve(port1) per task
 *   worker: const segmenter = new RemoteSegmenter(); segmenter.use(port2); processPdf(…, { segmenter })
 *
 * The answer travels as JSON in the shared buffer: [status, length] (Int32) then UTF-16 code
 * units. A buffer too small for the answer is reported with the length needed, and the worker
 * asks again with a larger one.
 */
import type { MessagePort } from "node:worker_threads";
import { jiebaSegmenter, type Segmenter, type TaggedWord } from "../../src/tokenize/jieba.js";

type Kind = "cut" | "tag";

interface Request {
  kind: Kind;
  text: string;
  buffer: SharedArrayBuffer;
}

const PENDING = 0;
const DONE = 1;
const TOO_SMALL = 2;
const FAILED = 3;
/** Bytes before the answer: status and length, Int32 each. */
const HEADER_BYTES = 8;
/** A worker gives up on an answer after this long (the main thread is loading or stuck). */
const ANSWER_TIMEOUT_MS = 120_000;

/** The main thread's side: loads nodejieba on first use and answers on every port it serves. */
export class SegmenterService {
  private segmenter: Segmenter | null = null;

  constructor(private readonly userDict?: string) {}

  /** Answers the requests arriving on `port` until it is closed. */
  serve(port: MessagePort): void {
    port.on("message", (request: Request) => this.answer(request));
  }

  private answer({ kind, text, buffer }: Request): void {
    const state = new Int32Array(buffer, 0, 2);
    let json: string;
    let status = DONE;
    try {
      this.segmenter ??= jiebaSegmenter(this.userDict);
      json = kind === "cut" ? JSON.stringify(this.segmenter.cut(text)) : JSON.stringify(this.segmenter.tag(text).map((w) => [w.word, w.tag]));
    } catch (error) {
      json = JSON.stringify(error instanceof Error ? error.message : String(error));
      status = FAILED;
    }
    const capacity = (buffer.byteLength - HEADER_BYTES) >> 1;
    if (json.length > capacity) {
      status = TOO_SMALL;
    } else {
      const units = new Uint16Array(buffer, HEADER_BYTES, json.length);
      for (let i = 0; i < json.length; i++) units[i] = json.charCodeAt(i);
    }
    Atomics.store(state, 1, json.length);
    Atomics.store(state, 0, status);
    Atomics.notify(state, 0);
  }
}

/** A worker's side: a Segmenter whose calls go to the SegmenterService over the current task's port. */
export class RemoteSegmenter implements Segmenter {
  private port: MessagePort | null = null;

  /** The port for the task about to run (null once it has finished). */
  use(port: MessagePort | null): void {
    this.port = port;
  }

  cut(text: string): string[] {
    return JSON.parse(this.call("cut", text)) as string[];
  }

  tag(text: string): TaggedWord[] {
    return (JSON.parse(this.call("tag", text)) as Array<[string, string]>).map(([word, tag]) => ({ word, tag }));
  }

  private call(kind: Kind, text: string): string {
    if (this.port === null) throw new Error("no segmenter port for this task");
    // Room for every character a word of its own, quoted: what a cut answer needs at most, bar escapes.
    let units = text.length * 4 + 64;
    for (;;) {
      const buffer = new SharedArrayBuffer(HEADER_BYTES + units * 2);
      const state = new Int32Array(buffer, 0, 2);
      this.port.postMessage({ kind, text, buffer } satisfies Request);
      if (Atomics.wait(state, 0, PENDING, ANSWER_TIMEOUT_MS) === "timed-out") {
        throw new Error(`the run's segmenter did not answer within ${ANSWER_TIMEOUT_MS / 1000} s`);
      }
      const status = Atomics.load(state, 0);
      const length = Atomics.load(state, 1);
      if (status === TOO_SMALL) {
        units = length;
        continue;
      }
      const json = decode(new Uint16Array(buffer, HEADER_BYTES, length));
      if (status === FAILED) throw new Error(JSON.parse(json) as string);
      return json;
    }
  }
}

function decode(units: Uint16Array): string {
  const CHUNK = 8192;
  let text = "";
  for (let i = 0; i < units.length; i += CHUNK) text += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return text;
}
