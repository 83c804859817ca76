/**
 * The alignment quality gate: paragraph alignment of the four real document pairs against
 * HURIDOCS's human cross-language paragraph pairs (../shared/corpus/groundtruth), held to the
 * "alignment" bars of eval-thresholds.json. Also: the scoring itself can fail — an alignment
 * shifted by one paragraph scores near zero.
 */
import { describe, it, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAlignmentBars } from "../src/align/alignment-thresholds.js";
import { scoreAlignment } from "../src/align/score-alignment.js";
import type { Unit } from "../src/align/unit.js";
import { formatAlignTable, runAlignEval } from "../pipeline/align/run-align-eval.js";

const REPO = resolve(import.meta.dirname, "..");
const CORPUS = resolve(REPO, "..", "shared", "corpus");
const LABELS = join(CORPUS, "groundtruth", "huridocs_multilingual_paragraphs");

describe("quality gate: paragraph alignment against the HURIDOCS labels meets eval-thresholds.json", () => {
  if (!existsSync(LABELS)) {
    it("scores the four labelled document pairs", (t) => t.skip(`../shared not found: no labels in ${LABELS}`));
    return;
  }
  it("scores the four labelled document pairs and meets every bar", async (t) => {
    const bars = parseAlignmentBars(JSON.parse(readFileSync(join(REPO, "eval-thresholds.json"), "utf8")) as unknown, "eval-thresholds.json");
    assert.ok(bars.length >= 3, "recall, precision and F1 are held to a bar");
    const results = await runAlignEval({ labels: LABELS, corpus: CORPUS, bars });
    for (const line of formatAlignTable(results).split("\n")) t.diagnostic(line);
    assert.deepEqual(
      results.map((r) => `${r.name} ${r.languages.join("-")}`),
      ["ohchr_1_en_ru en-ru", "ohchr_2_en_fr en-fr", "plan_1_en_es en-es", "plan_2_en_fr en-fr"],
    );
    for (const result of results) {
      assert.equal(result.error, null, `${result.name}: ${result.error}`);
      assert.deepEqual(result.missed, [], `${result.name} misses ${result.missed.join(", ")}`);
      assert.ok(result.score!.labelled - result.score!.notBody >= 25, `${result.name}: most labelled pairs are scored`);
    }
  });
});

const side = (texts: readonly string[]) => ({ blocks: texts.map((text, i) => ({ id: `b${i + 1}`, text })), footnotes: [], furniture: ["Distr.: General", "Original: English"] });
const unit = (a: string[], b: string[]): Unit => ({ a: { ids: a, texts: [] }, b: { ids: b, texts: [] }, score: 1, anchor: "length", weak: false });

test("scoring: labelled pairs found by their words, masthead pairs left out, shifted links fail", () => {
  const labels = [
    { a: "Distr.: General Original: English", b: "Distr. générale Original: anglais" },
    { a: "1. The Committee met twice.", b: "1. Le Comité s’est réuni deux fois." },
    { a: "2. It adopted its report.", b: "2. Il a adopté son rapport." },
    { a: "3. The report is before the Assembly.", b: "3. Le rapport est soumis à l’Assemblée." },
  ];
  const en = side(["The Committee met twice.", "It adopted its report.", "The report is before the Assembly."]);
  const fr = side(["Le Comité s’est réuni deux fois.", "Il a adopté son rapport.", "Le rapport est soumis à l’Assemblée."]);
  const right = scoreAlignment(labels, en, { ...fr, furniture: ["Distr. générale", "Original: anglais"] }, [unit(["b1"], ["b1"]), unit(["b2"], ["b2"]), unit(["b3"], ["b3"])]);
  assert.deepEqual([right.notBody, right.recovered, right.recall, right.precision], [1, 3, 1, 1]);
  const shifted = scoreAlignment(labels, en, fr, [unit(["b1"], ["b2"]), unit(["b2"], ["b3"]), unit(["b3"], [])]);
  assert.equal(shifted.recall, 0);
  assert.equal(shifted.precision, 0);
  const merged = scoreAlignment(labels, en, fr, [unit(["b1", "b2"], ["b1", "b2"]), unit(["b3"], ["b3"])]);
  assert.equal(merged.recall, 1, "every labelled pair is linked");
  assert.equal(merged.precision, 3 / 5, "but two of its five links join paragraphs the labels keep apart");
});
