/**
 * The worker pool: piscina threads, one document per task, each task under a time limit
 * (the worker is terminated when it runs over) and each thread under a heap limit (V8 ends
 * the thread when the document needs more). Either way only that document fails, with a reason.
 */
import { extname } from "node:path";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { Piscina } from "piscina";
import type { Task, TaskResult } from "./task.js";

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

/**
 * Each worker's young generation (V8's default is smaller). A document allocates hundreds of MB
 * of short-lived objects (pdf.js items, lines, syntax trees); with more room fewer of them are
 * copied and promoted before they die, so less GC work competes for the cores: on the corpus,
 * 2 workers 169–170 → 185–186 pages/s, 1 worker within noise, peak RSS about the same
 * (docs/batch.md).
 */
const YOUNG_GENERATION_MB = 64;

export function createPool(options: PoolOptions): Pool {
  const piscina = new Piscina<Task, TaskResult>({
    filename: WORKER_FILE,
    minThreads: options.threads,
    maxThreads: options.threads,
    // tsx's loader when running from source, so the worker can import TypeScript.
    execArgv: workerExecArgv(),
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    // The time limit starts when the worker starts the task (it says so on `startPort`), not
    // when the task is submitted: a thread's start-up and a loaded machine's queue are not the
    // document's doing.
    async run(task, transferList = []) {
      const controller = new AbortController();
      const { port1, port2 } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      port1.once("message", () => {
        timer = setTimeout(() => controller.abort(), options.timeoutSeconds * 1000);
      });
      try {
        return await piscina.run({ ...task, startPort: port2 }, { signal: controller.signal, transferList: [...transferList, port2] as never });
      } catch (error) {
        return { status: "failed", sha256: null, error: reasonFor(error, options) };
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    },
    async destroy() {
      await piscina.destroy();
    },
  };
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
