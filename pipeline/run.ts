/**
 * Orchestration of a batch run: hash the inputs, skip the ones resume finds complete, run the
 * rest on the worker pool, commit results in sorted input order (names, manifest, failure lines
 * are the same whatever order workers finish in) and append each committed document to the
 * corpus files as it goes, so the run ends with its last document. No heuristics here.
 */
import { availableParallelism } from "node:os";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { PipelineOptions } from "../src/index.js";
import { CorpusWriter, documentId } from "./corpus/write-corpus.js";
import { MANIFEST_FILE, ManifestWriter, type InputOutcome, type ManifestLine, type Status, type Summary } from "./batch/manifest.js";
import { createPool } from "./batch/pool.js";
import { runTask } from "./batch/run-task.js";
import { createProgress, type Progress } from "./batch/progress.js";
import { sumStages } from "./batch/profile.js";
import { SegmenterService } from "./batch/segmenter-service.js";
import { hashFile, ResumeIndex, resumeKey, STATE_DIR, type ResumeEntry } from "./batch/resume.js";
import type { Fault as WorkerFault, TaskResult } from "./batch/task.js";
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS } from "./batch/limits.js";

export interface RunResult extends InputOutcome {
  input: string;
  /** `<out>/<lang>/<symbol>.json`, or null when the document failed. */
  output: string | null;
  /** With profile on: milliseconds per stage (processed documents only). */
  stages?: Record<string, number>;
}

export interface RunOptions extends PipelineOptions {
  out: string;
  /** Worker threads (default: the machine's available parallelism). */
  jobs?: number;
  /** Per-document time limit in seconds. */
  timeoutSeconds?: number;
  /** Per-worker heap limit in MB. */
  memoryMb?: number;
  /** Redo documents that resume would skip. */
  force?: boolean;
  /** Write the corpus files (default true), in input order as documents are committed. */
  corpus?: boolean;
  /** What the run shows (default: failure lines on stderr only). */
  progress?: Progress;
  /** Time every stage of every document, into the manifest (--profile). */
  profile?: boolean;
  /** Test-only: make the task for an input (absolute path) misbehave. */
  faults?: ReadonlyMap<string, Fault>;
}

/**
 * Test-only: a worker fault (task.ts), or "slow": the document's outcome is held back until every
 * other document has finished (commit order must not change).
 */
export type Fault = WorkerFault | "slow";


/** One input in sorted order, with what resume decided before anything ran. */
interface Planned {
  input: string;
  sha256: string | null;
  skip: (ResumeEntry & { pages: number }) | null;
}

export async function runDocuments(inputs: readonly string[], options: RunOptions): Promise<RunResult[]> {
  const started = performance.now();
  const out = resolve(options.out);
  const progress = options.progress ?? createProgress("quiet", { stdout: () => {}, stderr: (t) => process.stderr.write(t) });
  const pipelineOptions = pickPipelineOptions(options);
  const key = await resumeKey(pipelineOptions);
  const index = await ResumeIndex.load(out);
  const tempDir = join(out, STATE_DIR, "tmp");
  await rm(tempDir, { recursive: true, force: true });
  await mkdir(tempDir, { recursive: true });
  const manifest = await ManifestWriter.open(join(out, MANIFEST_FILE));
  const corpus = (options.corpus ?? true) ? await CorpusWriter.open(out) : null;

  const sorted = [...inputs].sort();
  const poolOptions = (threads: number) => ({
    threads,
    timeoutSeconds: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB,
  });
  const wantedJobs = (toProcess: number) => Math.max(1, Math.min(options.jobs ?? availableParallelism(), toProcess));
  // With no earlier output to resume from (or --force), every input will be processed: the
  // worker threads start now, loading pdf.js while the inputs are hashed, not after.
  const fresh = (options.force ?? false) || index.outputs().size === 0;
  const early = fresh && sorted.length > 0 ? createPool(poolOptions(wantedJobs(sorted.length))) : null;
  let planned: Planned[];
  try {
    // A fresh run skips nothing, so the first documents go to the workers without waiting for
    // every input to be hashed; each is hashed on the main thread while a worker processes it.
    planned = fresh ? sorted.map((input) => ({ input, sha256: null, skip: null })) : await plan(sorted, index, key);
  } catch (error) {
    await early?.destroy();
    throw error;
  }
  // Names already taken by other documents' output (earlier runs, then this run in input order):
  // a document with the same symbol and language gets a suffix instead of overwriting them.
  const claimed = index.outputs();

  const results: RunResult[] = new Array<RunResult>(planned.length);
  const waiting = new Map<number, { item: Planned; outcome: TaskResult | "skipped"; ms: number }>();
  let nextCommit = 0;
  let commitChain = Promise.resolve();
  const commitReady = async (): Promise<void> => {
    for (let entry = waiting.get(nextCommit); entry !== undefined; entry = waiting.get(nextCommit)) {
      waiting.delete(nextCommit);
      const result = await commit(entry.item, entry.outcome, entry.ms, { out, claimed, index, key });
      results[nextCommit] = result;
      if (corpus !== null && result.output !== null) await addToCorpus(corpus, entry.outcome, result.output, out);
      const line = toLine(result, out);
      await manifest.write(line);
      progress.committed(line);
      nextCommit++;
    }
  };

  progress.start(planned.length);
  // No more threads than documents to process (none at all when resume skips everything).
  const toProcess = planned.filter((item) => item.skip === null).length;
  const jobs = wantedJobs(toProcess);
  // (When started early, toProcess is every input, so the early pool has these threads.)
  const pool = toProcess === 0 ? null : (early ?? createPool(poolOptions(jobs)));
  // One nodejieba for the run, on a thread of its own, instead of one per worker (segmenter-service.ts).
  const segmenter = pipelineOptions.tokenize === false ? null : new SegmenterService(pipelineOptions.userDict);
  // Test-only: a "slow" document's outcome is held back until every other task has finished, so
  // the reorder it exists to show happens whatever the machine's load.
  let othersLeft = planned.filter((item) => item.skip === null && options.faults?.get(item.input) !== "slow").length;
  let releaseSlow = (): void => {};
  const othersDone = new Promise<void>((resolve) => (releaseSlow = resolve));
  if (othersLeft === 0) releaseSlow();
  let cursor = 0;
  const runner = async (): Promise<void> => {
    for (let i = cursor++; i < planned.length; i = cursor++) {
      const item = planned[i]!;
      const begin = performance.now();
      const fault = options.faults?.get(item.input);
      const task = {
        input: item.input,
        tempDir,
        options: pipelineOptions,
        corpus: corpus !== null,
        profile: options.profile === true,
        ...(fault === undefined || fault === "slow" ? {} : { fault }),
      };
      const hashing = fresh ? hashFile(item.input).catch(() => null) : null;
      const outcome: TaskResult | "skipped" = item.skip !== null || pool === null ? "skipped" : await runTask(pool, segmenter, task);
      if (hashing !== null) item.sha256 = await hashing;
      if (outcome !== "skipped" && fault !== "slow" && --othersLeft === 0) releaseSlow();
      if (fault === "slow") await othersDone;
      const ms = Math.round(performance.now() - begin);
      waiting.set(i, { item, outcome, ms });
      progress.finished(toLine(preview(item, outcome, ms), out));
      // Not awaited: this runner goes on while an earlier, slower document holds the commits back.
      commitChain = commitChain.then(commitReady);
      // Awaited after the runners; marked handled here so that Node does not end the run first.
      commitChain.catch(() => undefined);
    }
  };
  try {
    // One runner more than workers: the pool always holds the next document, so a worker that
    // finishes starts it at once instead of waiting for the main thread to take its result and
    // commit it (that wait was ~10 % of a worker's time on the raw corpus). The time limit starts
    // only when a worker starts a document (pool.ts), so waiting in the pool costs it nothing.
    await Promise.all(Array.from({ length: jobs + 1 }, runner));
    await commitChain;
    await corpus?.close();
  } catch (error) {
    await corpus?.abort();
    throw error;
  } finally {
    await pool?.destroy();
    await segmenter?.close();
  }

  const summary = summarise(results, (performance.now() - started) / 1000);
  await manifest.close(summary);
  await index.compact();
  await rm(tempDir, { recursive: true, force: true });
  progress.end(summary);
  return results;
}

/**
 * A committed document's rows into the corpus: the ones its worker made, when the name it gave
 * them is the name the commit kept; else (a variant renamed, or a document resume skipped) read
 * from its JSON file.
 */
async function addToCorpus(corpus: CorpusWriter, outcome: TaskResult | "skipped", output: string, out: string): Promise<void> {
  const made = outcome === "skipped" || outcome.status !== "ok" ? undefined : outcome.corpus;
  if (made !== undefined && made.document === documentId(output, out)) await corpus.add(made);
  else await corpus.addFile(output);
}

/** Each input hashed and looked up in the resume index (a run with earlier output, no --force). */
async function plan(sorted: readonly string[], index: ResumeIndex, key: string): Promise<Planned[]> {
  const planned: Planned[] = [];
  for (const input of sorted) {
    const sha256 = await hashFile(input).catch(() => null);
    const skip = sha256 === null ? null : await index.complete(sha256, key);
    planned.push({ input, sha256, skip });
  }
  return planned;
}

interface CommitContext {
  out: string;
  claimed: Map<string, string>;
  index: ResumeIndex;
  key: string;
}

/** Puts one finished document in place; runs in sorted input order only. */
async function commit(item: Planned, outcome: TaskResult | "skipped", ms: number, context: CommitContext): Promise<RunResult> {
  const base = { input: item.input, ms };
  if (outcome === "skipped") {
    const skip = item.skip!;
    return { ...base, sha256: skip.sha256, status: "skipped", output: join(context.out, skip.output), pages: skip.pages, error: null };
  }
  if (outcome.status === "failed") {
    return { ...base, sha256: outcome.sha256 ?? item.sha256, status: "failed", output: null, pages: 0, error: outcome.error };
  }
  let rel = outcome.rel;
  // Two inputs with one symbol and language (e.g. variants of a document): the later one in
  // sorted input order gets its content hash in the name, so nothing is overwritten.
  const owner = context.claimed.get(rel);
  if (owner !== undefined && owner !== outcome.sha256) rel = variantPath(rel, outcome.sha256);
  const target = resolve(context.out, rel);
  if (!isInside(context.out, target)) {
    await rm(outcome.tempFile, { force: true });
    const error = `internal error: output path escapes the output folder: ${rel}`;
    return { ...base, sha256: outcome.sha256, status: "failed", output: null, pages: 0, error };
  }
  try {
    await mkdir(dirname(target), { recursive: true });
    await rename(outcome.tempFile, target);
  } catch (error) {
    // A name the file system refuses (ENAMETOOLONG) or a folder where a file stands (or the
    // reverse: "A/1.json" then "A/1.json/2"): this document fails, the run goes on.
    await rm(outcome.tempFile, { force: true });
    return { ...base, sha256: outcome.sha256, status: "failed", output: null, pages: 0, error: `cannot write ${rel}: ${fsReason(error)}` };
  }
  context.claimed.set(rel, outcome.sha256);
  await context.index.record({ sha256: outcome.sha256, key: context.key, output: rel });
  const stages = outcome.stages === undefined ? {} : { stages: outcome.stages };
  return { ...base, sha256: outcome.sha256, status: "ok", output: join(context.out, rel), pages: outcome.pages, error: null, ...stages };
}

/** "ENAMETOOLONG (name too long)" from a file-system error, on one line. */
function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
  const detail = /^[A-Z]+: ([^,]+)/.exec(text)?.[1] ?? text;
  return typeof code === "string" ? `${code} (${detail})` : detail;
}

/** What the progress display needs before the commit decides the final name. */
function preview(item: Planned, outcome: TaskResult | "skipped", ms: number): RunResult {
  const base = { input: item.input, sha256: item.sha256, ms, output: null, error: null };
  if (outcome === "skipped") return { ...base, status: "skipped", pages: 0 };
  if (outcome.status === "failed") return { ...base, status: "failed", pages: 0, error: outcome.error };
  return { ...base, status: "ok", pages: outcome.pages };
}

function toLine(result: RunResult, out: string): ManifestLine {
  return {
    path: result.input,
    sha256: result.sha256,
    status: result.status,
    output: result.output === null ? null : relative(out, result.output).split(sep).join("/"),
    pages: result.pages,
    ms: result.ms,
    error: result.error,
    ...(result.stages === undefined ? {} : { stages: result.stages }),
  };
}

function summarise(results: readonly RunResult[], seconds: number): Summary {
  const counts: Record<Status, number> = { ok: 0, skipped: 0, failed: 0 };
  let pages = 0;
  for (const result of results) {
    counts[result.status]++;
    if (result.status === "ok") pages += result.pages;
  }
  const stages = sumStages(results);
  const rounded = Math.round(seconds * 1000) / 1000;
  const summary: Summary = { summary: true, documents: results.length, counts, pages, seconds: rounded, pagesPerSecond: seconds > 0 ? Math.round((pages / seconds) * 10) / 10 : 0 };
  if (stages !== undefined) summary.stages = Object.fromEntries(Object.entries(stages).map(([name, ms]) => [name, Math.round(ms)]));
  return summary;
}

function pickPipelineOptions(options: RunOptions): PipelineOptions {
  const picked: PipelineOptions = {};
  if (options.tokenize !== undefined) picked.tokenize = options.tokenize;
  if (options.pos !== undefined) picked.pos = options.pos;
  if (options.userDict !== undefined) picked.userDict = options.userDict;
  if (options.maxPages !== undefined) picked.maxPages = options.maxPages;
  if (options.maxBytes !== undefined) picked.maxBytes = options.maxBytes;
  return picked;
}

/** The name a second document with the same symbol and language gets: its content hash added. */
export function variantPath(rel: string, sha256: string): string {
  return rel.replace(/\.json$/, `~${sha256.slice(0, 12)}.json`);
}

export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
