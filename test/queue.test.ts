import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { writePdf } from "./support/pdf-writer.js";
import { redisMissing, startRedis, type RedisServer } from "./support/redis-server.js";
import { runDocuments } from "../pipeline/run.js";
import type { QueueStatus } from "../pipeline/queue/queue-status.js";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "pipeline", "cli.ts");
const SHARED = resolve(ROOT, "..", "shared", "corpus");
/** Seconds after which a dead worker's job is taken over, short for the test. */
const STALL_SECONDS = 10;
/** The longest a queue test waits for the queue to drain. */
const DRAIN_TIMEOUT_MS = 8 * 60 * 1000;

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function startWorker(redis: string, out: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "worker", "--redis", redis, "--out", out, "--jobs", "1", "--stall", String(STALL_SECONDS), "--quiet"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr!.resume();
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((done) => child.once("exit", (code) => done(code)));
}

function status(redis: string): QueueStatus {
  const result = cli(["queue", "status", "--redis", redis, "--json"]);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as QueueStatus;
}

async function drained(redis: string, total: number): Promise<QueueStatus> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const now = status(redis);
    if (now.completed + now.failed === total && now.active + now.waiting + now.delayed === 0) return now;
    assert.ok(Date.now() < deadline, `queue not drained: ${JSON.stringify(now)}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

/** Every file under `dir` (per-document JSON and corpus), relative path → bytes, state folder and logs left out. */
function outputs(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      const rel = relative(dir, full);
      if (rel === ".uncorpus" || rel === "manifest.jsonl") continue;
      if (entry.isDirectory()) walk(full);
      else found.set(rel, readFileSync(full, "latin1"));
    }
  };
  walk(dir);
  return found;
}

/**
 * The two folders byte for byte: per-document JSON, and the corpus files — `uncorpus corpus` on
 * the queue's folder against the corpus the local run streamed (documents in input order).
 */
function assertSameOutput(queued: string, local: string): void {
  const a = outputs(queued);
  const b = outputs(local);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [rel, bytes] of b) assert.ok(a.get(rel) === bytes, `${rel} differs between the queue and a local run`);
}

/** The `count` smallest PDFs of a folder. */
function pdfsIn(dir: string, count: number): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(a).size - statSync(b).size || (a < b ? -1 : 1))
    .slice(0, count);
}

/** The queue, over a connection of the test's own that is closed after `fn`. */
async function withQueue<T>(url: string, fn: (queue: Queue) => Promise<T>): Promise<T> {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue("uncorpus", { connection });
  try {
    return await fn(queue);
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

function onePage(text: string): Uint8Array {
  return writePdf({ pages: [{ texts: [{ x: 72, y: 720, size: 11, font: "Times-Roman", text }] }] });
}

async function withRedis(t: { skip(message: string): void }, body: (server: RedisServer) => Promise<void>): Promise<void> {
  const missing = redisMissing();
  if (missing !== null) {
    t.skip(missing);
    return;
  }
  const server = await startRedis();
  try {
    await body(server);
  } finally {
    await server.stop();
  }
}

test("queue add makes one job per distinct input; workers write what `run` writes; a bad file fails once with its reason", async (t) => {
  await withRedis(t, async ({ url }) => {
    const dir = mkdtempSync(join(tmpdir(), "uncorpus-queue-"));
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    for (const [name, text] of [["a", "First document."], ["b", "Second document."], ["c", "Third document."]]) {
      writeFileSync(join(inputs, `${name}.pdf`), onePage(`The General Assembly, ${text}`));
    }
    copyFileSync(join(inputs, "a.pdf"), join(inputs, "a-again.pdf"));
    writeFileSync(join(inputs, "not-a-pdf.pdf"), "hello, I am text");
    const out = join(dir, "out");

    const added = cli(["queue", "add", inputs, "--redis", url, "--out", out]);
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stderr, /4 jobs added, 1 already in the queue/);
    const again = cli(["queue", "add", inputs, "--redis", url, "--out", out]);
    assert.match(again.stderr, /0 jobs added, 5 already in the queue/);

    const workers = [startWorker(url, out), startWorker(url, out)];
    const done = await drained(url, 4);
    assert.equal(done.completed, 3);
    assert.equal(done.failed, 1);
    assert.equal(done.pages, 3);
    assert.deepEqual(done.failures.map((f) => [relative(inputs, f.input), f.reason]), [["not-a-pdf.pdf", "not a PDF (no %PDF- header)"]]);
    // A refused document is not tried again.
    const [failed] = await withQueue(url, (queue) => queue.getJobs(["failed"]));
    assert.equal(failed!.attemptsMade, 1);

    // SIGTERM: the workers finish and exit cleanly.
    for (const worker of workers) worker.kill("SIGTERM");
    assert.deepEqual(await Promise.all(workers.map(exited)), [0, 0]);

    const corpus = cli(["corpus", out]);
    assert.equal(corpus.status, 0, corpus.stderr);
    const local = join(dir, "local");
    // The same bytes under two paths are one job: the first path in sorted order.
    await runDocuments([join(inputs, "a-again.pdf"), join(inputs, "b.pdf"), join(inputs, "c.pdf")], { out: local, jobs: 1 });
    assertSameOutput(out, local);

    const retried = cli(["queue", "retry-failed", "--redis", url]);
    assert.match(retried.stderr, /1 failed jobs put back/);
    assert.equal(status(url).waiting, 1);
    rmSync(dir, { recursive: true, force: true });
  });
});

test("the shared corpus through the queue on two worker processes, one SIGKILLed mid-run and replaced, equals a local run byte for byte", async (t) => {
  if (!existsSync(SHARED)) {
    t.skip(`${SHARED} is absent`);
    return;
  }
  await withRedis(t, async ({ url }) => {
    const dir = mkdtempSync(join(tmpdir(), "uncorpus-queue-shared-"));
    // Reports and resolutions in four languages, and four variants of one Chinese symbol (their
    // names must come out as `run` gives them, whatever order the workers finish in).
    // In CI every raw PDF (2,207 pages); on a developer's machine the two smallest of each language.
    const raw = join(SHARED, "raw");
    const pdfs = [
      ...pdfsIn(join(SHARED, "reconstructed", "zh"), Infinity),
      ...["en", "es", "fr", "ru"].flatMap((lang) => pdfsIn(join(raw, lang), process.env["CI"] === "true" ? Infinity : 2)),
    ].sort();
    const out = join(dir, "out");
    assert.equal(cli(["queue", "add", ...pdfs, "--redis", url, "--out", out]).status, 0);

    const doomed = startWorker(url, out);
    const steady = startWorker(url, out);
    // Kill the first worker while it holds a job.
    await withQueue(url, async (queue) => {
      for (let holding = false; !holding; ) {
        holding = (await queue.getActive()).some((job) => job.processedBy?.endsWith(`-${doomed.pid}`) === true);
        if (!holding) await new Promise((done) => setTimeout(done, 20));
      }
    });
    doomed.kill("SIGKILL");
    await exited(doomed);
    const replacement = startWorker(url, out);
    const done = await drained(url, pdfs.length);
    assert.equal(done.failed, 0, JSON.stringify(done.failures));
    assert.equal(done.completed, pdfs.length);
    for (const worker of [steady, replacement]) worker.kill("SIGTERM");
    await Promise.all([exited(steady), exited(replacement)]);

    assert.equal(cli(["corpus", out]).status, 0);
    const local = join(dir, "local");
    await runDocuments(pdfs, { out: local, jobs: 2 });
    assertSameOutput(out, local);
    rmSync(dir, { recursive: true, force: true });
  });
});
