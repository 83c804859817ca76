/**
 * Runs one task on the pool, with a port to the run's one segmenter when tokenizing (the worker
 * asks the segmenter thread for Chinese words; segmenter-service.ts). Used by `run` and by the queue worker.
 */
import { MessageChannel } from "node:worker_threads";
import type { Pool } from "./pool.js";
import type { SegmenterService } from "./segmenter-service.js";
import type { Task, TaskResult } from "./task.js";

export async function runTask(pool: Pool, segmenter: SegmenterService | null, task: Task): Promise<TaskResult> {
  if (segmenter === null) return pool.run(task);
  const channel = new MessageChannel();
  // port1 goes to the segmenter thread, port2 to the worker; the worker closes its end when the
  // task ends (or its termination does), and the segmenter thread drops the port then.
  segmenter.serve(channel.port1);
  try {
    return await pool.run({ ...task, segmenterPort: channel.port2 }, [channel.port2]);
  } finally {
    // Still here only when the task never reached a worker (closing a transferred port does nothing).
    channel.port2.close();
  }
}
