/**
 * The worker pool: piscina threads, one document per task, each task under a time limit
 * (the worker is terminated when it runs over) and each thread under a heap limit (V8 ends
 * the thread when the document needs more). Either way only that document fails, with a reason.
 */
import { extname } from "node:path";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { Piscina } from "piscina";
import { packedBuffers } from "../../src/extract/packed-document.js";
import type { ExtractResult, ExtractedTask, Task, TaskResult } from "./task.js";

export interface PoolOptions {
  threads: number;
  /** Per-document time limit in seconds. */
  timeoutSeconds: number;
  /** Per-thread old-generation heap limit in MB. */
  memoryMb: number;
}

export interface Pool {
  /** Runs one task; `transferList` moves what the task holds (its segmenter port) to the worker. */
  run(task: Task, transferList?: readonly MessagePort[]): Promise<TaskResult>;
  destroy(): Promise<void>;
}

const WORKER_FILE = siblingModule("worker", import.meta.url);
const EXTRACT_WORKER_FILE = siblingModule("extract-worker", import.meta.url);
const STAGES_WORKER_FILE = siblingModule("stages-worker", import.meta.url);

/**
 * Each worker's young generation (V8's default is smaller). A document allocates hundreds of MB
 * of short-lived objects (pdf.js items, lines, syntax trees); with more room fewer of them are
 * copied and promoted before they die, so less GC work competes for the cores: on the corpus,
 * 2 workers 169–170 → 185–186 pages/s, 1 worker within noise, peak RSS about the same
 * (docs/batch.md).
 */
const YOUNG_GENERATION_MB = 64;

/**
 * With one thread, each task runs whole on it (worker.ts). With more, each document is split in
 * two: pdf.js's extraction on one set of threads (extract-worker.ts), the stages and the output
 * on another (stages-worker.ts), half the threads each (rounded up), the extracted pages moved
 * between them packed (packed-document.ts). The two halves of a document's work are about even
 * (extraction ~55 %), and while one thread extracts a document the other finishes the one
 * before. Why split: every thread's V8 compiles, and recompiles as new documents bring new
 * object shapes, the code it runs; a thread that runs everything compiles pdf.js and all the
 * stages, one that runs half compiles half. On two cores that compiling was about a third of a
 * run's CPU (docs/batch.md, "End to end, third pass").
 */
export function createPool(options: PoolOptions): Pool {
  if (options.threads < 2) {
    const whole = newPiscina<Task, TaskResult>(WORKER_FILE, options.threads, options);
    return {
      run: (task, transferList = []) => timed(options, (budget) => budget.run(whole, task, transferList)),
      destroy: () => whole.destroy(),
    };
  }
  const half = Math.ceil(options.threads / 2);
  const extractors = newPiscina<Task, ExtractResult>(EXTRACT_WORKER_FILE, half, options);
  const finishers = newPiscina<ExtractedTask, TaskResult>(STAGES_WORKER_FILE, half, options);
  return {
    run: (task, transferList = []) =>
      timed(options, async (budget) => {
        // The segmenter's port is for the thread that tokenizes.
        const { segmenterPort, ...extractOnly } = task;
        const extracted = await budget.run(extractors, extractOnly, []);
        if (extracted.status === "failed") return extracted;
        const { packed, ms } = extracted;
        return budget.run(finishers, { ...task, extracted: { packed, ms } }, transferList, packedBuffers(packed));
      }),
    async destroy() {
      await Promise.all([extractors.destroy(), finishers.destroy()]);
    },
  };
}

function newPiscina<T, R>(filename: string, threads: number, options: PoolOptions): Piscina<T, R> {
  return new Piscina<T, R>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    // tsx's loader when running from source, so the worker can import TypeScript.
    execArgv: workerExecArgv(),
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

/** The per-document time limit, shared by the parts of a document's work. */
interface Budget {
  run<T extends object, R>(piscina: Piscina<T, R>, task: T, ports: readonly MessagePort[], buffers?: readonly ArrayBuffer[]): Promise<R>;
}

/**
 * `work` under the document's time limit, which counts only while a worker has the document: it
 * starts when a worker starts a part (it says so on `startPort`), not when the part is submitted
 * (a thread's start-up and a loaded machine's queue are not the document's doing), and pauses
 * between parts. A part that runs over is ended (piscina terminates its worker); the document
 * fails with the reason, as it does when V8 ends a worker at its heap limit.
 */
async function timed(options: PoolOptions, work: (budget: Budget) => Promise<TaskResult>): Promise<TaskResult> {
  let leftMs = options.timeoutSeconds * 1000;
  const budget: Budget = {
    async run(piscina, task, ports, buffers = []) {
      const controller = new AbortController();
      const { port1, port2 } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      let started = 0;
      port1.once("message", () => {
        started = performance.now();
        timer = setTimeout(() => controller.abort(), Math.max(0, leftMs));
      });
      try {
        return await piscina.run({ ...task, startPort: port2 }, { signal: controller.signal, transferList: [...ports, ...buffers, port2] as never });
      } finally {
        clearTimeout(timer);
        if (started !== 0) leftMs -= performance.now() - started;
        port1.close();
      }
    },
  };
  try {
    return await work(budget);
  } catch (error) {
    return { status: "failed", sha256: null, error: reasonFor(error, options) };
  }
}

/** One line for a task the pool itself had to end. */
function reasonFor(error: unknown, options: PoolOptions): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return `out of memory (heap limit ${options.memoryMb} MB)`;
  if (error instanceof Error && error.name === "AbortError") return `timeout after ${options.timeoutSeconds} s`;
  const text = error instanceof Error ? error.message : String(error);
  return `internal error: ${text.replace(/\s+/g, " ").trim()}`;
}

/**
 * A worker module next to the module `from` (its import.meta.url), with the caller's extension:
 * `worker.ts` when running from source under tsx, `worker.js` when compiled (dist/, installed package).
 */
export function siblingModule(name: string, from: string): string {
  return new URL(`./${name}${extname(new URL(from).pathname)}`, from).href;
}

/**
 * The parent's `execArgv`, plus tsx's loader when running from source so a worker thread can load
 * TypeScript (inherited from the parent when started via tsx). Compiled code needs no loader.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv, fromSource = import.meta.url.endsWith(".ts")): string[] {
  if (!fromSource) return [...execArgv];
  const joined = execArgv.join(" ");
  return /\btsx\b/.test(joined) ? [...execArgv] : [...execArgv, "--import", "tsx"];
}
