/**
 * CI gate: the pipeline over every shared PDF (../shared/corpus/raw and resolutions, through
 * `uncorpus run` with 2 jobs into a temporary folder), then `uncorpus check` with the project's
 * check-exceptions.json (source errors). What is left must match check-baseline.json (pipeline
 * errors not fixed yet, counted per document and rule): a new finding fails, and so does a
 * count that went down without the baseline being lowered. Skips when ../shared is absent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASELINE_FILE, compareWithBaseline, type Baseline } from "../pipeline/check/baseline.js";
import { checkCorpus, CORPUS_FOLDERS, ROOT } from "../pipeline/check/check-corpus.js";

test("the shared PDFs have no finding of the checks beyond the listed source oddities and the known baseline", (t) => {
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
  assert.deepEqual(result.summary.stale, [], "every exception in check-exceptions.json still matches a finding");
  const baseline = JSON.parse(readFileSync(join(ROOT, BASELINE_FILE), "utf8")) as Baseline;
  const { worse, better } = compareWithBaseline(result.summary, baseline);
  t.diagnostic(`${result.summary.counted} findings not excepted, all known in ${BASELINE_FILE}`);
  assert.deepEqual(worse, [], `new findings (fix them, or except a source error with its reason):\n${result.table}`);
  assert.deepEqual(better, [], `fewer findings than ${BASELINE_FILE} records: lower it (npm run check:corpus -- --write-baseline)`);
});
