/**
 * `uncorpus queue add|status|retry-failed`: fill and watch the Redis queue that workers take from.
 * BullMQ and ioredis load only when a queue command runs, so `uncorpus --help` stays quick.
 */
import { parseArgs } from "node:util";
import { collectInputs } from "../inputs.js";
import type { Redis } from "ioredis";
import { usageError } from "./usage-error.js";

export const QUEUE_HELP = `Usage: uncorpus queue add <files|folders|globs|-…> --redis URL --out DIR [--no-tokens] [--pos] [--user-dict FILE]
       uncorpus queue status --redis URL [--json] [--watch]
       uncorpus queue retry-failed --redis URL

  add            one job per input, its id the input's SHA-256 (adding a file twice does nothing);
                 paths are stored absolute: workers must see the inputs at the same paths
  status         waiting, active, completed, failed, delayed, pages and pages/s (--watch: every
                 2 seconds until nothing is waiting, active or delayed)
  retry-failed   puts every failed job back in the queue
  --queue NAME   queue name (default: uncorpus)`;

/** Seconds between two status reports with --watch. */
const WATCH_SECONDS = 2;

export async function queueCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        redis: { type: "string" },
        out: { type: "string" },
        queue: { type: "string" },
        json: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        "no-tokens": { type: "boolean", default: false },
        pos: { type: "boolean", default: false },
        "user-dict": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usageError(error);
  }
  const { values, positionals } = parsed;
  const [action, ...args] = positionals;
  if (values.help || action === undefined) {
    process.stdout.write(QUEUE_HELP + "\n");
    return values.help ? 0 : 2;
  }
  if (values.redis === undefined) return usageError(`queue ${action} needs --redis URL`);
  const queue = values.queue;
  if (action === "add") {
    if (values.out === undefined) return usageError("queue add needs --out DIR (the shared output folder)");
    let inputs;
    try {
      inputs = await collectInputs(args.length > 0 ? args : ["input"]);
    } catch (error) {
      return usageError(error);
    }
    const userDict = values["user-dict"];
    return withConnection(values.redis, async (connection) => {
      const { addJobs } = await import("../queue/add-jobs.js");
      const result = await addJobs(connection, inputs, {
        out: values.out!,
        tokenize: !values["no-tokens"],
        pos: values.pos,
        ...(userDict === undefined ? {} : { userDict }),
        ...(queue === undefined ? {} : { queue }),
      });
      process.stderr.write(`uncorpus: ${result.added} jobs added, ${result.present} already in the queue\n`);
      return 0;
    });
  }
  if (action === "status") {
    return withConnection(values.redis, async (connection) => {
      const { formatStatus, queueStatus } = await import("../queue/queue-status.js");
      for (;;) {
        const status = await queueStatus(connection, queue);
        process.stdout.write(values.json ? JSON.stringify(status) + "\n" : formatStatus(status));
        if (!values.watch || status.waiting + status.active + status.delayed === 0) return 0;
        await new Promise((done) => setTimeout(done, WATCH_SECONDS * 1000));
        if (!values.json) process.stdout.write("\n");
      }
    });
  }
  if (action === "retry-failed") {
    return withConnection(values.redis, async (connection) => {
      const { retryFailed } = await import("../queue/queue-status.js");
      const count = await retryFailed(connection, queue);
      process.stderr.write(`uncorpus: ${count} failed jobs put back in the queue\n`);
      return 0;
    });
  }
  return usageError(`unknown queue action "${action}" (add, status, retry-failed)`);
}

async function withConnection(url: string, fn: (connection: Redis) => Promise<number>): Promise<number> {
  const { connect } = await import("../queue/connection.js");
  const connection = connect(url);
  try {
    return await fn(connection);
  } catch (error) {
    return usageError(`redis ${url}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    connection.disconnect();
  }
}
