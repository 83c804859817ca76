/** The known-findings baseline the CI gate holds the shared corpus to (pipeline/check/baseline.ts). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareWithBaseline, makeBaseline } from "../pipeline/check/baseline.js";
import type { CheckSummary } from "../src/check/summarise-checks.js";

function summary(findings: Array<[document: string, rule: string, excepted?: string]>): CheckSummary {
  return {
    documents: 3,
    counted: findings.filter((f) => f[2] === undefined).length,
    max: 0,
    ok: false,
    rules: [],
    stale: [],
    findings: findings.map(([document, rule, excepted], i) => ({ document, rule, page: 1, block: `b000${i}`, text: `finding ${i}`, ...(excepted === undefined ? {} : { excepted }) })),
  };
}

test("a baseline counts findings per document and rule, excepted ones left out", () => {
  const baseline = makeBaseline(summary([["en/a", "split-paragraph"], ["en/a", "split-paragraph"], ["en/b", "numbering-sequence"], ["en/b", "sub-item-sequence", "a typo in the PDF"]]));
  assert.deepEqual(baseline.counts, { "en/a": { "split-paragraph": 2 }, "en/b": { "numbering-sequence": 1 } });
});

test("a new finding, in a known document or a new one, is worse; a fixed one makes the baseline stale", () => {
  const baseline = makeBaseline(summary([["en/a", "split-paragraph"], ["en/a", "split-paragraph"], ["en/b", "numbering-sequence"]]));
  assert.deepEqual(compareWithBaseline(summary([["en/a", "split-paragraph"], ["en/a", "split-paragraph"], ["en/b", "numbering-sequence"]]), baseline), { worse: [], better: [] });
  const now = compareWithBaseline(summary([["en/a", "split-paragraph"], ["en/a", "split-paragraph"], ["en/a", "split-paragraph"], ["en/c", "footnote-callout"]]), baseline);
  assert.deepEqual(now.worse, ["en/a split-paragraph: 3 > 2 (e.g. p.1 b0000: finding 0)", "en/c footnote-callout: 1 > 0 (e.g. p.1 b0003: finding 3)"]);
  assert.deepEqual(now.better, ["en/b numbering-sequence: 0 < 1"]);
});
