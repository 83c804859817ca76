/** `uncorpus worker`: take documents from the Redis queue until SIGTERM or SIGINT (BullMQ loads only then). */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { positiveNumber } from "./positive-number.js";
import { usageError } from "./usage-error.js";

/** After a clean close, the longest the process may linger before it exits anyway. */
const EXIT_GRACE_MS = 2000;

export const WORKER_HELP = `Usage: uncorpus worker --redis URL --out DIR [--jobs N] [--timeout S] [--memory MB]

Takes jobs from the queue (\`uncorpus queue add\`) and runs them in a pool of N worker threads
(default: the cores) under the same per-document time and memory limits as \`uncorpus run\`,
writing per-document JSON atomically to DIR, which every worker must see (shared storage).
SIGTERM or SIGINT: finish the jobs in hand, take no more, exit. A worker that dies has its jobs
taken over by another after --stall S seconds (default 30).
  --queue NAME   queue name (default: uncorpus)
  --quiet        print only failures`;

export async function workerCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        redis: { type: "string" },
        out: { type: "string" },
        jobs: { type: "string" },
        timeout: { type: "string" },
        memory: { type: "string" },
        stall: { type: "string" },
        queue: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usageError(error);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(WORKER_HELP + "\n");
    return 0;
  }
  if (values.redis === undefined || values.out === undefined) return usageError("worker needs --redis URL and --out DIR");
  const numbers: Record<string, number | undefined> = {};
  for (const flag of ["jobs", "timeout", "memory", "stall"] as const) {
    const n = positiveNumber(`--${flag}`, values[flag], flag === "jobs" || flag === "memory");
    if (typeof n === "string") return usageError(n);
    if (n !== undefined) numbers[flag] = n;
  }
  const stallMs = numbers["stall"] === undefined ? undefined : Math.round(numbers["stall"] * 1000);
  const quiet = values.quiet;
  const { startQueueWorker } = await import("../queue/queue-worker.js");
  const worker = await startQueueWorker({
    redis: values.redis,
    out: values.out,
    jobs: Math.round(numbers["jobs"] ?? availableParallelism()),
    log: (line) => {
      if (!quiet || !line.includes(" → ")) process.stderr.write(line + "\n");
    },
    ...(numbers["timeout"] === undefined ? {} : { timeoutSeconds: numbers["timeout"] }),
    ...(numbers["memory"] === undefined ? {} : { memoryMb: Math.round(numbers["memory"]) }),
    ...(stallMs === undefined ? {} : { stall: { lockMs: stallMs, stalledIntervalMs: stallMs } }),
    ...(values.queue === undefined ? {} : { queue: values.queue }),
  });
  process.stderr.write(`uncorpus worker: taking jobs from ${values.redis}, writing to ${values.out}\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.stderr.write("uncorpus worker: finishing the jobs in hand, taking no more\n");
      done();
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  await worker.close();
  // Everything is closed; should a library still hold a handle, it must not keep the process.
  setTimeout(() => process.exit(0), EXIT_GRACE_MS).unref();
  return 0;
}
