/**
 * Hand-built gold records and predictions for the evaluation tests: a small Chinese resolution
 * in gold form, and `predictionFromGold`, which turns any gold record into the output a perfect
 * pipeline would give, ready to be damaged one way at a time.
 */
import { emptyMetadata, type Metadata } from "../src/model/document.js";
import type { Gold } from "../src/eval/gold.js";
import type { PredictedBlock, PredictedFootnote, Prediction } from "../src/eval/prediction.js";
import { goldTarget } from "../src/eval/score-footnotes.js";
import { compareDocument } from "../src/eval/compare-document.js";
import { checkBars, parseThresholds } from "../src/eval/thresholds.js";
import { summarise } from "../src/eval/summarise.js";
import type { DocumentResult, EvalRun } from "../pipeline/eval/run-eval.js";

export function sampleGold(): Gold {
  return {
    file: "reconstructed/zh/sample.pdf",
    symbol: "A/RES/68/4",
    language: "zh",
    jobNumber: "13-43968",
    scope: "full",
    metadata: { session: 68, agendaItems: ["21(e)"], meeting: "第25次全体会议", adopted: "2013-10-03" },
    blocks: [
      { kind: "heading", number: null, parent: null, text: "68/4. 国际移徙与发展高级别对话宣言" },
      { kind: "paragraph", number: null, parent: null, text: "大会，" },
      { kind: "paragraph", number: "1", parent: null, text: "认识到国际移徙是对原籍国、过境国和目的地国发展具有重大影响的一个多层面现实；" },
      { kind: "paragraph", number: "2", parent: null, text: "确认移徙者和移徙对原籍国、过境国和目的地国发展作出的重要贡献，并承认移徙与发展之间的复杂关系；" },
      { kind: "paragraph", number: "3", parent: null, text: "决定提高现有体制和框架的能力，在 2015 年后发展议程中予以充分考虑；" },
      { kind: "paragraph", number: "(a)", parent: "3", text: "区域一级；" },
      { kind: "paragraph", number: "4", parent: null, text: "重申我们决心处理国际移徙带来的机遇和挑战；" },
      { kind: "paragraph", number: "(a)", parent: "4", text: "原籍国；" },
      { kind: "paragraph", number: null, parent: null, text: "第25次全体会议" },
    ],
    footnotes: [
      { marker: "1", text: "联合国，《条约汇编》，第 2220 卷，第 39481 号。", paragraph: "2" },
      { marker: "2", text: "A/68/L.5。", paragraph: "#2" },
    ],
    absent: ["13-43968", "2/4", "Distr.", "议程项目"],
  };
}

/** The output a perfect pipeline would give for `gold` (blocks b0001…, footnotes linked). */
export function predictionFromGold(gold: Gold): Prediction & { blocks: PredictedBlock[]; footnotes: PredictedFootnote[] } {
  const blocks: PredictedBlock[] = gold.blocks.map((block, index) => ({
    id: `b${String(index + 1).padStart(4, "0")}`,
    kind: block.kind,
    number: block.number,
    parent: block.parent,
    text: block.text,
  }));
  const footnotes: PredictedFootnote[] = gold.footnotes.map((note) => {
    const target = goldTarget(gold, note.paragraph);
    return { marker: note.marker, text: note.text, block: target === null || target === undefined ? null : blocks[target]!.id };
  });
  const metadata: Metadata = { ...emptyMetadata(), symbol: gold.symbol, language: gold.language as Metadata["language"], jobNumber: gold.jobNumber };
  Object.assign(metadata, gold.metadata);
  return { metadata, blocks, footnotes };
}

/**
 * A run of two documents for the report tests: the sample damaged four ways (a paragraph
 * dropped, a page number leaked, a footnote linked to the wrong paragraph, a character changed)
 * and missing its bars, and the same sample intact.
 */
export function sampleRun(): EvalRun {
  const thresholds = parseThresholds(
    { groups: [{ name: "sample bars", gold: "*.json", bars: { "numbered.f1": { min: 0.98 }, "leaks.count": { max: 0 }, "footnotes.linkedRecall": { min: 1 } } }] },
    "sample-thresholds.json",
  );
  const gold = sampleGold();
  const damaged = predictionFromGold(gold);
  damaged.blocks.splice(6, 1); // paragraph 4
  damaged.blocks[4]!.text = damaged.blocks[4]!.text.replace("框架", "框") + " 2/4";
  damaged.footnotes[0]!.block = "b0005";
  const documents: DocumentResult[] = [
    { name: "damaged.json", prediction: damaged },
    { name: "intact.json", prediction: predictionFromGold(gold) },
  ].map(({ name, prediction }) => {
    const score = { ...compareDocument(gold, prediction), conservation: null };
    const result: DocumentResult = { gold: name, file: gold.file, scope: gold.scope, pages: 1, error: null, score, bars: [], ok: false };
    result.bars = checkBars(thresholds, result);
    result.ok = result.bars.every((b) => b.ok);
    return result;
  });
  return { documents, overall: summarise(documents.map((d) => d.score)), emptyGroups: [], ok: documents.every((d) => d.ok) };
}
