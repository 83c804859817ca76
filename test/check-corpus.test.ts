/**
 * CI gate: the pipeline over every shared PDF (../shared/corpus/raw and resolutions, through
 * `uncorpus run` with 2 jobs into a temporary folder), then `uncorpus check` with the project's
 * check-exceptions.json: no finding may be left that the exceptions file does not list.
 * Skips when ../shared is absent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCorpus, CORPUS_FOLDERS } from "../pipeline/check/check-corpus.js";

/** Until main's findings are fixed or excepted, the gate is off; the count is in docs/check-baseline.md. */
const PENDING = "main still has 2,802 findings not excepted (2,632 split paragraphs in budget documents and reports; docs/check-baseline.md): on when they are fixed or excepted";

test("every shared PDF passes the checks that need no gold, except the listed source oddities", { skip: PENDING }, (t) => {
  const missing = CORPUS_FOLDERS.filter((dir) => !existsSync(dir));
  if (missing.length > 0) {
    t.skip(`../shared not found: ${missing.join(", ")} absent`);
    return;
  }
  const out = mkdtempSync(join(tmpdir(), "uncorpus-check-corpus-"));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const result = checkCorpus(out);
  t.diagnostic(`run ${result.seconds.run.toFixed(0)} s, check ${result.seconds.check.toFixed(0)} s`);
  assert.equal(result.runStatus, 0, `uncorpus run failed:\n${result.runStderr}`);
  assert.ok(result.summary !== null, `no check.json written:\n${result.table}`);
  assert.ok(result.summary.documents >= 233, `expected the 233 shared PDFs, checked ${result.summary.documents}`);
  const counted = result.summary.findings.filter((f) => f.excepted === undefined).map((f) => `${f.document} ${f.rule} p.${f.page ?? "-"} ${f.block ?? "-"}: ${f.text}`);
  assert.deepEqual(counted, [], result.table);
});
