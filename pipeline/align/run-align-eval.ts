/**
 * `uncorpus eval align`: scores paragraph alignment against HURIDOCS's human cross-language
 * paragraph pairs (../shared/corpus/groundtruth/huridocs_multilingual_paragraphs: one JSON per
 * document pair and direction; the direction whose main language comes first alphabetically is
 * used, so each pair counts once). Each PDF (raw/<lang>/<name>.pdf under the corpus folder) runs
 * through the pipeline without tokens, the two versions are aligned, and src/align/score-alignment.ts
 * gives recall, precision and F1; bars come from eval-thresholds.json ("alignment").
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { processPdf } from "../../src/index.js";
import { alignDocuments } from "../../src/align/align-documents.js";
import { missedBars, type AlignmentBar } from "../../src/align/alignment-thresholds.js";
import { scoreAlignment, type AlignmentScore, type SideView } from "../../src/align/score-alignment.js";
import type { Language, UnDocument } from "../../src/model/document.js";

export interface PairResult {
  /** The label file's name without .json ("plan_1_en_es"). */
  name: string;
  languages: [string, string];
  symbol: string | null;
  score: AlignmentScore | null;
  error: string | null;
  missed: string[];
  ms: number;
}

interface LabelFile {
  main_language: string;
  other_language: string;
  main_xml_name: string;
  other_xml_name: string;
  paragraphs: Array<{ main_language: string; other_language: string }>;
}

export async function runAlignEval(options: { labels: string; corpus: string; bars: readonly AlignmentBar[]; log?: (line: string) => void }): Promise<PairResult[]> {
  const results: PairResult[] = [];
  const names = (await readdir(options.labels)).filter((name) => name.endsWith(".json")).sort();
  for (const name of names) {
    const path = join(options.labels, name);
    const labels = JSON.parse(await readFile(path, "utf8")) as LabelFile;
    if (!(labels.main_language < labels.other_language)) continue;
    const started = performance.now();
    const base: Omit<PairResult, "score" | "error" | "missed" | "ms" | "symbol"> = { name: basename(name, ".json"), languages: [labels.main_language, labels.other_language] };
    try {
      const a = await run(options.corpus, labels.main_language, labels.main_xml_name);
      const b = await run(options.corpus, labels.other_language, labels.other_xml_name);
      const alignment = alignDocuments(a, b, { a: labels.main_language as Language, b: labels.other_language as Language });
      const score = scoreAlignment(
        labels.paragraphs.map((p) => ({ a: p.main_language, b: p.other_language })),
        view(a),
        view(b),
        alignment.paragraphs,
      );
      results.push({ ...base, symbol: a.metadata.symbol, score, error: null, missed: missedBars(options.bars, score), ms: Math.round(performance.now() - started) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ ...base, symbol: null, score: null, error: message, missed: missedBars(options.bars, null), ms: Math.round(performance.now() - started) });
    }
    const last = results[results.length - 1]!;
    options.log?.(`${last.name}: ${last.error ?? `recall ${last.score!.recall.toFixed(3)}, precision ${last.score!.precision.toFixed(3)}`}`);
  }
  return results;
}

/** The PDF a label file names ("plan_1_en.xml" → <corpus>/raw/en/plan_1_en.pdf), through the pipeline. */
async function run(corpus: string, language: string, xmlName: string): Promise<UnDocument> {
  const file = `${basename(xmlName, ".xml")}.pdf`;
  const path = join(corpus, "raw", language, file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new Error(`${path}: the labelled PDF is missing`);
  }
  return processPdf(bytes, file, { tokenize: false });
}

function view(doc: UnDocument): SideView {
  return { blocks: doc.blocks, footnotes: doc.footnotes, furniture: doc.furniture.map((f) => f.text) };
}

/** The figures as a Markdown table, as the README shows them. */
export function formatAlignTable(results: readonly PairResult[]): string {
  const rows = results.map((r) => {
    if (r.score === null) return `| ${r.name} | ${r.languages.join("–")} | — | — | — | — | — | ${r.error ?? ""} |`;
    const s = r.score;
    return `| ${r.name} | ${r.languages.join("–")} | ${s.labelled - s.notBody} | ${s.notBody} | ${s.recall.toFixed(3)} (${s.recovered}/${s.labelled - s.notBody}) | ${s.precision.toFixed(3)} (${s.correctLinks}/${s.judgedLinks}) | ${s.f1.toFixed(3)} | ${r.missed.length === 0 ? "ok" : r.missed.join("; ")} |`;
  });
  return ["| pair | languages | labelled pairs scored | not body (left out) | recall | precision | F1 | bars |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |", ...rows].join("\n");
}
