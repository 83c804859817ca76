/**
 * A pool worker: one document per task. Runs the whole pipeline and writes the JSON to a
 * temporary file; the main thread decides the final name (collisions) and renames it.
 */
import { randomBytes } from "node:crypto";
import { Piscina } from "piscina";
import { readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { processPdf, DocumentError, type StageTimes } from "../../src/index.js";
import { documentBytes, toDocumentJson } from "../../src/output/to-json.js";
import { outputPath } from "../../src/output/output-path.js";
import { checkSize } from "../../src/extract/extract-text.js";
import { loadPdfJs } from "../../src/extract/load-pdfjs.js";
import { classifyLoadError, isPdfJsError } from "../../src/extract/classify-error.js";
import { writeAtomic } from "../write-atomic.js";
import { ByteSink } from "../../src/output/byte-sink.js";
import { chunkBuffers, corpusChunks, documentIdOf } from "../corpus/corpus-chunks.js";
import { RemoteSegmenter } from "./segmenter-service.js";
import type { Fault, Task, TaskResult } from "./task.js";

/** Memory the "allocate" fault grabs per step, in numbers (8 bytes each): 8 MB. */
const ALLOCATE_STEP = 1_000_000;
/** The longest the "slow" fault holds a document back when nothing releases it (one worker). */
const SLOW_MS = 5000;

/** This thread's segmenter: it asks the main thread over the current task's port. */
const segmenter = new RemoteSegmenter();

const jsonSink = new ByteSink(1024 * 1024);

// pdf.js starts loading with the thread, before its first task is sent.
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

export default async function processTask(task: Task): Promise<TaskResult> {
  // The time limit starts once pdf.js is there: loading it is the thread's cost, not the document's.
  // (Should it fail, processPdf meets the same error and the document fails with it.)
  await pdfjsLoaded.catch(() => undefined);
  task.startPort?.postMessage("started");
  task.startPort?.close();
  segmenter.use(task.segmenterPort ?? null);
  const options = task.segmenterPort === undefined ? task.options : { ...task.options, segmenter };
  try {
    // A huge file is refused before it is read into memory.
    checkSize((await stat(task.input)).size, task.options.maxBytes);
    const bytes = new Uint8Array(await readFile(task.input));
    if (task.fault !== undefined) injectFault(task.fault, task.release);
    const stages: StageTimes | undefined = task.profile === true ? {} : undefined;
    const brokenInBackground = new Promise<never>((_, reject) => {
      failCurrent = (reason) => reject(classifyLoadError(reason, bytes));
    });
    const doc = await Promise.race([processPdf(bytes, basename(task.input), options, stages), brokenInBackground]);
    const written = performance.now();
    const rel = outputPath(doc.metadata.symbol, doc.metadata.language, doc.file);
    const tempFile = join(task.tempDir, `${doc.sha256}.${randomBytes(6).toString("hex")}.json`);
    // The thread's one JSON buffer, reused document after document (written before it is reused).
    await writeAtomic(tempFile, documentBytes(doc, jsonSink));
    // The corpus rows are made here, where the document is still in memory, not read back later.
    // They go back as bytes, moved to the main thread rather than copied (chunkBuffers).
    const corpus = task.corpus === true ? corpusChunks(documentIdOf(rel), toDocumentJson(doc)) : null;
    // "write": the JSON text and file, and the corpus rows.
    if (stages !== undefined) stages.write = performance.now() - written;
    const result: TaskResult = { status: "ok", sha256: doc.sha256, rel, tempFile, pages: doc.pageCount, ...(corpus === null ? {} : { corpus }), ...(stages === undefined ? {} : { stages: rounded(stages) }) };
    return corpus === null ? result : moving(result, chunkBuffers(corpus));
  } catch (error) {
    const reason =
      error instanceof DocumentError ? error.message : isPdfJsError(error) ? classifyLoadError(error).message : `internal error: ${oneLine(error)}`;
    // The main thread hashed the input already (resume); extraction hashes it for the document.
    return { status: "failed", sha256: null, error: reason };
  } finally {
    failCurrent = null;
    segmenter.use(null);
    task.segmenterPort?.close();
  }
}

/** The result, marked for piscina to transfer `buffers` to the main thread instead of copying them. */
function moving(result: TaskResult, buffers: ArrayBuffer[]): TaskResult {
  const movable = { [Piscina.transferableSymbol]: buffers, [Piscina.valueSymbol]: result } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable) as unknown as TaskResult;
}

/** Test-only: never return (the time limit must end it), fill the heap (the memory limit must), or wait. */
function injectFault(fault: Fault, release: SharedArrayBuffer | undefined): void {
  if (fault === "slow") {
    Atomics.wait(new Int32Array(release ?? new SharedArrayBuffer(4)), 0, 0, SLOW_MS);
    return;
  }
  if (fault === "hang") for (;;);
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array<number>(ALLOCATE_STEP).fill(hoard.length));
}

/** Stage times to a tenth of a millisecond. */
function rounded(stages: StageTimes): StageTimes {
  return Object.fromEntries(Object.entries(stages).map(([name, ms]) => [name, Math.round(ms * 10) / 10]));
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}
