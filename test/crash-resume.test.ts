/**
 * Crash safety (issue 10), as a property: SIGKILL `uncorpus run` at points fast-check picks, once
 * or twice, then run it again to the end; the output folder then holds exactly the bytes of a run
 * never interrupted — every per-document JSON and every corpus file — and no temporary or
 * half-written file. The manifest matches too, but for its timings and for documents the last run
 * found done ("skipped" where the uninterrupted run says "ok"). The seed is printed; a failure
 * replays with UNCORPUS_CRASH_SEED=<seed>.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import { latinPdf } from "./support/bad-pdfs.js";
import { garblePdf } from "./support/pdf-writer.js";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "pipeline", "cli.ts");
const RUNS = Number(process.env["UNCORPUS_CRASH_RUNS"] ?? 6);
const SEED = Number(process.env["UNCORPUS_CRASH_SEED"] ?? Math.floor(Date.now() / 86_400_000));

/** The inputs: the bundled sample (English and Chinese), generated reports of a few sizes, one corrupt file. */
function inputs(dir: string): string {
  const input = join(dir, "input");
  mkdirSync(input, { recursive: true });
  for (const name of readdirSync(join(ROOT, "input")).filter((f) => f.endsWith(".pdf"))) copyFileSync(join(ROOT, "input", name), join(input, name));
  for (const [i, pages] of [3, 8, 12, 20].entries()) writeFileSync(join(input, `report-${i + 1}.pdf`), latinPdf(pages, `Report ${i + 1}`));
  const broken = latinPdf(2, "Broken");
  writeFileSync(join(input, "broken.pdf"), garblePdf(broken, 20, broken.length - 60));
  return input;
}

function args(input: string, out: string): string[] {
  return ["--import", "tsx", CLI, "run", input, "--out", out, "--quiet", "--jobs", "2"];
}

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

interface Outcome {
  path: string;
  sha256: string | null;
  output: string | null;
  error: string | null;
  status: string;
}

/** The manifest's input lines without timings, "skipped" read as done. */
function manifest(out: string): Outcome[] {
  return readFileSync(join(out, "manifest.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Outcome & { summary?: true })
    .filter((line) => line.summary !== true)
    .map(({ path, sha256, output, error, status }) => ({ path, sha256, output, error, status: status === "skipped" ? "ok" : status }));
}

/** Starts a run in its own process group and SIGKILLs the whole group after `ms` (unless it ended). */
async function killAfter(input: string, out: string, ms: number): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, args(input, out), { cwd: ROOT, detached: true, stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const timer = new Promise<"timer">((resolve) => setTimeout(() => resolve("timer"), ms));
  if ((await Promise.race([exited, timer])) === "timer") {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Ended between the timer and the kill.
    }
  }
  await exited;
}

test("a batch SIGKILLed at random points and run again gives the bytes of a run never interrupted", { skip: process.platform === "win32" ? "no process groups on Windows" : false }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-crash-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = inputs(dir);
  const reference = join(dir, "reference");
  const first = spawnSync(process.execPath, args(input, reference), { cwd: ROOT, encoding: "utf8" });
  // The corrupt input fails (exit 1), the others are written.
  assert.equal(first.status, 1, first.stderr);
  const expected = files(reference).filter((f) => f !== "manifest.jsonl" && !f.startsWith(".uncorpus/"));
  assert.ok(expected.some((f) => f.startsWith("corpus/")) && expected.some((f) => f.startsWith("zh/")), expected.join(", "));
  const bytes = new Map(expected.map((f) => [f, readFileSync(join(reference, f))]));
  const referenceManifest = manifest(reference);
  console.log(`crash-resume: seed ${SEED}, ${RUNS} runs (replay: UNCORPUS_CRASH_SEED=${SEED})`);
  let round = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.integer({ min: 200, max: 6000 }), { minLength: 1, maxLength: 2 }), async (kills) => {
      const out = join(dir, `out-${++round}`);
      for (const ms of kills) await killAfter(input, out, ms);
      const last = spawnSync(process.execPath, args(input, out), { cwd: ROOT, encoding: "utf8" });
      assert.equal(last.status, 1, last.stderr);
      const got = files(out);
      // Nothing half-written: no temporary file anywhere, no leftover in the state folder's tmp.
      assert.deepEqual(got.filter((f) => f.endsWith(".tmp") || f.startsWith(".uncorpus/tmp/")), [], `kills at ${kills.join(", ")} ms`);
      assert.deepEqual(got.filter((f) => f !== "manifest.jsonl" && !f.startsWith(".uncorpus/")), expected, `kills at ${kills.join(", ")} ms`);
      for (const f of expected) assert.ok(readFileSync(join(out, f)).equals(bytes.get(f)!), `${f} differs after kills at ${kills.join(", ")} ms`);
      assert.deepEqual(manifest(out), referenceManifest);
      rmSync(out, { recursive: true, force: true });
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true, includeErrorInReport: true },
  );
});
