/**
 * Tagged PDFs mark headers, footers and the page-1 masthead as `/Artifact`: trust the tag,
 * and name the role from the text or the position ("2/4" at the foot → page number).
 */
import type { FurnitureRole, Line, Page, UnDocument } from "../model/document.js";
import { isSymbol, matchFurniture, RULE_LINE } from "../conventions/index.js";
import { markFurniture } from "./mark.js";


export function markTaggedArtifacts(doc: UnDocument): void {
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (!line.artifact) continue;
      const [role, reason] = roleOf(line, page);
      markFurniture(doc, line, role, "mark-tagged-artifacts", `tagged /Artifact: ${reason}`);
    }
  }
}

function roleOf(line: Line, page: Page): [FurnitureRole, string] {
  const rule = matchFurniture(line.text);
  if (rule) return [rule.role, rule.reason];
  if (RULE_LINE.test(line.text)) return ["separator", "footnote separator"];
  const upper = line.bbox[1] > page.height / 2;
  if (page.number === 1 && upper) return ["masthead", "page-1 masthead"];
  if (isSymbol(line.text)) return [upper ? "running-header" : "running-footer", "document symbol"];
  return upper ? ["running-header", "running header"] : ["running-footer", "running footer"];
}
