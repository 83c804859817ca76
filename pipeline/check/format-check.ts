/** The terminal view of a check run: one row per rule, a total, then what counts and what is stale. */
import type { CheckSummary } from "../../src/check/summarise-checks.js";

const HEAD = ["rule", "documents", "findings", "excepted"];
/** Findings listed under the table, at most; check.json has them all. */
const LISTED = 50;

export function formatCheck(summary: CheckSummary): string {
  const affected = new Set(summary.findings.map((f) => f.document)).size;
  const rows = [HEAD, ...summary.rules.map((r) => [r.rule, String(r.documents), String(r.findings), String(r.excepted)])];
  rows.push(["total", String(affected), String(summary.findings.length), String(summary.findings.length - summary.counted)]);
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (row: string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const out = [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)];
  const counted = summary.findings.filter((f) => f.excepted === undefined);
  if (counted.length > 0) {
    out.push("", `Findings (${counted.length}${counted.length > LISTED ? `, first ${LISTED}` : ""}):`);
    for (const f of counted.slice(0, LISTED)) out.push(`  ${f.document}  ${f.rule}  p.${f.page ?? "-"}  ${f.block ?? "-"}  ${f.text}`);
  }
  if (summary.stale.length > 0) {
    out.push("", `Stale exceptions (match no finding any more; remove or update them):`);
    for (const e of summary.stale) out.push(`  ${e.document}  ${e.rule}  ${e.quote === undefined ? (e.block ?? "-") : `p.${e.page} “${e.quote}”`}  (${e.reason})`);
  }
  out.push("", `${summary.documents} documents, ${summary.findings.length} findings, ${summary.counted} counted (max ${summary.max})${summary.ok ? "" : ": over the maximum"}`);
  return out.join("\n");
}
