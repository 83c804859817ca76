/**
 * A task's first half, on a thread that runs pdf.js: the input read and extracted into pages of
 * text items. Imported by the workers that extract (worker.ts, extract-worker.ts): importing it
 * starts loading pdf.js with the thread, before its first task is sent.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { checkSize, extractOptions, extractText } from "../../src/extract/extract-text.js";
import { loadPdfJs } from "../../src/extract/load-pdfjs.js";
import { classifyLoadError } from "../../src/extract/classify-error.js";
import type { StageTimes, UnDocument } from "../../src/index.js";
import type { Fault, Task } from "./task.js";

/** Memory the "allocate" fault grabs per step, in numbers (8 bytes each): 8 MB. */
const ALLOCATE_STEP = 1_000_000;

const pdfjsLoaded = loadPdfJs();

/**
 * pdf.js leaves some of its own promises unhandled when a damaged file breaks it in the
 * background (a bad object stream: "FormatError: bad ObjStm stream", found by the fuzz test):
 * unhandled, that rejection ends the whole thread and the document fails as an internal error.
 * Taken here, it fails the document in hand with pdf.js's reason, and the thread goes on. One
 * that comes between tasks belongs to a document already decided (pdf.js still tearing it down):
 * it is dropped, as ending the thread would fail whichever document it takes next.
 */
let failCurrent: ((reason: unknown) => void) | null = null;
process.on("unhandledRejection", (reason) => failCurrent?.(reason));

/**
 * Says the task has started, once pdf.js is there: the time limit starts then, as loading pdf.js
 * is the thread's cost, not the document's. (Should loading fail, extraction meets the same
 * error and the document fails with it.)
 */
export async function startExtracting(task: Task): Promise<void> {
  await pdfjsLoaded.catch(() => undefined);
  task.startPort?.postMessage("started");
  task.startPort?.close();
}

/** The task's input extracted; throws as extractText does. `stages.extract` gets its time. */
export async function extractInput(task: Task, stages?: StageTimes): Promise<UnDocument> {
  // A huge file is refused before it is read into memory.
  checkSize((await stat(task.input)).size, task.options.maxBytes);
  const bytes = new Uint8Array(await readFile(task.input));
  if (task.fault !== undefined) injectFault(task.fault);
  const brokenInBackground = new Promise<never>((_, reject) => {
    failCurrent = (reason) => reject(classifyLoadError(reason, bytes));
  });
  const began = performance.now();
  try {
    const doc = await Promise.race([extractText(bytes, basename(task.input), extractOptions(task.options)), brokenInBackground]);
    if (stages !== undefined) stages.extract = performance.now() - began;
    return doc;
  } finally {
    failCurrent = null;
  }
}

/** Test-only: never return (the time limit must end it) or fill the heap (the memory limit must). */
function injectFault(fault: Fault): void {
  if (fault === "hang") for (;;);
  if (fault !== "allocate") return;
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array<number>(ALLOCATE_STEP).fill(hoard.length));
}
