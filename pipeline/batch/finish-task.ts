/**
 * A task's second half, on the thread that runs the stages: the extracted document through every
 * stage, its JSON written to a temporary file (the main thread decides the final name, collisions
 * included, and renames it) and its corpus rows made.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { StageTimes, UnDocument } from "../../src/index.js";
import { runStages } from "../../src/stages.js";
import { documentBytes, toDocumentJson } from "../../src/output/to-json.js";
import { outputPath } from "../../src/output/output-path.js";
import { ByteSink } from "../../src/output/byte-sink.js";
import { writeAtomic } from "../write-atomic.js";
import { chunkBuffers, corpusChunks, documentIdOf } from "../corpus/corpus-chunks.js";
import { RemoteSegmenter } from "./segmenter-service.js";
import { moving } from "./task-result.js";
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

/** Stage times to a tenth of a millisecond. */
function rounded(stages: StageTimes): StageTimes {
  return Object.fromEntries(Object.entries(stages).map(([name, ms]) => [name, Math.round(ms * 10) / 10]));
}
