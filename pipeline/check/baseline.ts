/**
 * The known-findings baseline of the shared corpus (`check-baseline.json`): how many findings
 * each document has under each rule today, pipeline errors not fixed yet (source errors go to
 * check-exceptions.json instead, with their reason). The CI gate compares a fresh check with it
 * and fails on any new finding — a document or rule over its count — and on a stale baseline
 * (a count that went down must be lowered, so that it can never go back up unnoticed).
 *   npm run check:corpus -- --write-baseline    writes it from a fresh check
 */
import type { CheckSummary } from "../../src/check/summarise-checks.js";

export const BASELINE_FILE = "check-baseline.json";

export interface Baseline {
  about: string;
  /** document → rule → findings not excepted. */
  counts: Record<string, Record<string, number>>;
}

export interface BaselineComparison {
  /** "en/A/80/590 split-paragraph: 12 > 10 (…the first new finding…)" */
  worse: string[];
  /** "en/A/80/590 split-paragraph: 8 < 10" */
  better: string[];
}

const ABOUT =
  "Findings of `uncorpus check` on the shared corpus (../shared/corpus/raw and resolutions) that are pipeline errors not fixed yet, counted per document and rule. The CI gate (test/check-corpus.test.ts) fails when a count goes up or a new one appears, and when one goes down without this file being lowered (npm run check:corpus -- --write-baseline). Source errors belong in check-exceptions.json, never here.";

export function countFindings(summary: CheckSummary): Baseline["counts"] {
  const counts: Baseline["counts"] = {};
  for (const finding of summary.findings) {
    if (finding.excepted !== undefined) continue;
    const rules = (counts[finding.document] ??= {});
    rules[finding.rule] = (rules[finding.rule] ?? 0) + 1;
  }
  return counts;
}

export function makeBaseline(summary: CheckSummary): Baseline {
  return { about: ABOUT, counts: countFindings(summary) };
}

export function compareWithBaseline(summary: CheckSummary, baseline: Baseline): BaselineComparison {
  const now = countFindings(summary);
  const worse: string[] = [];
  const better: string[] = [];
  const keys = new Set([...Object.keys(now), ...Object.keys(baseline.counts)]);
  for (const document of [...keys].sort()) {
    const rules = new Set([...Object.keys(now[document] ?? {}), ...Object.keys(baseline.counts[document] ?? {})]);
    for (const rule of [...rules].sort()) {
      const found = now[document]?.[rule] ?? 0;
      const known = baseline.counts[document]?.[rule] ?? 0;
      if (found > known) {
        const first = summary.findings.find((f) => f.document === document && f.rule === rule && f.excepted === undefined);
        worse.push(`${document} ${rule}: ${found} > ${known} (e.g. p.${first?.page ?? "-"} ${first?.block ?? "-"}: ${first?.text ?? ""})`);
      } else if (found < known) better.push(`${document} ${rule}: ${found} < ${known}`);
    }
  }
  return { worse, better };
}
