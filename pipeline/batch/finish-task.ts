/**
 * A task's second half, on the thread that runs the stages: the extracted document through every
 * stage, its JSON written to a temporary file (the main thread decides the final name, collisions
 * included, and renames it) and its corpus rows made.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Piscina } from "piscina";
import { DocumentError, type StageTimes, type UnDocument } from "../../src/index.js";
import { runStages } from "../../src/stages.js";
import { documentBytes, toDocumentJson } from "../../src/output/to-json.js";
import { outputPath } from "../../src/output/output-path.js";
import { isPdfJsError, classifyLoadError } from "../../src/extract/classify-error.js";
import { ByteSink } from "../../src/output/byte-sink.js";
import { writeAtomic } from "../write-atomic.js";
import { chunkBuffers, corpusChunks, documentIdOf } from "../corpus/corpus-chunks.js";
import { RemoteSegmenter } from "./segmenter-service.js";
import type { Task, TaskResult } from "./task.js";

/** This thread's segmenter: it asks the main thread over the current task's port. */
const segmenter = new RemoteSegmenter();

const jsonSink = new ByteSink(1024 * 1024);

export async function finishDocument(doc: UnDocument, task: Task, stages?: StageTimes): Promise<TaskResult> {
  segmenter.use(task.segmenterPort ?? null);
  try {
    // Test-only: the time limit must end a document stuck in its stages too.
    if (task.fault === "hang-late") for (;;);
    runStages(doc, task.segmenterPort === undefined ? task.options : { ...task.options, segmenter }, stages);
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
  } finally {
    segmenter.use(null);
    task.segmenterPort?.close();
  }
}

/** A document that failed, with the one-line reason the run reports. */
export function failedTask(error: unknown): TaskResult & { status: "failed" } {
  const reason =
    error instanceof DocumentError ? error.message : isPdfJsError(error) ? classifyLoadError(error).message : `internal error: ${oneLine(error)}`;
  // The main thread hashed the input already (resume); extraction hashes it for the document.
  return { status: "failed", sha256: null, error: reason };
}

/** `value`, marked for piscina to transfer `buffers` to the main thread instead of copying them. */
export function moving<T>(value: T, buffers: ArrayBuffer[]): T {
  const movable = { [Piscina.transferableSymbol]: buffers, [Piscina.valueSymbol]: value } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable) as unknown as T;
}

/** Stage times to a tenth of a millisecond. */
function rounded(stages: StageTimes): StageTimes {
  return Object.fromEntries(Object.entries(stages).map(([name, ms]) => [name, Math.round(ms * 10) / 10]));
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}
