/**
 * Runs one task on the pool, with a port to the run's one segmenter when tokenizing (the worker
 * asks it for Chinese words; segmenter-service.ts). Used by `run` and by the queue worker.
 */
import { MessageChannel } from "node:worker_threads";
import type { Pool } from "./pool.js";
import type { SegmenterService } from "./segmenter-service.js";
import type { Task, TaskResult } from "./task.js";

export async function runTask(pool: Pool, segmenter: SegmenterService | null, task: Task): Promise<TaskResult> {
  if (segmenter === null) return pool.run(task);
  const channel = new MessageChannel();
  segmenter.serve(channel.port1);
  try {
    return await pool.run({ ...task, segmenterPort: channel.port2 }, [channel.port2]);
  } finally {
    channel.port1.close();
  }
}
