/** The terminal view of a run: one row per document, an overall row, then every missed bar. */
import type { EvalRun, DocumentResult } from "./run-eval.js";
import type { BarResult } from "../../src/eval/thresholds.js";

const COLUMNS = ["document", "pages", "num P", "num R", "num F1", "¶ dist", "body", "fn R", "fn link", "fn dist", "leaks", "meta", "cons", "bars"];

export function formatTable(run: EvalRun): string {
  const rows: string[][] = [COLUMNS];
  for (const doc of run.documents) rows.push(documentRow(doc));
  const o = run.overall;
  rows.push([
    "overall",
    "",
    fixed(o.numbered.precision),
    fixed(o.numbered.recall),
    fixed(o.numbered.f1),
    fixed(o.numbered.meanDistance),
    fixed(o.body.meanDistance),
    fixed(o.footnotes.recall),
    fixed(o.footnotes.linkAccuracy),
    fixed(o.footnotes.meanDistance),
    String(o.leaks),
    `${o.metadata.right}/${o.metadata.right + o.metadata.wrong}`,
    String(o.conservation.errors),
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
  const s = doc.score;
  if (s === null) return [doc.gold, doc.pages === null ? "" : String(doc.pages), ...Array<string>(11).fill("—"), "ERROR"];
  const failed = doc.bars.filter((b) => !b.ok).length;
  return [
    doc.gold,
    String(doc.pages ?? ""),
    fixed(s.numbered.precision),
    fixed(s.numbered.recall),
    fixed(s.numbered.f1),
    fixed(s.numbered.meanDistance),
    fixed(s.body.distance),
    fixed(s.footnotes.recall),
    fixed(s.footnotes.linkAccuracy),
    fixed(s.footnotes.meanDistance),
    String(s.leaks.count),
    `${s.metadata.right}/${s.metadata.right + s.metadata.wrong}`,
    s.conservation === null ? "—" : String(s.conservation.errors),
    doc.bars.length === 0 ? "—" : failed === 0 ? "ok" : `${failed} missed`,
  ];
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

function fixed(value: number): string {
  return value.toFixed(3);
}
