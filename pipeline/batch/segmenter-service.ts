/**
 * One nodejieba for the whole run, on a thread of its own. nodejieba's dictionaries take ~225 MB
 * and ~0.8 s to load in every thread that loads them; a run that let each worker load its own
 * would hold N copies. So the run starts one segmenter thread (segmenter-thread.ts), which loads
 * them once (on the first Chinese text) and answers every worker. The main thread only hands each
 * task's port on to it, so its timers (time limits, progress) keep running while a huge Han run
 * is segmented. A worker waits synchronously on a shared buffer (Atomics.wait), because the
 * tokenizer asks in the middle of parsing; the segmenter thread writes the answer there a page at
 * a time and wakes it (segmenter-protocol.ts). Long runs are segmented in chunks, and chunks of
 * different workers' calls take turns (segment-in-chunks.ts).
 *
 *   main:   const service = new SegmenterService(userDict); … service.serve(port1) per task; service.close()
 *   worker: const segmenter = new RemoteSegmenter(); segmenter.use(port2); processPdf(…, { segmenter })
 */
import { Worker, type MessagePort } from "node:worker_threads";
import type { Segmenter, TaggedWord } from "../../src/tokenize/jieba.js";
import { siblingModule, workerExecArgv } from "./pool.js";
import { DONE, FAILED, HEADER_BYTES, MORE, PENDING, type Kind, type Request, type ThreadMessage } from "./segmenter-protocol.js";

/** A worker gives up on a page after this long (the segmenter thread is loading or stuck). */
const ANSWER_TIMEOUT_MS = 120_000;
/**
 * Buffer size in UTF-16 units: room for the whole answer of a normal run (a tag answer takes
 * ~10 units a character when every character is a word: `["会","v"],`), at most a page of 64 Ki
 * units; a larger answer comes in more pages.
 */
const UNITS_PER_CHARACTER = 12;
const MIN_PAGE_UNITS = 1024;
const MAX_PAGE_UNITS = 65_536;

const THREAD_FILE = siblingModule("segmenter-thread", import.meta.url);

/** The run's side: starts the segmenter thread with the first task and hands it each task's port. */
export class SegmenterService {
  private thread: Worker | null = null;
  /** How many times nodejieba was loaded for this service (the thread says so): 0 or 1. */
  loads = 0;

  constructor(private readonly userDict?: string) {}

  /** Has the segmenter thread answer the calls arriving on `port` (transferred to it). */
  serve(port: MessagePort): void {
    this.thread ??= this.start();
    this.thread.postMessage({ port } satisfies ThreadMessage, [port]);
  }

  /** Ends the segmenter thread (the run is over). */
  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    await thread?.terminate();
  }

  private start(): Worker {
    // From source, only tsx's require hook is in place in a new thread (as for piscina's workers,
    // which require their task file): a plain-JavaScript entry requires the TypeScript.
    const file = THREAD_FILE.endsWith(".ts") ? new URL("./segmenter-thread-entry.mjs", import.meta.url) : new URL(THREAD_FILE);
    const thread = new Worker(file, {
      workerData: { userDict: this.userDict },
      execArgv: workerExecArgv(),
    });
    thread.on("message", (message) => {
      if (message === "loaded") this.loads++;
    });
    // Should the thread die, the next task starts another; calls in flight time out with a reason.
    thread.on("error", () => undefined);
    thread.once("exit", () => {
      if (this.thread === thread) this.thread = null;
    });
    // A run that forgets close() still ends.
    thread.unref();
    return thread;
  }
}

/** A worker's side: a Segmenter whose calls go to the segmenter thread over the current task's port. */
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
    const port = this.port;
    if (port === null) throw new Error("no segmenter port for this task");
    const units = Math.min(MAX_PAGE_UNITS, Math.max(MIN_PAGE_UNITS, text.length * UNITS_PER_CHARACTER));
    // A new buffer per call: a call given up on (timed out) can never write into the next one's.
    const buffer = new SharedArrayBuffer(HEADER_BYTES + units * 2);
    const state = new Int32Array(buffer, 0, 2);
    port.postMessage({ kind, text, buffer } satisfies Request);
    let json = "";
    for (;;) {
      if (Atomics.wait(state, 0, PENDING, ANSWER_TIMEOUT_MS) === "timed-out") {
        throw new Error(`the run's segmenter did not answer within ${ANSWER_TIMEOUT_MS / 1000} s`);
      }
      const status = Atomics.load(state, 0);
      const page = decode(new Uint16Array(buffer, HEADER_BYTES, Atomics.load(state, 1)));
      if (status === FAILED) throw new Error(JSON.parse(page) as string);
      json += page;
      if (status === DONE) return json;
      if (status !== MORE) throw new Error(`the run's segmenter answered with status ${status}`);
      Atomics.store(state, 0, PENDING);
      port.postMessage("next");
    }
  }
}

function decode(units: Uint16Array): string {
  const CHUNK = 8192;
  let text = "";
  for (let i = 0; i < units.length; i += CHUNK) text += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return text;
}
