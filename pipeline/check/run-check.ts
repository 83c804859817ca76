/**
 * `uncorpus check` without the terminal: reads an output folder, runs the JSON rules again on
 * every document (so output written before a rule existed is checked too) and takes the
 * findings that need the page layer (conservation) from the messages the check stage wrote.
 */
import type { Message } from "../../src/model/document.js";
import { CONSERVATION } from "../../src/check/conservation.js";
import type { CheckException } from "../../src/check/exceptions.js";
import { runRules, SOURCE } from "../../src/check/rules.js";
import { summariseChecks, type CheckSummary } from "../../src/check/summarise-checks.js";
import { readOutputs, type OutputDocument, type Unreadable } from "./read-outputs.js";

export interface CheckRun {
  summary: CheckSummary;
  unreadable: Unreadable[];
}

export async function runCheck(dir: string, exceptions: readonly CheckException[], max: number): Promise<CheckRun> {
  const { documents, unreadable } = await readOutputs(dir);
  const checked = documents.map((doc) => ({ id: doc.id, messages: messagesOf(doc) }));
  return { summary: summariseChecks(checked, exceptions, max), unreadable };
}

/** The rules' findings now, plus the stage's conservation findings as written. */
export function messagesOf(doc: OutputDocument): Message[] {
  const { json } = doc;
  const recomputed = runRules({ pageCount: json.pages, metadata: json.metadata, blocks: json.blocks, footnotes: json.footnotes, furniture: json.furniture });
  const conservation = json.messages.filter((m) => m.source === SOURCE && m.ruleId === CONSERVATION);
  return [...recomputed, ...conservation];
}
