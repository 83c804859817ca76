/**
 * The queue's one central piece: a Redis server, named by URL (`redis://host:6379/0`). Every
 * command opens its own connection; BullMQ needs `maxRetriesPerRequest: null` on the ones its
 * workers block on. Job ids are the inputs' SHA-256, so adding a file twice adds one job.
 */
import { Redis } from "ioredis";
import { Queue } from "bullmq";

export const QUEUE_NAME = "uncorpus";

/** How often a worker's lock on a job is renewed, and when a silent worker's job is taken over. */
export interface StallOptions {
  /** A job whose worker has not renewed its lock for this long is stalled (ms). */
  lockMs: number;
  /** How often workers look for stalled jobs (ms). */
  stalledIntervalMs: number;
}

export const DEFAULT_STALL: StallOptions = { lockMs: 30_000, stalledIntervalMs: 30_000 };

/** Attempts a job gets when its failure may be passing (a worker lost, storage gone a moment). */
export const JOB_ATTEMPTS = 3;
/** First wait before a retry; doubles with each attempt. */
const RETRY_DELAY_MS = 2000;

export const JOB_OPTIONS = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: "exponential", delay: RETRY_DELAY_MS },
  // Completed jobs stay: they keep the ids that make a second `queue add` a no-op, and the
  // pages and times `queue status` reports.
  removeOnComplete: false,
  removeOnFail: false,
} as const;

export function connect(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}

export function openQueue<Data, Result>(connection: Redis, name = QUEUE_NAME): Queue<Data, Result> {
  return new Queue<Data, Result>(name, { connection });
}

/** What one job carries: the input as every worker sees it (shared storage) and how to process it. */
export interface JobData {
  /** Absolute path of the PDF, the same on every worker. */
  input: string;
  sha256: string;
  /** The output folder `queue add` named (workers write to their own `--out`, the same storage). */
  out: string;
  options: { tokenize: boolean; pos: boolean; userDict?: string };
}

export interface JobResult {
  /** `<lang>/<symbol>.json` under the output folder. */
  output: string;
  pages: number;
  ms: number;
}
