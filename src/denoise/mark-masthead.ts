/**
 * Marks the page-1 masthead (find-masthead.ts) as furniture, each line with what it says, and
 * keeps the finding on the document (`doc.masthead`) for metadata. Adoption lines of a
 * resolution get the role "adoption": "Resolution adopted by the General Assembly" / "on
 * 4 December 2024" / "[on the report of the Sixth Committee (A/78/433, para. 13)]".
 */
import type { FurnitureRole, MastheadField, UnDocument } from "../model/document.js";
import { findMasthead } from "./find-masthead.js";
import { markFurniture } from "./mark.js";

export function markMasthead(doc: UnDocument): void {
  const page = doc.pages[0];
  if (!page) return;
  const masthead = findMasthead(page, page.lines);
  doc.masthead = masthead;
  for (const { line, field } of masthead) {
    const [role, reason] = roleOf(field);
    markFurniture(doc, line, role, "mark-masthead", reason, field);
  }
}

function roleOf(field: MastheadField): [FurnitureRole, string] {
  if (field === "adoption" || field === "adoption-bracket") return ["adoption", "adoption line of a resolution"];
  if (field === "draft") return ["masthead", "sponsors line of a draft"];
  if (field === "agenda-title") return ["masthead", "title of the agenda item"];
  return ["masthead", "page-1 masthead"];
}
