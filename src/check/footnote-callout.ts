/**
 * Every numbered footnote has a callout in the body. A footnote the segmenter linked to no
 * block is either a line wrongly read as a footnote ("26 August–4 September 2002 …", the
 * continuation of footnote 25) or a note whose callout was lost. A callout printed on the
 * masthead ("Item 154 of the provisional agenda¹") is no finding: that furniture line ends in the
 * marker. `*` and lettered (table) notes are not numbered and not checked here.
 */
import type { CheckedDocument, Finding, Rule } from "./rule.js";
import { excerpt } from "./rule.js";

const NUMBERED = /^\d{1,4}$/;
const HEAD_ROLES: ReadonlySet<string> = new Set(["masthead", "adoption"]);

export const footnoteCallout: Rule = {
  id: "footnote-callout",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    for (const note of doc.footnotes) {
      if (note.block !== null || !NUMBERED.test(note.marker)) continue;
      const onMasthead = doc.furniture.some((f) => f.page === note.page && HEAD_ROLES.has(f.role) && endsWithMarker(f.text, note.marker));
      if (onMasthead) continue;
      findings.push({
        page: note.page,
        block: note.id,
        text: `footnote ${note.marker} (${note.id}) has no callout in the body: “${excerpt(note.text)}”`,
        actual: "no callout",
        expected: `a callout ${note.marker} in the body`,
      });
    }
    return findings;
  },
};

function endsWithMarker(text: string, marker: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(marker) && !/\d/.test(trimmed.charAt(trimmed.length - marker.length - 1));
}
