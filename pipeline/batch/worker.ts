/**
 * A pool worker that does a whole document per task: extraction, then every stage and the
 * output. The pool runs these when it has one thread; with more, it splits each document between
 * an extract-worker.ts thread and a stages-worker.ts thread (pool.ts says why).
 */
import type { StageTimes } from "../../src/index.js";
import { extractInput, startExtracting } from "./extract-task.js";
import { finishDocument } from "./finish-task.js";
import { failedTask } from "./task-result.js";
import type { Task, TaskResult } from "./task.js";

export default async function processTask(task: Task): Promise<TaskResult> {
  await startExtracting(task);
  const stages: StageTimes | undefined = task.profile === true ? {} : undefined;
  try {
    return await finishDocument(await extractInput(task, stages), task, stages);
  } catch (error) {
    return failedTask(error);
  }
}
