import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { collectInputs, globToRegExp } from "../pipeline/inputs.js";
import { createProgress } from "../pipeline/batch/progress.js";
import type { ManifestLine } from "../pipeline/batch/manifest.js";

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-inputs-"));
  for (const rel of ["en/A_80_1.pdf", "en/A_80_2.PDF", "en/notes.txt", "fr/A_80_1.pdf", "fr/deep/S_2025_9.pdf"]) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), "x");
  }
  return dir;
}

test("expands folders recursively to their PDFs, sorted and without duplicates", async () => {
  const dir = tree();
  const found = await collectInputs([join(dir, "fr"), join(dir, "en"), join(dir, "en/A_80_1.pdf")]);
  assert.deepEqual(
    found.map((f) => f.slice(dir.length + 1)),
    ["en/A_80_1.pdf", "en/A_80_2.PDF", "fr/A_80_1.pdf", "fr/deep/S_2025_9.pdf"],
  );
  rmSync(dir, { recursive: true, force: true });
});

test("expands globs: * within a folder, ** across folders, [] classes", async () => {
  const dir = tree();
  const rel = async (pattern: string) => (await collectInputs([join(dir, pattern)])).map((f) => f.slice(dir.length + 1));
  assert.deepEqual(await rel("*/A_80_1.pdf"), ["en/A_80_1.pdf", "fr/A_80_1.pdf"]);
  assert.deepEqual(await rel("**/*.pdf"), ["en/A_80_1.pdf", "fr/A_80_1.pdf", "fr/deep/S_2025_9.pdf"]);
  assert.deepEqual(await rel("en/A_80_[2-9].*"), ["en/A_80_2.PDF"]);
  assert.deepEqual(await rel("en/*.txt"), ["en/notes.txt"]);
  await assert.rejects(collectInputs([join(dir, "**/*.docx")]), /no file matches/);
  await assert.rejects(collectInputs([join(dir, "missing.pdf")]), /no such file or folder/);
  rmSync(dir, { recursive: true, force: true });
});

test("reads a list of paths from standard input for '-'", async () => {
  const dir = tree();
  const stdin = Readable.from([`${join(dir, "fr/A_80_1.pdf")}\n\n${join(dir, "en")}\r\n`]);
  const found = await collectInputs(["-"], stdin);
  assert.deepEqual(
    found.map((f) => f.slice(dir.length + 1)),
    ["en/A_80_1.pdf", "en/A_80_2.PDF", "fr/A_80_1.pdf"],
  );
  rmSync(dir, { recursive: true, force: true });
});

test("a glob's ** matches zero or more folders and * never crosses a slash", () => {
  assert.ok(globToRegExp("/c/**/x.pdf").test("/c/x.pdf"));
  assert.ok(globToRegExp("/c/**/x.pdf").test("/c/a/b/x.pdf"));
  assert.ok(!globToRegExp("/c/*.pdf").test("/c/a/x.pdf"));
  assert.ok(globToRegExp("/c/a+b(1).pdf").test("/c/a+b(1).pdf"));
});

const line = (path: string, status: ManifestLine["status"], error: string | null = null): ManifestLine => ({
  path,
  sha256: null,
  status,
  output: status === "failed" ? null : "en/x.json",
  pages: status === "ok" ? 3 : 0,
  ms: 1200,
  error,
});
const summary = { summary: true as const, documents: 2, counts: { ok: 1, skipped: 0, failed: 1 }, pages: 3, seconds: 1, pagesPerSecond: 3 };

test("plain mode logs one line per document on stdout and only '<file>: <reason>' on stderr", () => {
  const out: string[] = [];
  const err: string[] = [];
  const progress = createProgress("plain", { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  progress.start(2);
  for (const l of [line("a.pdf", "ok"), line("b.pdf", "failed", "empty file (0 bytes)")]) {
    progress.finished(l);
    progress.committed(l);
  }
  progress.end(summary);
  assert.deepEqual(out, ["ok a.pdf → en/x.json (3 pages, 1.2 s)\n"]);
  assert.deepEqual(err, ["b.pdf: empty file (0 bytes)\n"]);
});

test("bar mode draws documents, pages/s, ETA and failures on stderr, and clears the bar for a failure line", () => {
  const err: string[] = [];
  let clock = 0;
  const progress = createProgress("bar", { stdout: () => {}, stderr: (t) => err.push(t), now: () => clock });
  progress.start(4);
  clock = 2000;
  const failed = line("b.pdf", "failed", "timeout after 5 s");
  progress.finished(line("a.pdf", "ok"));
  progress.finished(failed);
  progress.committed(failed);
  const text = err.join("");
  assert.match(text, /\[#{10}-{10}\]  2\/4 docs  1\.5 pages\/s  ETA 0:02  1 failed/);
  assert.ok(err.includes("b.pdf: timeout after 5 s\n"));
});

test("quiet mode prints failures only", () => {
  const err: string[] = [];
  const progress = createProgress("quiet", { stdout: () => {}, stderr: (t) => err.push(t) });
  progress.start(1);
  progress.committed(line("a.pdf", "ok"));
  progress.committed(line("b.pdf", "failed", "corrupt"));
  progress.end(summary);
  assert.deepEqual(err, ["b.pdf: corrupt\n"]);
});
