/**
 * The CI quality gate: runs `uncorpus eval` on ../shared/gold (PDFs in ../shared/corpus) and
 * holds every document to the bars in eval-thresholds.json. Each PDF is processed once.
 */
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseThresholds } from "../src/eval/thresholds.js";
import { runEvaluation, type EvalRun } from "../pipeline/eval/run-eval.js";
import { describeBar, formatTable } from "../pipeline/eval/format-table.js";
import { writeReport } from "../pipeline/eval/write-report.js";

const REPO = resolve(import.meta.dirname, "..");
const SHARED = resolve(REPO, "..", "shared");
const GOLD = join(SHARED, "gold");
const CORPUS = join(SHARED, "corpus");
const THRESHOLDS = join(REPO, "eval-thresholds.json");

const names = existsSync(GOLD) ? readdirSync(GOLD).filter((n) => n.endsWith(".json")).sort() : [];

describe("quality gate: eval on ../shared/gold meets eval-thresholds.json", () => {
  if (names.length === 0) {
    it("runs the evaluation on the shared gold records", (t) => t.skip(`../shared not found: no gold records in ${GOLD}`));
    return;
  }
  let run: EvalRun;
  before(async () => {
    const thresholds = parseThresholds(JSON.parse(readFileSync(THRESHOLDS, "utf8")) as unknown, "eval-thresholds.json");
    run = await runEvaluation({ gold: GOLD, corpus: CORPUS, thresholds });
  });

  it("evaluates every gold record and writes the report", async (t) => {
    assert.deepEqual(run.documents.map((d) => d.gold), names);
    const out = mkdtempSync(join(tmpdir(), "uncorpus-eval-gate-"));
    const paths = await writeReport(run, out, { gold: "../shared/gold", corpus: "../shared/corpus", thresholds: "eval-thresholds.json" }, new Date().toISOString());
    t.diagnostic(`report: ${paths.html}`);
    for (const line of formatTable(run).split("\n")) t.diagnostic(line);
  });

  it("every threshold group selects at least one gold record", () => {
    assert.deepEqual(run.emptyGroups, [], "a group selecting nothing would hold nothing to its bars");
  });

  for (const name of names) {
    it(`${name} meets its bars`, () => {
      const doc = run.documents.find((d) => d.gold === name);
      assert.ok(doc !== undefined, `${name} was not evaluated`);
      assert.equal(doc.error, null, `${name}: ${doc.error ?? ""}`);
      const missed = doc.bars.filter((b) => !b.ok);
      assert.deepEqual(missed.map(describeBar), [], `${name} misses ${missed.length} bars`);
    });
  }
});
