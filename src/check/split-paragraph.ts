/**
 * A paragraph cut in two: a block that ends without closing punctuation, followed (tables
 * aside) by an unnumbered paragraph that starts in lower case. UN paragraphs end with
 * "." "," ";" ":" (or "!" "?"); a heading ends with none but is never followed by a sentence's
 * second half. Example: "…requests the Secretary-General to" + "continue to report on the
 * implementation…" (a paragraph broken round a table or a page). Scripts without case (Chinese,
 * Arabic) cannot show this and are not checked.
 */
import type { Block } from "../model/document.js";
import { describe, excerpt, type CheckedDocument, type Finding, type Rule } from "./rule.js";

/** Closing punctuation, Latin and CJK, once closing quotes and brackets are set aside. */
const CLOSING = /[.,;:!?…。，；：！？、]$/u;
const CLOSERS = /[\s)\]}"'’”»›）】」』]+$/u;
const LOWER_START = /^[\s"'‘“«(\[]*\p{Ll}/u;

export const splitParagraph: Rule = {
  id: "split-paragraph",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    let previous: Block | null = null;
    for (const block of doc.blocks) {
      if (block.kind === "table") continue;
      if (previous !== null && block.kind === "paragraph" && block.number === null && LOWER_START.test(block.text) && !closes(previous.text)) {
        findings.push({
          page: block.pages[0] ?? null,
          block: block.id,
          text: `${describe(block)} starts in lower case right after ${describe(previous)}, which ends without closing punctuation: “…${tail(previous.text)}” + “${excerpt(block.text, 40)}”`,
          actual: `${previous.id} + ${block.id}`,
          expected: "one paragraph",
        });
      }
      previous = block;
    }
    return findings;
  },
};

function closes(text: string): boolean {
  const bare = text.replace(CLOSERS, "");
  return bare === "" || CLOSING.test(bare) || CLOSING.test(text.trimEnd());
}

function tail(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.slice(-40);
}
