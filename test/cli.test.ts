/** The `uncorpus` command line as users run it: a batch keeps going past bad files, and says why. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { badInputs, latinPdf, TEST_MAX_PAGES } from "./support/bad-pdfs.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE = join(ROOT, "input", "A_RES_99_1_sample-zh.pdf");

function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline", "cli.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test("a batch with bad files: one stderr line per bad file, good files written, no leftovers, exit 1", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-cli-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const inputs = join(dir, "in");
  const out = join(dir, "out");
  const bad = badInputs();
  // Sorted input order puts one good file among the bad ones and one after them all.
  const good = ["good-report.pdf", "zz-sample-zh.pdf"];
  mkdirSync(inputs);
  for (const b of bad) writeFileSync(join(inputs, b.file), b.bytes);
  writeFileSync(join(inputs, good[0]!), latinPdf(2, "Good report"));
  copyFileSync(SAMPLE, join(inputs, good[1]!));

  const result = cli(["run", inputs, "--out", out, "--max-pages", String(TEST_MAX_PAGES), "--no-tokens"]);
  assert.equal(result.status, 1, result.stderr);

  const lines = result.stderr.split("\n").filter((line) => line !== "");
  for (const b of bad) {
    const about = lines.filter((line) => line.includes(`${b.file}:`));
    assert.equal(about.length, 1, `expected one line about ${b.file}, got:\n${result.stderr}`);
    assert.match(about[0]!, b.reason, `reason for ${b.file}`);
  }
  for (const name of good) assert.ok(!result.stderr.includes(name), `${name} should not be reported:\n${result.stderr}`);
  assert.match(result.stderr, new RegExp(`${good.length} of ${good.length + bad.length} documents written`));
  assert.equal(lines.length, bad.length + 1, `stderr has only the per-file lines and the summary:\n${result.stderr}`);

  const written = filesUnder(out);
  // Besides the per-document JSON a run writes manifest.jsonl, the resume index and corpus/ (docs/batch.md).
  assert.deepEqual(written.filter((f) => f.endsWith(".tmp") || f.includes("/.uncorpus/tmp/")), [], "no temporary files are left behind");
  const documents = written.filter((f) => f.endsWith(".json"));
  const names = documents.map((f) => (JSON.parse(readFileSync(f, "utf8")) as { file: string }).file).sort();
  assert.deepEqual(names, good, "exactly the good documents have JSON");
});

test("prints usage and exits 0 for --help", () => {
  const result = cli(["--help"]);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Usage: uncorpus run/);
  assert.match(result.stdout, /--out DIR/);
});

test("prints the run command's usage and exits 0 for run --help", () => {
  const result = cli(["run", "--help"]);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /--max-pages N/);
});

test("exits 2 with a message for an unknown command", () => {
  const result = cli(["frobnicate"]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command "frobnicate"/);
});

test("exits 2 for a --max-pages value that is not a positive whole number", () => {
  const result = cli(["run", SAMPLE, "--out", join(tmpdir(), "uncorpus-unused"), "--max-pages", "many"]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--max-pages must be a positive whole number/);
});

test("exits 2 when an input does not exist", () => {
  const result = cli(["run", join(tmpdir(), "uncorpus-no-such-folder-for-test")]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /no such file or folder/);
});
