import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { countHanSplits, normaliseText } from "../src/eval/normalise.js";
import { levenshtein, normalisedDistance } from "../src/eval/edit-distance.js";
import { diffChars } from "../src/eval/char-diff.js";
import { compareDocument } from "../src/eval/compare-document.js";
import { parseGold, GoldError } from "../src/eval/gold.js";
import { predictionFromGold, sampleGold } from "./eval-fixtures.js";

const GOLD_DIR = resolve(import.meta.dirname, "..", "..", "shared", "gold");

function naiveLevenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

test("normalises as the gold README says: NFKC, one space, no space next to Han", () => {
  assert.equal(normaliseText("  2013 年 10 月\n 3 日 "), "2013年10月3日");
  assert.equal(normaliseText("Distr.:\u00a0General\t\tand  more"), "Distr.: General and more");
  assert.equal(normaliseText("ｆｕｌｌ（１）"), "full(1)");
  assert.equal(normaliseText("1º"), "1o");
  assert.equal(normaliseText("Latin words stay apart"), "Latin words stay apart");
});

test("bit-parallel edit distance equals the textbook dynamic programme on random strings", () => {
  const random = seeded(42);
  const alphabet = ["a", "b", "c", "国", "际", " ", "é"];
  for (let round = 0; round < 400; round++) {
    const make = () => Array.from({ length: Math.floor(random() * 150) }, () => alphabet[Math.floor(random() * alphabet.length)]!).join("");
    const a = make();
    const b = make();
    assert.equal(levenshtein(a, b), naiveLevenshtein(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
  assert.equal(levenshtein("", "abc"), 3);
  assert.equal(levenshtein("kitten", "sitting"), 3);
  assert.equal(normalisedDistance("", ""), 0);
  assert.equal(normalisedDistance("ab", "ac"), 0.5);
});

test("edit distance handles a 50,000-character body with a few edits exactly", () => {
  const random = seeded(7);
  const body = Array.from({ length: 50_000 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 3000))).join("");
  const damaged = body.slice(0, 1000) + "X" + body.slice(1001, 30_000) + body.slice(30_002, 49_000) + "YZ" + body.slice(49_000);
  assert.equal(levenshtein(body, damaged), 1 + 2 + 2);
  const other = Array.from({ length: 2000 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 3000))).join("");
  assert.equal(levenshtein(other.slice(0, 1500), other.slice(500)), naiveLevenshtein(other.slice(0, 1500), other.slice(500)));
});

test("a perfect prediction scores perfectly on every metric", () => {
  const gold = sampleGold();
  const score = compareDocument(gold, predictionFromGold(gold));
  assert.deepEqual(
    [score.numbered.precision, score.numbered.recall, score.numbered.f1, score.numbered.meanDistance, score.numbered.matched],
    [1, 1, 1, 0, 6],
  );
  assert.equal(score.body.distance, 0);
  assert.equal(score.body.hanSplits, 0);
  assert.deepEqual([score.footnotes.recall, score.footnotes.linkAccuracy, score.footnotes.linkedRecall, score.footnotes.meanDistance], [1, 1, 1, 0]);
  assert.equal(score.leaks.count, 0);
  assert.equal(score.metadata.wrong, 0);
  assert.equal(score.metadata.right, 7);
  assert.deepEqual(score.worst, []);
});

test("a dropped paragraph lowers recall and F1 and raises the body distance", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.blocks.splice(3, 1); // paragraph 2
  prediction.footnotes[0]!.block = null;
  const score = compareDocument(gold, prediction);
  assert.equal(score.numbered.recall, round(5 / 6));
  assert.equal(score.numbered.precision, 1);
  assert.ok(score.numbered.f1 < 1);
  assert.deepEqual(score.numbered.missing, ["2"]);
  assert.ok(score.body.distance > 0.2, `body distance ${score.body.distance}`);
  assert.equal(score.worst[0]?.label, "2");
  assert.equal(score.worst[0]?.predicted, null);
});

test("sub-items are told apart by their parent: (a) under 3 is not (a) under 4", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.blocks[7]!.parent = "3"; // "(a)" of paragraph 4 claims paragraph 3
  const score = compareDocument(gold, prediction);
  assert.deepEqual(score.numbered.missing, ["4 (a)"]);
  assert.deepEqual(score.numbered.extra, ["3 (a)"]);
});

test("a leaked page number is reported with the string and where it is", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.blocks[4]!.text += " 2/4";
  const score = compareDocument(gold, prediction);
  assert.equal(score.leaks.count, 1);
  assert.equal(score.leaks.leaks[0]?.string, "2/4");
  assert.equal(score.leaks.leaks[0]?.where, "block b0005 (3)");
  assert.ok(score.body.distance > 0);
  assert.ok(score.numbered.meanDistance > 0);
});

test("a leak inside a footnote and a masthead line glued to the body both count", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.footnotes[1]!.text += " 13-43968";
  prediction.blocks[0]!.text = "议程项目 21(e) " + prediction.blocks[0]!.text;
  const score = compareDocument(gold, prediction);
  assert.deepEqual(score.leaks.leaks.map((l) => [l.string, l.where]).sort(), [["13-43968", "footnote 2"], ["议程项目", "block b0001"]]);
});

test("a footnote linked to the wrong paragraph lowers link accuracy", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.footnotes[0]!.block = "b0005"; // paragraph 3 instead of 2
  const score = compareDocument(gold, prediction);
  assert.equal(score.footnotes.recall, 1);
  assert.equal(score.footnotes.linkAccuracy, 0.5);
  assert.equal(score.footnotes.linkedRecall, 0.5);
  const problem = score.footnotes.problems.find((p) => p.problem === "wrong-link");
  assert.equal(problem?.expected, "paragraph 2");
  assert.equal(problem?.got, "b0005 (3)");
});

test("a footnote linked by #N must land on that unnumbered block", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.footnotes[1]!.block = "b0001"; // the title, not "大会，"
  assert.equal(compareDocument(gold, prediction).footnotes.linkedRecall, 0.5);
  prediction.footnotes[1]!.block = "b0002";
  assert.equal(compareDocument(gold, prediction).footnotes.linkedRecall, 1);
});

test("a missing footnote lowers recall, a changed one raises its text distance", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.footnotes.pop();
  prediction.footnotes[0]!.text = prediction.footnotes[0]!.text.replace("2220", "2221");
  const score = compareDocument(gold, prediction);
  assert.equal(score.footnotes.recall, 0.5);
  assert.ok(score.footnotes.meanDistance > 0);
  assert.deepEqual(score.footnotes.problems.map((p) => p.problem).sort(), ["missing", "text"]);
});

test("a space splitting two Han characters is counted though normalisation hides it", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.blocks[2]!.text = prediction.blocks[2]!.text.replace("国际", "国 际");
  const score = compareDocument(gold, prediction);
  assert.equal(score.body.hanSplits, 1);
  assert.equal(score.body.distance, 0, "the gold README deletes white space next to Han characters");
  assert.equal(countHanSplits("2013 年 10 月"), 0, "a space between a digit and a Han character is not a split");
});

test("a Han character lost or changed moves paragraph and body distance", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.blocks[2]!.text = prediction.blocks[2]!.text.replace("移徙", "移");
  const score = compareDocument(gold, prediction);
  assert.ok(score.numbered.meanDistance > 0);
  assert.ok(score.body.distance > 0);
});

test("a wrong or missing metadata field is counted wrong", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.metadata.session = 69;
  prediction.metadata.jobNumber = null;
  prediction.metadata.meeting = "第 25 次全体会议"; // same once normalised
  const score = compareDocument(gold, prediction);
  assert.deepEqual(score.metadata.fields.filter((f) => !f.ok).map((f) => f.field).sort(), ["jobNumber", "session"]);
  assert.equal(score.metadata.wrong, 2);
});

test("extra numbered paragraphs lower precision", () => {
  const gold = sampleGold();
  const prediction = predictionFromGold(gold);
  prediction.blocks.push({ id: "b0100", kind: "paragraph", number: "5", parent: null, text: "页码" });
  const score = compareDocument(gold, prediction);
  assert.equal(score.numbered.precision, round(6 / 7));
  assert.deepEqual(score.numbered.extra, ["5"]);
});

test("scope numbered compares only the listed paragraphs and ignores unlisted notes", () => {
  const gold = { ...sampleGold(), scope: "numbered" as const };
  const prediction = predictionFromGold(gold);
  prediction.blocks.splice(8, 1, { id: "b0009", kind: "paragraph", number: null, parent: null, text: "A closing line the gold does not list." });
  prediction.footnotes.push({ marker: "*", text: "Reissued for technical reasons.", block: null });
  const score = compareDocument(gold, prediction);
  assert.equal(score.body.distance, 0);
  assert.equal(score.footnotes.precision, 1);
  const full = compareDocument(sampleGold(), prediction);
  assert.ok(full.body.distance > 0);
  assert.ok(full.footnotes.precision < 1);
});

test("the character diff marks what the extraction lost and added", () => {
  assert.deepEqual(diffChars("abcd", "abxd"), [
    { op: "equal", text: "ab" },
    { op: "delete", text: "c" },
    { op: "insert", text: "x" },
    { op: "equal", text: "d" },
  ]);
  const parts = diffChars("国际移徙与发展", "国际移与发展高");
  assert.equal(parts.filter((p) => p.op !== "insert").map((p) => p.text).join(""), "国际移徙与发展");
  assert.equal(parts.filter((p) => p.op !== "delete").map((p) => p.text).join(""), "国际移与发展高");
});

test("a malformed gold record is refused with the field named", () => {
  assert.throws(() => parseGold({ gold: 1, file: "x.pdf", scope: "all", blocks: [] }, "x.json"), (e: unknown) => e instanceof GoldError && /scope/.test(e.message));
  assert.throws(() => parseGold({ gold: 1, file: "x.pdf", scope: "full", blocks: [{ kind: "para", text: "" }] }, "x.json"), /blocks\[0\]\.kind/);
});

test("every shared gold record, given as its own prediction, scores perfectly", (t) => {
  if (!existsSync(GOLD_DIR)) {
    t.skip(`../shared not found: ${GOLD_DIR}`);
    return;
  }
  const names = readdirSync(GOLD_DIR).filter((n) => n.endsWith(".json"));
  assert.ok(names.length > 0);
  for (const name of names) {
    const gold = parseGold(JSON.parse(readFileSync(join(GOLD_DIR, name), "utf8")) as unknown, name);
    const score = compareDocument(gold, predictionFromGold(gold));
    assert.equal(score.numbered.f1, 1, name);
    assert.equal(score.body.distance, 0, name);
    assert.equal(score.footnotes.linkedRecall, 1, name);
    assert.equal(score.leaks.count, 0, name);
    assert.equal(score.metadata.wrong, 0, name);
  }
});

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
