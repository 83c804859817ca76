/**
 * `npm run bench:queue` (also the last part of `npm run bench`): the distributed run on one
 * machine, over loopback to a redis-server this script starts and stops.
 *   (f1) what one Redis instance carries: jobs added per second (addBulk) and taken and
 *        completed per second by no-op BullMQ workers, the queue's ceiling whatever the pipeline;
 *   (f2) the pipeline through the queue on one worker process vs two (`uncorpus worker --jobs 1`
 *        each), beside `uncorpus run --jobs 1` on the same files: the queue's overhead per
 *        document is (queue, 1 process − run, 1 job) / documents.
 * Usage: npm run bench:queue -- [--corpus DIR] [--jobs-count N]
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { redisMissing, startRedis } from "../test/support/redis-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "pipeline", "cli.ts");
/** No-op workers' concurrency when measuring Redis alone. */
const NOOP_CONCURRENCY = 50;

/** Folders this run made, removed when it exits (declared before the measuring code runs). */
const temporary: string[] = [];
function tmp(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `uncorpus-bench-${name}-`));
  temporary.push(dir);
  return dir;
}
process.on("exit", () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: join(ROOT, "..", "shared", "corpus", "raw", "en") },
    "jobs-count": { type: "string", default: "5000" },
  },
});

const missing = redisMissing();
if (missing !== null) {
  console.log(`bench:queue skipped: ${missing}`);
  process.exit(0);
}
const server = await startRedis();
const connection = (): Redis => new Redis(server.url, { maxRetriesPerRequest: null });
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, load ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);

try {
  // (f1) Redis alone.
  const count = Number(values["jobs-count"]);
  const queue = new Queue("bench", { connection: connection() });
  let started = performance.now();
  for (let i = 0; i < count; i += 500) {
    await queue.addBulk(Array.from({ length: Math.min(500, count - i) }, (_, j) => ({ name: "noop", data: { i: i + j }, opts: { jobId: `job-${i + j}` } })));
  }
  const addSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  let completed = 0;
  await new Promise<void>((done) => {
    const worker = new Worker("bench", async () => null, { connection: connection(), concurrency: NOOP_CONCURRENCY });
    worker.on("completed", () => {
      if (++completed === count) void worker.close().then(done);
    });
  });
  const takeSeconds = (performance.now() - started) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  console.log(`(f1) one Redis: ${Math.round(count / addSeconds)} jobs/s added, ${Math.round(count / takeSeconds)} jobs/s taken and completed (${count} no-op jobs, concurrency ${NOOP_CONCURRENCY})`);

  // (f2) The pipeline through the queue.
  const files = readdirSync(values.corpus).filter((f) => f.endsWith(".pdf")).map((f) => join(values.corpus, f)).sort();
  const local = timeIt(() => cliSync(["run", ...files, "--out", tmp("local"), "--jobs", "1", "--quiet"]));
  const one = await throughQueue(files, 1);
  const two = await throughQueue(files, 2);
  // Workers write per-document JSON only; a run also writes the corpus files (stringified on its
  // worker threads). Like for like: the queue's time plus `uncorpus corpus` on its folder.
  const corpusSeconds = timeIt(() => cliSync(["corpus", one.out]));
  const overheadMs = ((one.seconds + corpusSeconds - local) * 1000) / files.length;
  console.log(`(f2) ${files.length} documents from ${values.corpus}:`);
  console.log(`     uncorpus run --jobs 1 (JSON + corpus files)   ${local.toFixed(1)} s`);
  console.log(`     queue, 1 worker process (JSON)                ${one.seconds.toFixed(1)} s, + uncorpus corpus ${corpusSeconds.toFixed(1)} s`);
  console.log(`       → queue overhead ${overheadMs.toFixed(0)} ms per document (queue + corpus − run, ÷ documents)`);
  console.log(`     queue, 2 worker processes (JSON)              ${two.seconds.toFixed(1)} s   (${(one.seconds / two.seconds).toFixed(2)}× one)`);
} finally {
  await server.stop();
}
// The measuring connections would keep trying the stopped server.
process.exit(0);

async function throughQueue(files: string[], processes: number): Promise<{ seconds: number; out: string }> {
  const queueName = `bench-${processes}`;
  const out = tmp(`queue-${processes}`);
  cliSync(["queue", "add", ...files, "--redis", server.url, "--out", out, "--queue", queueName]);
  const started = performance.now();
  const workers = Array.from({ length: processes }, () =>
    spawn(process.execPath, ["--import", "tsx", CLI, "worker", "--redis", server.url, "--out", out, "--jobs", "1", "--queue", queueName, "--quiet"], { stdio: "ignore" }),
  );
  const queue = new Queue(queueName, { connection: connection() });
  for (;;) {
    const counts = await queue.getJobCounts("completed", "failed");
    if ((counts["completed"] ?? 0) + (counts["failed"] ?? 0) === files.length) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  await queue.close();
  for (const worker of workers) worker.kill("SIGTERM");
  await Promise.all(workers.map((w) => new Promise((done) => w.once("exit", done))));
  return { seconds, out };
}

function cliSync(args: string[]): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: ROOT, stdio: "ignore" });
  if (result.status !== 0 && result.status !== 1) throw new Error(`uncorpus ${args[0]} exited ${result.status}`);
}

function timeIt(fn: () => void): number {
  const started = performance.now();
  fn();
  return (performance.now() - started) / 1000;
}

