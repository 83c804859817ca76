/**
 * Stage 7, check: the checks that need no gold, run on the finished document. Each finding is
 * a warning message (source "check", ruleId the rule's file name, page, block, actual/expected)
 * in `doc.messages`; nothing else changes. A user running 10,000 documents with no gold learns
 * from these which ones to look at (`uncorpus check DIR` tabulates them).
 */
import type { UnDocument } from "../model/document.js";
import { CONSERVATION, conservationFindings } from "./conservation.js";
import { runRules, toMessage } from "./rules.js";

export function check(doc: UnDocument): void {
  doc.messages.push(...runRules({ ...doc, pageCount: doc.pageCount }));
  doc.messages.push(...conservationFindings(doc).map((finding) => toMessage(CONSERVATION, finding)));
}
