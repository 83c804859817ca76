/**
 * `uncorpus check DIR` as users run it over an output folder: a table per rule, DIR/check.json
 * (byte-identical on a second run), the exit code against --max, exceptions that do not count,
 * stale exceptions reported, unreadable files named, old output (no check messages) checked too.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { stringifyDocument } from "../src/output/to-json.js";
import { textDocument } from "./support/text-document.js";
import { blocks } from "./support/check-document.js";
import type { UnDocument } from "../src/model/document.js";

const ROOT = resolve(import.meta.dirname, "..");

function cli(args: readonly string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline", "cli.ts"), "check", ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An output folder: one clean document, one whose numbering skips 2 (as old output: no messages), one unreadable file. */
function outputFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-check-"));
  const clean: UnDocument = { ...textDocument("en", []), blocks: blocks(["1||Decides;", "2||Requests."]) };
  const skipped: UnDocument = { ...textDocument("en", []), file: "b.pdf", blocks: blocks(["1||Decides;", "3||Requests."]) };
  skipped.messages.push({ level: "warning", source: "check", ruleId: "conservation", page: 2, text: "page 2: pdf.js extracted 10 characters, its lines hold 9 (1 lost between items and lines)", actual: "9", expected: "10" });
  mkdirSync(join(dir, "en", "A", "RES", "1"), { recursive: true });
  writeFileSync(join(dir, "en", "A", "RES", "1", "1.json"), stringifyDocument(clean));
  writeFileSync(join(dir, "en", "A", "RES", "1", "2.json"), stringifyDocument(skipped));
  writeFileSync(join(dir, "manifest.jsonl"), "{}\n");
  return dir;
}

test("check prints a table per rule, writes a deterministic check.json and exits 1 over --max", (t) => {
  const dir = outputFolder();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const first = cli([dir, "--no-exceptions"]);
  assert.equal(first.status, 1, first.stderr);
  assert.match(first.stdout, /^numbering-sequence\s+1\s+1\s+0$/m);
  assert.match(first.stdout, /^conservation\s+1\s+1\s+0$/m);
  assert.match(first.stdout, /^split-paragraph\s+0\s+0\s+0$/m);
  assert.match(first.stdout, /2 documents, 2 findings, 2 counted \(max 0\): over the maximum/);
  const json = readFileSync(join(dir, "check.json"), "utf8");
  const summary = JSON.parse(json) as { documents: number; counted: number; findings: Array<{ document: string; rule: string; block: string | null; actual?: string; expected?: string }> };
  assert.equal(summary.documents, 2);
  assert.deepEqual(
    summary.findings.map((f) => [f.document, f.rule, f.block, f.actual, f.expected]),
    [
      ["en/A/RES/1/2", "numbering-sequence", "b0002", "3", "2"],
      ["en/A/RES/1/2", "conservation", null, "9", "10"],
    ],
  );
  const second = cli([dir, "--no-exceptions"]);
  assert.equal(second.status, 1);
  assert.equal(readFileSync(join(dir, "check.json"), "utf8"), json, "check.json is byte-identical on a second run");
  assert.equal(cli([dir, "--no-exceptions", "--max", "2"]).status, 0, "two findings are within --max 2");
});

test("exceptions do not count; one that matches nothing in a checked document is reported as stale; a bad exceptions file is a usage error", (t) => {
  const dir = outputFolder();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "..", `${dir.split("/").pop()}-exceptions.json`);
  t.after(() => rmSync(file, { force: true }));
  writeFileSync(
    file,
    JSON.stringify({
      exceptions: [
        { document: "en/A/RES/1/2", rule: "numbering-sequence", block: "b0002", reason: "the PDF prints 3 after 1" },
        { document: "en/A/RES/1/2", rule: "conservation", block: null, reason: "a glyph with no Unicode mapping" },
        { document: "en/A/RES/1/1", rule: "split-paragraph", block: "b0009", reason: "gone" },
        // About a document not in this folder: says nothing here, so it is not stale.
        { document: "en/A/RES/9/9", rule: "split-paragraph", block: "b0001", reason: "elsewhere" },
      ],
    }),
  );
  const run = cli([dir, "--exceptions", file]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^numbering-sequence\s+1\s+1\s+1$/m);
  assert.match(run.stdout, /Stale exceptions[^\n]*\n\s+en\/A\/RES\/1\/1\s+split-paragraph\s+b0009\s+\(gone\)/);
  const summary = JSON.parse(readFileSync(join(dir, "check.json"), "utf8")) as { counted: number; stale: unknown[] };
  assert.equal(summary.counted, 0);
  assert.equal(summary.stale.length, 1);
  // Named by page and quote instead of block id, an exception survives a renumbering of the blocks.
  const quoted = { document: "en/A/RES/1/2", rule: "numbering-sequence", reason: "the PDF prints 3 after 1" };
  writeFileSync(file, JSON.stringify({ exceptions: [{ ...quoted, page: 1, quote: "Requests." }, { ...quoted, page: 2, quote: "Decides;" }] }));
  const byQuote = cli([dir, "--exceptions", file]);
  assert.match(byQuote.stdout, /^numbering-sequence\s+1\s+1\s+1$/m);
  assert.match(byQuote.stdout, /Stale exceptions[^\n]*\n\s+en\/A\/RES\/1\/2\s+numbering-sequence\s+p\.2 “Decides;”/);
  writeFileSync(file, JSON.stringify({ exceptions: [{ document: "x", rule: "numbering-sequence", block: "b0001" }] }));
  const bad = cli([dir, "--exceptions", file]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /exceptions\[0\]\.reason must be a non-empty string/);
});

test("an unreadable file is named with its reason and fails the run; a folder with no documents is a usage error", (t) => {
  const dir = outputFolder();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "en", "broken.json"), "{ not json");
  const run = cli([dir, "--no-exceptions", "--max", "5"]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /broken\.json: not JSON/);
  const empty = mkdtempSync(join(tmpdir(), "uncorpus-check-empty-"));
  t.after(() => rmSync(empty, { recursive: true, force: true }));
  const none = cli([empty]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no per-document JSON found/);
});
