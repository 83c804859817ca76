/** The terminal view of a run: one row per document, an overall row, then every missed bar. */
import type { EvalRun, DocumentResult } from "./run-eval.js";
import type { BarResult } from "../../src/eval/thresholds.js";
import { cellText, overallText, type CellKey } from "./columns.js";

const METRIC_COLUMNS: Array<[label: string, cell: CellKey]> = [
  ["num P", "numbered.precision"],
  ["num R", "numbered.recall"],
  ["num F1", "numbered.f1"],
  ["¶ dist", "numbered.meanDistance"],
  ["body", "body.distance"],
  ["fn R", "footnotes.recall"],
  ["fn link", "footnotes.linkAccuracy"],
  ["fn dist", "footnotes.meanDistance"],
  ["leaks", "leaks.count"],
  ["meta", "metadata.rightOfChecked"],
  ["cons", "conservation.errors"],
];
const COLUMNS = ["document", "pages", ...METRIC_COLUMNS.map(([label]) => label), "bars"];

export function formatTable(run: EvalRun): string {
  const rows: string[][] = [COLUMNS];
  for (const doc of run.documents) rows.push(documentRow(doc));
  rows.push([
    "overall",
    "",
    ...METRIC_COLUMNS.map(([, cell]) => overallText(cell, run.overall)),
    run.ok ? "ok" : `${run.documents.filter((d) => !d.ok).length} docs fail`,
  ]);
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? "")].length)));
  const lines = rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  lines.splice(lines.length - 1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  const problems = missed(run);
  return [...lines, ...(problems.length === 0 ? [] : ["", "Missed:", ...problems])].join("\n");
}

function documentRow(doc: DocumentResult): string[] {
  const failed = doc.bars.filter((b) => !b.ok).length;
  const bars = doc.score === null ? "ERROR" : doc.bars.length === 0 ? "—" : failed === 0 ? "ok" : `${failed} missed`;
  return [doc.gold, String(doc.pages ?? ""), ...METRIC_COLUMNS.map(([, cell]) => cellText(cell, doc)), bars];
}

function missed(run: EvalRun): string[] {
  const out: string[] = [];
  for (const doc of run.documents) {
    if (doc.error !== null) out.push(`  ${doc.gold}: ${doc.error}`);
    for (const bar of doc.bars.filter((b) => !b.ok)) out.push(`  ${doc.gold}: ${describeBar(bar)}`);
  }
  for (const group of run.emptyGroups) out.push(`  threshold group "${group}" selects no gold file`);
  return out;
}

export function describeBar(bar: BarResult): string {
  const value = bar.value === null ? "no value" : String(bar.value);
  return `${bar.metric} = ${value}, ${bar.op === "min" ? "needs ≥" : "needs ≤"} ${bar.bar} [${bar.group}]`;
}
