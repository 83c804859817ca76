/**
 * Public entry (`import { processPdf } from "uncorpus"`): run the whole pipeline on one PDF's
 * bytes, and the pieces around it — the stage list, the JSON format, the corpus row builders and
 * the evaluation functions. No file I/O happens in src/. README "Library" shows them in use.
 */
import { extractOptions, extractText } from "./extract/extract-text.js";
import { runStages } from "./stages.js";
import type { UnDocument } from "./model/document.js";
import type { PipelineOptions } from "./options.js";

export type * from "./model/document.js";
export type { PipelineOptions } from "./options.js";
export { DocumentError } from "./errors/document-error.js";
export { stages, type Stage } from "./stages.js";
export { PACKAGE_VERSION, PIPELINE_VERSION } from "./version.js";
export { FORMAT_VERSION, toDocumentJson, stringifyDocument, type DocumentJson } from "./output/to-json.js";
export { outputPath } from "./output/output-path.js";
export { documentRow, blockRows, sentenceRows, tokenRows, footnoteRows, furnitureRows } from "./corpus/rows.js";
export { TABLES, TABLE_NAMES, type TableName, type Row, type Cell } from "./corpus/columns.js";
export { jsonlLine } from "./corpus/jsonl-record.js";
export { escapeFormula, unescapeFormula } from "./corpus/escape-formula.js";
export { parseGold, GoldError, type Gold } from "./eval/gold.js";
export { compareDocument, type DocumentComparison } from "./eval/compare-document.js";
export { checkConservation, type ConservationScore } from "./eval/conservation.js";
export { summarise, type Overall } from "./eval/summarise.js";
export { parseThresholds, checkBars, ThresholdsError, type Thresholds, type BarResult } from "./eval/thresholds.js";
export { METRICS, type DocumentScore } from "./eval/metrics.js";

/** Milliseconds per stage of one document: "extract", then every stage of src/stages.ts by name. */
export type StageTimes = Record<string, number>;

/** `times`, when given, receives how long each stage took (uncorpus run --profile). */
export async function processPdf(bytes: Uint8Array, file: string, options: PipelineOptions = {}, times?: StageTimes): Promise<UnDocument> {
  const began = performance.now();
  const doc = await extractText(bytes, file, extractOptions(options));
  if (times !== undefined) times["extract"] = (times["extract"] ?? 0) + (performance.now() - began);
  runStages(doc, options, times);
  return doc;
}
