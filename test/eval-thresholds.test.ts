import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkBars, emptyGroups, parseThresholds, ThresholdsError, type Thresholds } from "../src/eval/thresholds.js";
import { globMatch } from "../src/eval/glob.js";
import { compareDocument } from "../src/eval/compare-document.js";
import type { DocumentScore } from "../src/eval/metrics.js";
import { predictionFromGold, sampleGold } from "./eval-fixtures.js";

const REPO_THRESHOLDS = resolve(import.meta.dirname, "..", "eval-thresholds.json");

function perfectScore(): DocumentScore {
  const gold = sampleGold();
  return { ...compareDocument(gold, predictionFromGold(gold)), conservation: null };
}

test("globs select gold files by name and PDFs by path", () => {
  assert.ok(globMatch("N1343968*.json", "N1343968-spaced.json"));
  assert.ok(globMatch("N1343968*.json", "N1343968.json"));
  assert.ok(!globMatch("N1343968*.json", "plan_1_en.json"));
  assert.ok(globMatch("raw/**", "raw/en/A_81_6 (SECT. 25).pdf"));
  assert.ok(!globMatch("raw/*", "raw/en/plan_1_en.pdf"), "* stops at a slash");
  assert.ok(!globMatch("raw/**", "reconstructed/zh/N1343968.pdf"));
  assert.ok(globMatch("plan_?_en.json", "plan_1_en.json"));
});

test("bars hold every selected document and name the group of each miss", () => {
  const thresholds = parseThresholds(
    {
      groups: [
        { name: "zh", gold: "N13*.json", bars: { "numbered.recall": { min: 1 }, "leaks.count": { max: 0 } } },
        { name: "real", file: "raw/**", bars: { "numbered.f1": { min: 0.98 } } },
      ],
    },
    "t.json",
  );
  const score = perfectScore();
  score.leaks = { count: 2, leaks: [] };
  const results = checkBars(thresholds, { gold: "N1343968.json", file: "reconstructed/zh/N1343968.pdf", score });
  assert.deepEqual(
    results.map((r) => [r.group, r.metric, r.value, r.ok]),
    [
      ["zh", "numbered.recall", 1, true],
      ["zh", "leaks.count", 2, false],
    ],
  );
  assert.deepEqual(checkBars(thresholds, { gold: "plan_1_en.json", file: "raw/en/plan_1_en.pdf", score }).map((r) => r.metric), ["numbered.f1"]);
});

test("a document that could not be scored misses every bar of its groups", () => {
  const thresholds = parseThresholds({ groups: [{ name: "all", bars: { "body.distance": { max: 0.5 } } }] }, "t.json");
  const [result] = checkBars(thresholds, { gold: "x.json", file: "raw/x.pdf", score: null });
  assert.equal(result?.ok, false);
  assert.equal(result?.value, null);
});

test("a group that selects no document is reported, so a rename cannot drop its bars", () => {
  const thresholds = parseThresholds({ groups: [{ name: "gone", gold: "old-name*.json", bars: { "leaks.count": { max: 0 } } }] }, "t.json");
  assert.deepEqual(emptyGroups(thresholds, [{ gold: "new-name.json", file: "raw/new.pdf" }]), ["gone"]);
});

test("a misspelt metric or a malformed bar is a configuration error", () => {
  assert.throws(() => parseThresholds({ groups: [{ name: "g", bars: { "numbered.F1": { min: 1 } } }] }, "t.json"), (e: unknown) => e instanceof ThresholdsError && /unknown metric "numbered\.F1"/.test(e.message));
  assert.throws(() => parseThresholds({ groups: [{ name: "g", bars: { "numbered.f1": { atLeast: 1 } } }] }, "t.json"), /must be \{ "min": number \} or \{ "max": number \}/);
  assert.throws(() => parseThresholds({ groups: [{ name: "g", bars: { "numbered.f1": { min: "0.9" } } }] }, "t.json"), /numbered\.f1/);
  assert.throws(() => parseThresholds({}, "t.json"), /"groups" must be an array/);
});

interface IssueBar {
  gold: string;
  file: string;
  metric: string;
  op: "min" | "max";
  value: number;
}

/** The same bars for each gold file; its PDF is `<folder>/<gold name>.pdf`. */
function barsFor(golds: readonly string[], folder: string, bars: ReadonlyArray<[metric: string, op: "min" | "max", value: number]>): IssueBar[] {
  return golds.flatMap((gold) => {
    const file = `${folder}/${gold.replace(".json", ".pdf")}`;
    return bars.map(([metric, op, value]) => ({ gold, file, metric, op, value }));
  });
}

/** The bars of the core pipeline issue; the checked-in config may only be stricter. */
const ISSUE_BARS: IssueBar[] = [
  ...barsFor(["N1343968.json", "N1343968-a4-noto.json", "N1343968-spaced.json", "N1343968-untagged.json"], "reconstructed/zh", [
    ["numbered.matched", "min", 34],
    ["numbered.recall", "min", 1],
    ["body.distance", "max", 0.005],
    ["footnotes.linkedRecall", "min", 1],
    ["leaks.count", "max", 0],
    ["metadata.wrong", "max", 0],
  ]),
  ...barsFor(["plan_1_en.json", "ohchr_1_ru.json", "A_81_6_SECT_25.json"], "raw/xx", [
    ["numbered.f1", "min", 0.98],
    ["numbered.meanDistance", "max", 0.02],
    ["footnotes.linkedRecall", "min", 0.95],
    ["leaks.count", "max", 0],
  ]),
];

test("eval-thresholds.json is no looser than the core pipeline issue's bars", () => {
  const thresholds: Thresholds = parseThresholds(JSON.parse(readFileSync(REPO_THRESHOLDS, "utf8")) as unknown, "eval-thresholds.json");
  for (const want of ISSUE_BARS) {
    const bars = thresholds.groups
      .filter((g) => (g.gold === null || globMatch(g.gold, want.gold)) && (g.file === null || globMatch(g.file, want.file)))
      .flatMap((g) => g.bars.filter((b) => b.metric === want.metric && b.op === want.op));
    assert.ok(bars.length > 0, `${want.gold}: no ${want.op} bar on ${want.metric}`);
    const strictest = want.op === "min" ? Math.max(...bars.map((b) => b.value)) : Math.min(...bars.map((b) => b.value));
    assert.ok(want.op === "min" ? strictest >= want.value : strictest <= want.value, `${want.gold}: ${want.metric} ${want.op} ${strictest} is looser than ${want.value}`);
  }
});
