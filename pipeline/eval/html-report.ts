/**
 * The HTML report of a run, one self-contained page: a summary table with missed bars in red,
 * then per document its missed bars, leaks (highlighted in their context), the worst paragraphs
 * as a side-by-side character diff (gold | extracted), footnote and metadata problems, and
 * conservation problems. No script, no external resources.
 */
import type { DocumentResult, EvalRun } from "./run-eval.js";
import { cellText, overallText, type CellKey } from "./columns.js";
import type { EvalJsonInputs } from "./eval-json.js";
import { describeBar } from "./format-table.js";
import { diffChars } from "../../src/eval/char-diff.js";
import { inspectorFile } from "./run-eval.js";
import type { ParagraphPair } from "../../src/eval/compare-document.js";
import type { Leak } from "../../src/eval/find-leaks.js";

export interface ReportInfo extends EvalJsonInputs {
  /** Shown in the page only (eval.json stays timestamp-free). */
  generatedAt: string;
  /** Folder, relative to the report, of the documents' inspector pages (`uncorpus eval` writes them); none when absent. */
  inspect?: string;
}

/** Footnote problems listed per document before "… and N more". */
const MAX_FOOTNOTE_ROWS = 40;

export function renderReport(run: EvalRun, info: ReportInfo): string {
  const verdict = run.ok ? "All bars met" : `${failingCount(run)} of ${run.documents.length} documents miss a bar${run.emptyGroups.length > 0 ? `; ${run.emptyGroups.length} threshold groups select nothing` : ""}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>uncorpus eval — ${run.ok ? "pass" : "FAIL"}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>uncorpus eval</h1>
<p class="verdict ${run.ok ? "pass" : "fail"}">${esc(verdict)}</p>
<p class="inputs">gold ${info.gold.map((g) => `<code>${esc(g)}</code>`).join(" + ")} · corpus <code>${esc(info.corpus)}</code> · thresholds <code>${esc(info.thresholds ?? "none")}</code> · ${esc(info.generatedAt)}</p>
</header>
<main>
${summaryTable(run)}
${run.emptyGroups.map((g) => `<p class="miss">Threshold group “${esc(g)}” selects no gold file.</p>`).join("\n")}
${run.documents.map((doc) => documentSection(doc, info.inspect)).join("\n")}
</main>
</body>
</html>
`;
}

const METRIC_COLUMNS: Array<[label: string, cell: CellKey]> = [
  ["num F1", "numbered.f1"],
  ["num R", "numbered.recall"],
  ["¶ dist", "numbered.meanDistance"],
  ["body dist", "body.distance"],
  ["fn found+linked", "footnotes.linkedRecall"],
  ["fn dist", "footnotes.meanDistance"],
  ["leaks", "leaks.count"],
  ["metadata wrong", "metadata.wrong"],
  ["conservation", "conservation.errors"],
];

function summaryTable(run: EvalRun): string {
  const head = `<tr><th>document</th><th>pages</th>${METRIC_COLUMNS.map(([label]) => `<th>${esc(label)}</th>`).join("")}<th>bars</th></tr>`;
  const rows = run.documents.map((doc) => {
    const missedMetrics = new Set(doc.bars.filter((b) => !b.ok).map((b) => b.metric));
    const cells = METRIC_COLUMNS.map(([, cell]) => `<td class="num${missedMetrics.has(cell) ? " miss" : ""}">${esc(cellText(cell, doc))}</td>`).join("");
    const status = doc.error !== null ? `<td class="miss">error</td>` : doc.ok ? `<td class="pass">ok</td>` : `<td class="miss">${doc.bars.filter((b) => !b.ok).length} missed</td>`;
    return `<tr><td><a href="#${anchor(doc.gold)}">${esc(doc.gold)}</a></td><td class="num">${doc.pages ?? "—"}</td>${cells}${status}</tr>`;
  });
  const overall = METRIC_COLUMNS.map(([, cell]) => overallText(cell, run.overall));
  const foot = `<tr class="overall"><th>overall</th><td></td>${overall.map((v) => `<td class="num">${esc(v)}</td>`).join("")}<td>${run.ok ? "ok" : `${failingCount(run)} fail`}</td></tr>`;
  return `<table class="summary">\n<thead>${head}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n<tfoot>${foot}</tfoot>\n</table>`;
}

function failingCount(run: EvalRun): number {
  return run.documents.filter((d) => !d.ok).length;
}

function documentSection(doc: DocumentResult, inspect: string | undefined): string {
  const missed = doc.bars.filter((b) => !b.ok);
  const badge = doc.error !== null ? `<span class="badge fail">error</span>` : doc.ok ? `<span class="badge pass">ok</span>` : `<span class="badge fail">${missed.length} ${missed.length === 1 ? "bar" : "bars"} missed</span>`;
  const parts = [`<section class="doc" id="${anchor(doc.gold)}">`, `<h2>${esc(doc.gold)} ${badge}</h2>`];
  const page = inspect === undefined || doc.score === null ? "" : ` · <a class="inspect" href="${esc(`${inspect}/${encodeURIComponent(inspectorFile(doc.gold))}`)}">inspect the pages</a>`;
  parts.push(`<p class="file"><code>${esc(doc.file)}</code> · scope ${esc(doc.scope ?? "?")} · ${doc.pages ?? "?"} pages · ${doc.bars.length - missed.length} of ${doc.bars.length} bars met${page}</p>`);
  if (doc.error !== null) parts.push(`<p class="miss">${esc(doc.error)}</p>`);
  if (missed.length > 0) parts.push(`<ul class="bars">${missed.map((b) => `<li class="miss">${esc(describeBar(b))}</li>`).join("")}</ul>`);
  const s = doc.score;
  if (s !== null) {
    if (s.numbered.missing.length > 0 || s.numbered.extra.length > 0) {
      parts.push(`<p class="numbers">Numbered paragraphs: ${s.numbered.matched} of ${s.numbered.gold} found, ${s.numbered.predicted} output.${list(" Missing", s.numbered.missing)}${list(" Not in gold", s.numbered.extra)}</p>`);
    }
    if (s.leaks.count > 0) parts.push(`<h3>Leaks (${s.leaks.count})</h3>\n<ul class="leaks">${s.leaks.leaks.map(leakItem).join("\n")}</ul>`);
    if (s.worst.length > 0) parts.push(`<h3>Worst paragraphs</h3>\n${diffTable(s.worst)}`);
    if (s.footnotes.problems.length > 0) parts.push(footnoteTable(doc));
    if (s.metadata.fields.length > 0) parts.push(metadataTable(doc));
    if (s.conservation !== null && s.conservation.errors > 0) {
      parts.push(`<h3>Conservation (${s.conservation.errors})</h3>\n<ul class="conservation">${s.conservation.problems.map((p) => `<li>${esc(p.message)}</li>`).join("\n")}</ul>`);
    }
  }
  parts.push("</section>");
  return parts.join("\n");
}

function leakItem(leak: Leak): string {
  const before = leak.context.slice(0, leak.offset);
  const hit = leak.context.slice(leak.offset, leak.offset + leak.length);
  const after = leak.context.slice(leak.offset + hit.length);
  return `<li><code class="leak-string">${esc(leak.string)}</code> in ${esc(leak.where)}: <span class="context">…${esc(before)}<mark class="leak">${esc(hit)}</mark>${esc(after)}…</span></li>`;
}

function diffTable(pairs: readonly ParagraphPair[]): string {
  const rows = pairs.map((pair) => {
    let gold = "";
    let extracted = "";
    if (pair.predicted === null) {
      gold = `<del>${esc(pair.gold)}</del>`;
      extracted = `<span class="absent-block">not found</span>`;
    } else {
      for (const part of diffChars(pair.gold, pair.predicted)) {
        if (part.op === "equal") {
          gold += esc(part.text);
          extracted += esc(part.text);
        } else if (part.op === "delete") gold += changed("del", part.text);
        else extracted += changed("ins", part.text);
      }
    }
    return `<tr><th scope="row">${esc(pair.label)}<br><span class="dist">${pair.distance.toFixed(3)}</span><br><span class="where">${esc(pair.where)}</span></th><td class="gold">${gold}</td><td class="extracted">${extracted}</td></tr>`;
  });
  return `<table class="diff">\n<colgroup><col class="label"><col><col></colgroup>\n<thead><tr><th>¶</th><th>gold</th><th>extracted</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

/** A changed run; white space alone is drawn as "␣" so a stray or lost space can be seen. */
function changed(tag: "ins" | "del", text: string): string {
  return /^\s+$/u.test(text) ? `<${tag} class="ws" title="white space">${"␣".repeat([...text].length)}</${tag}>` : `<${tag}>${esc(text)}</${tag}>`;
}

function footnoteTable(doc: DocumentResult): string {
  const problems = doc.score?.footnotes.problems ?? [];
  const shown = problems.slice(0, MAX_FOOTNOTE_ROWS);
  const rows = shown.map((p) => `<tr class="${p.problem}"><td>${esc(p.marker)}</td><td>${esc(p.problem)}</td><td>${esc(p.expected)}</td><td>${esc(p.got)}</td><td class="num">${p.distance === null ? "" : p.distance.toFixed(3)}</td></tr>`);
  const more = problems.length > shown.length ? `<p>… and ${problems.length - shown.length} more in eval.json</p>` : "";
  return `<h3>Footnote problems (${problems.length})</h3>\n<table class="footnotes"><thead><tr><th>marker</th><th>problem</th><th>gold</th><th>extracted</th><th>dist</th></tr></thead>\n<tbody>${rows.join("\n")}</tbody></table>${more}`;
}

function metadataTable(doc: DocumentResult): string {
  const fields = doc.score?.metadata.fields ?? [];
  const rows = fields.map((f) => `<tr class="${f.ok ? "pass" : "miss"}"><td>${esc(f.field)}</td><td>${esc(JSON.stringify(f.gold))}</td><td>${esc(JSON.stringify(f.predicted))}</td><td>${f.ok ? "✓" : "✗"}</td></tr>`);
  return `<h3>Metadata (${doc.score?.metadata.right ?? 0} of ${fields.length} right)</h3>\n<table class="metadata"><thead><tr><th>field</th><th>gold</th><th>extracted</th><th></th></tr></thead>\n<tbody>${rows.join("\n")}</tbody></table>`;
}

function list(label: string, items: readonly string[]): string {
  return items.length === 0 ? "" : `${label}: ${esc(items.join(", "))}.`;
}

function anchor(name: string): string {
  return "doc-" + name.replace(/[^A-Za-z0-9_-]+/g, "-");
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `
:root { --fail: #b3261e; --fail-bg: #fdecea; --pass: #1e6b35; --pass-bg: #e7f4ea; --ins: #cdeccf; --del: #f8cfcf; --line: #d9d9de; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #1c1c22; background: #f6f6f8; }
header { padding: 16px 28px; background: #1f2a44; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 20px; }
header code { color: #dfe6ff; }
.inputs { margin: 4px 0 0; font-size: 12px; opacity: .85; }
.verdict { display: inline-block; margin: 4px 0; padding: 2px 10px; border-radius: 12px; font-weight: 600; }
.verdict.pass { background: var(--pass-bg); color: var(--pass); }
.verdict.fail { background: var(--fail-bg); color: var(--fail); }
main { padding: 16px 28px 40px; max-width: 1400px; }
table { border-collapse: collapse; background: #fff; margin: 8px 0 16px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
thead th, tfoot th, tfoot td { background: #eceef3; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.miss, li.miss, p.miss, tr.miss td { color: var(--fail); background: var(--fail-bg); font-weight: 600; }
td.pass { color: var(--pass); }
.doc { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 20px 12px; margin: 20px 0; }
.doc h2 { font-size: 17px; margin: 8px 0 2px; }
.doc h3 { font-size: 14px; margin: 16px 0 4px; }
.file { margin: 0 0 8px; color: #555; font-size: 12px; }
.badge { font-size: 12px; padding: 1px 8px; border-radius: 10px; vertical-align: middle; }
.badge.pass { background: var(--pass-bg); color: var(--pass); }
.badge.fail { background: var(--fail-bg); color: var(--fail); }
ul.bars, ul.leaks, ul.conservation { margin: 4px 0; padding-left: 20px; }
ul.bars li.miss { background: none; }
mark.leak { background: #ffb347; color: #000; padding: 0 2px; border-radius: 2px; outline: 2px solid #e67e00; }
code.leak-string { background: #fff3e0; padding: 0 3px; }
.context { color: #333; }
table.diff { width: 100%; table-layout: fixed; }
table.diff col.label { width: 120px; }
table.diff th[scope=row] { font-weight: 600; }
table.diff td { white-space: pre-wrap; word-break: break-word; }
.dist { font-weight: 400; color: var(--fail); font-variant-numeric: tabular-nums; }
.where { font-weight: 400; color: #777; font-size: 11px; }
del { background: var(--del); text-decoration: line-through; text-decoration-color: #a33; }
ins { background: var(--ins); text-decoration: none; }
ins.ws, del.ws { color: #555; padding: 0 1px; }
.absent-block { color: var(--fail); font-style: italic; }
`;
