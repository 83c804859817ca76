/**
 * A pool worker that finishes documents an extract-worker.ts thread extracted: every stage, the
 * JSON and the corpus rows. It never loads pdf.js. See pool.ts.
 */
import { unpackDocument } from "../../src/extract/packed-document.js";
import type { StageTimes } from "../../src/index.js";
import { finishDocument } from "./finish-task.js";
import { failedTask } from "./task-result.js";
import type { ExtractedTask, TaskResult } from "./task.js";

export default async function stagesTask(task: ExtractedTask): Promise<TaskResult> {
  task.startPort?.postMessage("started");
  task.startPort?.close();
  try {
    const began = performance.now();
    const doc = unpackDocument(task.extracted.packed);
    // "extract": pdf.js's time on the other thread and the unpacking here.
    const stages: StageTimes | undefined = task.profile === true ? { extract: task.extracted.ms + (performance.now() - began) } : undefined;
    return await finishDocument(doc, task, stages);
  } catch (error) {
    return failedTask(error);
  }
}
