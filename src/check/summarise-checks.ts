/**
 * A check run over many documents: every finding (with the exception that covers it, if any),
 * per-rule counts, stale exceptions, and whether the counted findings stay within the maximum.
 * Deterministic: documents sorted by id, findings in rule order within a document, no times.
 * Example: 233 documents, numbering-sequence in 3 documents (5 findings, 1 excepted) → counted 4.
 */
import type { Message } from "../model/document.js";
import { findException, type CheckException } from "./exceptions.js";
import { CONSERVATION } from "./conservation.js";
import { rules, SOURCE } from "./rules.js";

export interface CheckedFinding {
  document: string;
  rule: string;
  page: number | null;
  block: string | null;
  text: string;
  actual?: string;
  expected?: string;
  /** The reason of the exception that covers it; absent when it counts. */
  excepted?: string;
}

export interface RuleCount {
  rule: string;
  documents: number;
  findings: number;
  excepted: number;
}

export interface CheckSummary {
  documents: number;
  /** Findings not covered by an exception. */
  counted: number;
  max: number;
  ok: boolean;
  rules: RuleCount[];
  findings: CheckedFinding[];
  stale: CheckException[];
}

/** Every rule id, in report order (the JSON rules, then conservation). */
export const RULE_IDS: readonly string[] = [...rules.map((r) => r.id), CONSERVATION];

export function summariseChecks(documents: ReadonlyArray<{ id: string; messages: readonly Message[] }>, exceptions: readonly CheckException[], max: number): CheckSummary {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const findings: CheckedFinding[] = [];
  const used = new Set<CheckException>();
  for (const doc of sorted) {
    for (const message of doc.messages) {
      if (message.source !== SOURCE) continue;
      const exception = findException(exceptions, doc.id, { rule: message.ruleId, page: message.page, block: message.block ?? null, text: message.text });
      if (exception !== null) used.add(exception);
      const finding: CheckedFinding = { document: doc.id, rule: message.ruleId, page: message.page, block: message.block ?? null, text: message.text };
      if (message.actual !== undefined) finding.actual = message.actual;
      if (message.expected !== undefined) finding.expected = message.expected;
      if (exception !== null) finding.excepted = exception.reason;
      findings.push(finding);
    }
  }
  const ids = [...RULE_IDS, ...new Set(findings.map((f) => f.rule).filter((r) => !RULE_IDS.includes(r)))];
  const counts = ids.map((rule) => {
    const mine = findings.filter((f) => f.rule === rule);
    return { rule, documents: new Set(mine.map((f) => f.document)).size, findings: mine.length, excepted: mine.filter((f) => f.excepted !== undefined).length };
  });
  const counted = findings.filter((f) => f.excepted === undefined).length;
  // Stale: about a document checked here that no longer has the finding (an exception about a
  // document not in this folder says nothing about it).
  const checked = new Set(sorted.map((doc) => doc.id));
  return { documents: sorted.length, counted, max, ok: counted <= max, rules: counts, findings, stale: exceptions.filter((e) => checked.has(e.document) && !used.has(e)) };
}
