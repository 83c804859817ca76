/**
 * The checks that need no gold, in the order they report. Each reads what the pipeline wrote
 * (blocks, footnotes, furniture, metadata), so `uncorpus check` can run them again on any
 * output folder, old output included.
 */
import { adoptionInText } from "./adoption-in-text.js";
import { footnoteCallout } from "./footnote-callout.js";
import { jobNumberInText } from "./job-number-in-text.js";
import { mastheadInText } from "./masthead-in-text.js";
import { numberingSequence } from "./numbering-sequence.js";
import { pageNumberInText } from "./page-number-in-text.js";
import { repeatedFootnoteMarker } from "./repeated-footnote-marker.js";
import type { CheckedDocument, Rule } from "./rule.js";
import { splitParagraph } from "./split-paragraph.js";
import { subItemSequence } from "./sub-item-sequence.js";
import type { Message } from "../model/document.js";

export const SOURCE = "check";

export const rules: readonly Rule[] = [
  numberingSequence, // top-level numbers 1, 2, 3 … (restart at 1)
  subItemSequence, // (a) … (z), (aa) …; (i), (ii) … under their parent
  splitParagraph, // no closing punctuation, then a lower-case start
  footnoteCallout, // numbered footnote without a callout
  repeatedFootnoteMarker, // a numbered marker printed twice
  adoptionInText, // adoption lines in the body
  mastheadInText, // masthead lines in the body
  pageNumberInText, // page numbers in the body or footnotes
  jobNumberInText, // job numbers in the body or footnotes
];

/** Every rule's findings on a document, as messages (source "check", ruleId the rule's file). */
export function runRules(doc: CheckedDocument): Message[] {
  return rules.flatMap((rule) => rule.run(doc).map((finding) => toMessage(rule.id, finding)));
}

export function toMessage(ruleId: string, finding: { page: number | null; block?: string; text: string; actual?: string; expected?: string }): Message {
  const message: Message = { level: "warning", source: SOURCE, ruleId, page: finding.page, text: finding.text };
  if (finding.block !== undefined) message.block = finding.block;
  if (finding.actual !== undefined) message.actual = finding.actual;
  if (finding.expected !== undefined) message.expected = finding.expected;
  return message;
}
