/**
 * `uncorpus queue add`: one job per input, its id the input's SHA-256, so adding a file twice
 * (or the same bytes under two paths) adds nothing the second time. Paths are stored absolute:
 * every worker must see the inputs at the same paths (shared storage).
 */
import { resolve } from "node:path";
import { hashFile } from "../batch/resume.js";
import { recordQueuedInputs } from "../corpus/input-order.js";
import { JOB_OPTIONS, openQueue, type JobData, type JobResult } from "./connection.js";
import type { Redis } from "ioredis";

export interface AddOptions {
  out: string;
  tokenize: boolean;
  pos: boolean;
  userDict?: string;
  queue?: string;
}

export interface AddResult {
  /** Jobs new to the queue. */
  added: number;
  /** Inputs whose bytes already had a job (any state). */
  present: number;
}

/** Jobs go to Redis in batches of this many (one round trip each). */
const BATCH = 500;

export async function addJobs(connection: Redis, inputs: readonly string[], options: AddOptions): Promise<AddResult> {
  const queue = openQueue<JobData, JobResult>(connection, options.queue);
  const jobOptions = { tokenize: options.tokenize, pos: options.pos, ...(options.userDict === undefined ? {} : { userDict: resolve(options.userDict) }) };
  let added = 0;
  let present = 0;
  try {
    const seen = new Set<string>();
    for (let start = 0; start < inputs.length; start += BATCH) {
      const jobs: { name: string; data: JobData; opts: typeof JOB_OPTIONS & { jobId: string } }[] = [];
      for (const path of inputs.slice(start, start + BATCH)) {
        const input = resolve(path);
        const sha256 = await hashFile(input);
        if (seen.has(sha256) || (await queue.getJob(sha256)) !== undefined) {
          present++;
          continue;
        }
        seen.add(sha256);
        jobs.push({ name: "document", data: { input, sha256, out: resolve(options.out), options: jobOptions }, opts: { ...JOB_OPTIONS, jobId: sha256 } });
      }
      await queue.addBulk(jobs);
      // After the jobs are on the queue: an input on record always has its job (a crash in between leaves one unrecorded, ordered last by `uncorpus corpus`).
      await recordQueuedInputs(options.out, jobs.map((job) => ({ path: job.data.input, sha256: job.data.sha256 })));
      added += jobs.length;
    }
  } finally {
    await queue.close();
  }
  return { added, present };
}
