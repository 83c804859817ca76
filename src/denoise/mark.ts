/** Moves a line out of the body into the furniture layer, keeping its text, place and reason. */
import type { FurnitureRole, Line, MastheadField, UnDocument } from "../model/document.js";

export function markFurniture(doc: UnDocument, line: Line, role: FurnitureRole, rule: string, reason: string, field?: MastheadField): void {
  if (line.role === "furniture") {
    // Already furniture (a tagged /Artifact): the masthead finder still says what the line is.
    if (field === undefined) return;
    const entry = doc.furniture.find((f) => f.page === line.page && f.bbox === line.bbox);
    if (entry && entry.field === undefined) entry.field = field;
    return;
  }
  line.role = "furniture";
  doc.furniture.push({ page: line.page, bbox: line.bbox, text: fullText(line), role, rule, reason, ...(field === undefined ? {} : { field }) });
}

/** The line's text with its superscripts put back, as printed ("A/81/6 (Sect. 25)/Part A*"). */
export function fullText(line: Line): string {
  let text = line.text;
  for (const c of [...line.callouts].sort((a, b) => b.offset - a.offset)) {
    text = text.slice(0, c.offset) + c.marker + text.slice(c.offset);
  }
  return text;
}
