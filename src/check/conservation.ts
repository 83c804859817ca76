/**
 * Per-page conservation, as a check: every character pdf.js extracted ends up in exactly one of
 * body, footnotes or furniture (`src/eval/conservation.ts` does the counting). It needs the
 * page layer (items and lines), which the per-document JSON does not keep, so it runs in the
 * pipeline only; `uncorpus check` reads its findings from the messages.
 * Example: "page 2: pdf.js extracted 1,204 characters, its lines hold 1,201 (3 lost …)".
 */
import type { UnDocument } from "../model/document.js";
import { checkConservation } from "../eval/conservation.js";
import type { Finding } from "./rule.js";

export const CONSERVATION = "conservation";

export function conservationFindings(doc: UnDocument): Finding[] {
  return checkConservation(doc).problems.map((p) => ({ page: p.page, text: p.message, actual: String(p.actual), expected: String(p.expected) }));
}
