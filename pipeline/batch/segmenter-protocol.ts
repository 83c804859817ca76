/**
 * What a pool worker, the main thread and the segmenter thread say to each other
 * (segmenter-service.ts, segmenter-thread.ts).
 *
 * A worker posts a Request on its port and waits on the request's shared buffer: [status,
 * length] (Int32 each), then `length` UTF-16 code units of the answer's JSON. The answer comes a
 * page at a time: MORE means "read this page, post 'next', wait again"; DONE ends it. A page is
 * as large as the buffer, so no answer is ever too large for it and nothing is segmented twice.
 */
import type { MessagePort } from "node:worker_threads";

export type Kind = "cut" | "tag";

export interface Request {
  kind: Kind;
  text: string;
  buffer: SharedArrayBuffer;
}

/** Main thread → segmenter thread: serve the calls arriving on this port (one task's). */
export interface ThreadMessage {
  port: MessagePort;
}

export const PENDING = 0;
export const MORE = 1;
export const DONE = 2;
export const FAILED = 3;
/** Bytes before the answer: status and length, Int32 each. */
export const HEADER_BYTES = 8;
