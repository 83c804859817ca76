/**
 * `uncorpus queue status` and `queue retry-failed`: what the queue holds, and the pace of the
 * work measured from the completed jobs themselves (pages and finish times), so any machine can
 * ask, not only a worker's.
 */
import type { Redis } from "ioredis";
import { openQueue, type JobData, type JobResult } from "./connection.js";

export interface QueueStatus {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  delayed: number;
  /** Pages of the completed documents. */
  pages: number;
  /** Pages per second from the first job started to the last one finished; 0 before any. */
  pagesPerSecond: number;
  /** Each failed job: input and reason. */
  failures: { input: string; reason: string }[];
}

/** Completed jobs read per round trip when summing pages. */
const PAGE = 1000;

export async function queueStatus(connection: Redis, name?: string): Promise<QueueStatus> {
  const queue = openQueue<JobData, JobResult>(connection, name);
  try {
    const counts = await queue.getJobCounts("waiting", "active", "completed", "failed", "delayed", "prioritized", "waiting-children");
    let pages = 0;
    let first = Infinity;
    let last = 0;
    for (let start = 0; start < (counts["completed"] ?? 0); start += PAGE) {
      for (const job of await queue.getJobs(["completed"], start, start + PAGE - 1, true)) {
        pages += job.returnvalue?.pages ?? 0;
        first = Math.min(first, job.processedOn ?? Infinity);
        last = Math.max(last, job.finishedOn ?? 0);
      }
    }
    const failures = (await queue.getJobs(["failed"], 0, -1, true))
      .map((job) => ({ input: job.data.input, reason: job.failedReason }))
      .sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
    const seconds = (last - first) / 1000;
    return {
      waiting: (counts["waiting"] ?? 0) + (counts["prioritized"] ?? 0) + (counts["waiting-children"] ?? 0),
      active: counts["active"] ?? 0,
      completed: counts["completed"] ?? 0,
      failed: counts["failed"] ?? 0,
      delayed: counts["delayed"] ?? 0,
      pages,
      pagesPerSecond: seconds > 0 ? Math.round((pages / seconds) * 10) / 10 : 0,
      failures,
    };
  } finally {
    await queue.close();
  }
}

/** Puts every failed job back in the queue; returns how many. */
export async function retryFailed(connection: Redis, name?: string): Promise<number> {
  const queue = openQueue<JobData, JobResult>(connection, name);
  try {
    const failed = await queue.getJobs(["failed"], 0, -1, true);
    for (const job of failed) await job.retry("failed");
    return failed.length;
  } finally {
    await queue.close();
  }
}

export function formatStatus(status: QueueStatus): string {
  const rows = [
    ["waiting", status.waiting],
    ["active", status.active],
    ["completed", status.completed],
    ["failed", status.failed],
    ["delayed", status.delayed],
    ["pages", status.pages],
    ["pages/s", status.pagesPerSecond],
  ] as const;
  const lines = rows.map(([label, value]) => `${label.padEnd(10)} ${String(value).padStart(8)}`);
  for (const failure of status.failures) lines.push(`failed: ${failure.input}: ${failure.reason}`);
  return lines.join("\n") + "\n";
}
