/**
 * A pool worker that only extracts: the document's pages of text items go back packed
 * (packed-document.ts), for a stages-worker.ts thread to finish. See pool.ts.
 */
import { packDocument, packedBuffers } from "../../src/extract/packed-document.js";
import { extractInput, startExtracting } from "./extract-task.js";
import { failedTask, moving } from "./task-result.js";
import type { ExtractResult, Task } from "./task.js";

export default async function extractTask(task: Task): Promise<ExtractResult> {
  await startExtracting(task);
  try {
    const stages = { extract: 0 };
    const doc = await extractInput(task, stages);
    const packed = packDocument(doc);
    return moving({ status: "extracted", packed, ms: stages.extract }, packedBuffers(packed));
  } catch (error) {
    return failedTask(error);
  }
}
