/** What the main thread sends a pool worker for one document, and what comes back. */
import type { MessagePort } from "node:worker_threads";
import type { PipelineOptions } from "../../src/index.js";
import type { CorpusChunks } from "../corpus/corpus-chunks.js";
import type { PackedDocument } from "../../src/extract/packed-document.js";

/**
 * Test-only faults a worker acts out: "hang" and "allocate" show the time and memory limits
 * failing one document while it is extracted, "hang-late" the time limit once it has been (in
 * its stages). (The run's "slow" fault is the main thread's: run.ts.)
 */
export type Fault = "hang" | "allocate" | "hang-late";

export interface Task {
  /** Absolute input path. */
  input: string;
  /** Output folder (absolute); the worker writes its JSON to `tempDir` inside it. */
  tempDir: string;
  options: PipelineOptions;
  /** Where the worker says it has started the task (the pool's time limit starts then). */
  startPort?: MessagePort;
  /** Where the worker asks the run's one nodejieba (segmenter-service.ts); absent with tokenize off. */
  segmenterPort?: MessagePort;
  /** Also make the document's corpus rows (the run writes the corpus as it goes). */
  corpus?: boolean;
  /** Time every stage (uncorpus run --profile). */
  profile?: boolean;
  fault?: Fault;
}

/** A task whose document an extract-worker.ts thread has extracted, for a stages-worker.ts thread. */
export interface ExtractedTask extends Task {
  extracted: { packed: PackedDocument; ms: number };
}

/** What an extract-worker.ts thread gives back: the document packed, or why it failed. */
export type ExtractResult = { status: "extracted"; packed: PackedDocument; ms: number } | (TaskResult & { status: "failed" });

export type TaskResult =
  | {
      status: "ok";
      sha256: string;
      /** `<lang>/<symbol>.json` as outputPath gives it, before collision handling. */
      rel: string;
      /** Complete JSON, waiting to be renamed into place by the main thread. */
      tempFile: string;
      pages: number;
      /** The document's corpus rows under the id its name gives, when the task asked for them. */
      corpus?: CorpusChunks;
      /** Milliseconds per stage ("extract", the stages of src/stages.ts, "write"), with profile on. */
      stages?: Record<string, number>;
    }
  | { status: "failed"; sha256: string | null; error: string };
