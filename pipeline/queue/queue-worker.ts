/**
 * `uncorpus worker`: takes documents from the queue and runs them in the same worker pool, with
 * the same time and memory limits, as `uncorpus run`; the JSON goes to the shared output folder
 * under the name `run` would give it (claim-name.ts). A document the pipeline refuses (corrupt,
 * encrypted, scanned…) fails at once with its reason; an internal error or a lost commit is tried
 * again, up to JOB_ATTEMPTS. `close()` (SIGTERM) finishes the jobs in hand and takes no more; a
 * worker that dies has its jobs taken over by another once their lock runs out (StallOptions).
 */
import { hostname } from "node:os";
import { mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { createPool } from "../batch/pool.js";
import { runTask } from "../batch/run-task.js";
import { SegmenterService } from "../batch/segmenter-service.js";
import { STATE_DIR } from "../batch/resume.js";
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS } from "../batch/limits.js";
import { commitShared } from "./claim-name.js";
import { connect, DEFAULT_STALL, QUEUE_NAME, type JobData, type JobResult, type StallOptions } from "./connection.js";

export interface QueueWorkerOptions {
  redis: string;
  out: string;
  /** Documents in flight at once (pool threads). */
  jobs: number;
  timeoutSeconds?: number;
  memoryMb?: number;
  stall?: StallOptions;
  queue?: string;
  /** One line per finished or failed job. */
  log?: (line: string) => void;
}

export interface QueueWorker {
  /** Finishes the jobs in hand, takes no more, and releases the pool and connections. */
  close(): Promise<void>;
}

/** Failures worth another attempt: the pipeline's own reasons (bad PDF, limits) are final. */
const PASSING_FAILURE = /^internal error:/;

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const out = resolve(options.out);
  const name = options.queue ?? QUEUE_NAME;
  const stall = options.stall ?? DEFAULT_STALL;
  const log = options.log ?? (() => {});
  // Each worker process has its own temporary area; a killed worker's leftovers stay under the
  // state folder, which no reader of the output looks into.
  const tempDir = join(out, STATE_DIR, "queue-tmp", `${hostname()}-${process.pid}`);
  await rm(tempDir, { recursive: true, force: true });
  await mkdir(tempDir, { recursive: true });
  const pool = createPool({
    threads: options.jobs,
    timeoutSeconds: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB,
  });
  const segmenters = new Map<string, SegmenterService>();
  const commits = connect(options.redis);

  const processJob = async (job: Job<JobData, JobResult>): Promise<JobResult> => {
    const begin = performance.now();
    const { input, options: pipelineOptions } = job.data;
    const segmenter = pipelineOptions.tokenize ? segmenterFor(segmenters, pipelineOptions.userDict) : null;
    const result = await runTask(pool, segmenter, { input, tempDir, options: pipelineOptions });
    if (result.status === "failed") {
      log(`${input}: ${result.error}`);
      throw PASSING_FAILURE.test(result.error) ? new Error(result.error) : new UnrecoverableError(result.error);
    }
    const output = await commitShared(commits, name, out, { input, sha256: result.sha256, rel: result.rel, tempFile: result.tempFile });
    const ms = Math.round(performance.now() - begin);
    log(`${input} → ${output} (${result.pages} pages, ${ms} ms)`);
    return { output, pages: result.pages, ms };
  };

  const blocking = connect(options.redis);
  const worker = new Worker<JobData, JobResult>(name, processJob, {
    connection: blocking,
    concurrency: options.jobs,
    lockDuration: stall.lockMs,
    stalledInterval: stall.stalledIntervalMs,
    // A job whose worker died is taken over; one that kills every worker it meets ends in failed.
    maxStalledCount: 2,
    name: `${hostname()}-${process.pid}`,
  });
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      await pool.destroy();
      await Promise.all([...segmenters.values()].map((segmenter) => segmenter.close()));
      await Promise.all([commits.quit(), blocking.quit()]);
      await rm(tempDir, { recursive: true, force: true });
    },
  };
}

/** One segmenter per user dictionary (jobs of one run share theirs); loaded on first Chinese text. */
function segmenterFor(segmenters: Map<string, SegmenterService>, userDict: string | undefined): SegmenterService {
  const key = userDict ?? "";
  let service = segmenters.get(key);
  if (service === undefined) {
    service = new SegmenterService(userDict);
    segmenters.set(key, service);
  }
  return service;
}
