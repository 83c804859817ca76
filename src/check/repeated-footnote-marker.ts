/**
 * Numbered footnote markers are not printed twice: notes run 1, 2, 3 … and may restart at 1 (an
 * annex, a second part). A number seen again since the last restart is a line wrongly read as a
 * footnote ("26 August–4 September 2002 (United Nations publication …)", the continuation of
 * note 25, read as note 26 before the real one) or two notes merged into one list (a table's
 * note and a body note sharing a marker).
 */
import type { CheckedDocument, Finding, Rule } from "./rule.js";
import { excerpt } from "./rule.js";

const NUMBERED = /^\d{1,4}$/;

export const repeatedFootnoteMarker: Rule = {
  id: "repeated-footnote-marker",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    let seen = new Map<string, string>(); // marker → id of the first footnote with it, since the last restart
    for (const note of doc.footnotes) {
      if (!NUMBERED.test(note.marker)) continue;
      if (note.marker === "1") seen = new Map();
      const first = seen.get(note.marker);
      if (first !== undefined) {
        findings.push({
          page: note.page,
          block: note.id,
          text: `footnote marker ${note.marker} is printed again (${first}, then ${note.id}): “${excerpt(note.text)}”`,
          actual: `${note.marker} twice`,
          expected: "each marker once",
        });
        continue;
      }
      seen.set(note.marker, note.id);
    }
    return findings;
  },
};
