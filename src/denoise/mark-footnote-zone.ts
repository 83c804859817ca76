/**
 * The footnote zone at the foot of a page: the lines under a "______" separator, or, where the
 * rule is drawn rather than typed, the run of smaller-than-body lines at the bottom of the page
 * whose first line opens with a marker ("¹ 联合国，《条约汇编》…", "1/ A/48/803.").
 */
import type { Line, Page, UnDocument } from "../model/document.js";
import { measurePageLayout } from "../layout/page-layout.js";
import { markFurniture } from "./mark.js";
import { FOOTNOTE_RULE } from "../conventions/index.js";
import { GLUED_STARS } from "../repair/inline-callouts.js";

/** Of the body size: footnote text is at most this large. */
const FOOTNOTE_MAX_SIZE = 0.93;
/** A footnote opens with a marker: "1", "1/", "*", "a", followed by text. */
export const FOOTNOTE_MARKER = /^(?:\d{1,3}\/?|\*{1,3}|[a-z]\/?|[†‡§])(?=\s|$)/;

const ALL_GLUED_STARS = new RegExp(GLUED_STARS, "gu");

/** Of the line size: footnote lines follow each other closely. */
const ZONE_GAP = 2.5;

export function markFootnoteZone(doc: UnDocument): void {
  const size = (doc.layout ?? measurePageLayout(doc)).bodySize;
  // Word types its separator rule as underscores; where a document does, a page without one
  // (its rule drawn, or a page-1 note on the symbol) needs notes the text really calls, so a small
  // table at the foot of a page is no footnote zone.
  const typed = doc.pages.some((p) => p.lines.some((l) => FOOTNOTE_RULE.test(l.text)));
  const called = typed ? calledMarkers(doc) : null;
  for (const page of doc.pages) {
    const lines = page.lines.filter((l) => l.role !== "furniture");
    const start = zoneStart(doc, page, lines, size, called);
    markTableNotes(lines.slice(0, start < 0 ? lines.length : start), size);
    if (start < 0) continue;
    for (const line of lines.slice(start)) line.role = "footnote";
  }
}

/**
 * Notes printed under a table, above the page's foot ("ᵃ Estimates as at 28 February 2026." /
 * "ᵇ Excludes one-time requirements …" under a table whose cells call a and b, with the page's
 * own footnote further down): a line in note type that opens with a raised marker a line above
 * it on the page calls, and the note-type lines that follow it closely, are notes, not body text.
 */
function markTableNotes(lines: readonly Line[], size: number): void {
  const called = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const note = line.size <= FOOTNOTE_MAX_SIZE * size && raisedMarker(line) && called.has(markerOf(line)) && /^\p{L}/u.test(line.text);
    for (const c of line.callouts) if (c.offset > 0) called.add(c.marker);
    if (!note) continue;
    let last = i;
    line.role = "footnote";
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.size > FOOTNOTE_MAX_SIZE * size || next.cells.length > 1 || lines[last]!.bbox[1] - next.bbox[1] > ZONE_GAP * next.size) break;
      next.role = "footnote";
      last = j;
    }
    i = last;
  }
}

function zoneStart(doc: UnDocument, page: Page, lines: Line[], size: number, called: ReadonlySet<string> | null): number {
  const separator = page.lines.find((l) => FOOTNOTE_RULE.test(l.text));
  if (separator) {
    markFurniture(doc, separator, "separator", "mark-footnote-zone", "footnote separator rule");
    const below = lines.findIndex((l) => l.bbox[1] < separator.bbox[1] && l !== separator);
    // Under the rule: notes, or the rest of a note continued from the page before.
    const first = lines[below];
    if (first && (opensFootnote(first) || first.size <= FOOTNOTE_MAX_SIZE * size)) return below;
  }
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.size > FOOTNOTE_MAX_SIZE * size || line.cells.length > 1) break;
    const below = lines[i + 1];
    if (below && line.bbox[1] - below.bbox[1] > ZONE_GAP * line.size) break;
    if (!opensFootnote(line) || !/^\p{L}|^\p{Script=Han}|^[“"«《(]/u.test(textAfterMarker(line))) continue;
    if (called === null || (called.has(markerOf(line)) && (raisedMarker(line) || markerOf(line).startsWith("*")))) start = i;
  }
  return start;
}

/** Every marker some line calls: raised callouts, and asterisks glued to a word ("Part A*"). */
function calledMarkers(doc: UnDocument): Set<string> {
  const markers = new Set<string>();
  for (const page of doc.pages) {
    for (const line of page.lines) {
      for (const c of line.callouts) if (c.offset > 0) markers.add(c.marker);
      for (const m of line.text.matchAll(ALL_GLUED_STARS)) markers.add(m[1]!);
    }
  }
  return markers;
}

/** Word sets note numbers raised; a typed "1 July 2024" opening a table row is no note. */
function raisedMarker(line: Line): boolean {
  return line.callouts.some((c) => c.offset === 0);
}

function markerOf(line: Line): string {
  const lead = line.callouts.find((c) => c.offset === 0);
  return lead ? lead.marker : (FOOTNOTE_MARKER.exec(line.text)?.[0] ?? "").replace(/\/$/, "");
}

function textAfterMarker(line: Line): string {
  if (line.callouts.some((c) => c.offset === 0)) return line.text;
  return line.text.replace(FOOTNOTE_MARKER, "").trimStart();
}

function opensFootnote(line: Line): boolean {
  return line.callouts.some((c) => c.offset === 0) || FOOTNOTE_MARKER.test(line.text);
}

