/**
 * Untagged furniture in the top and bottom bands of each page, found by UN patterns (page
 * numbers "2/27", "Page 2", job numbers, barcodes, recycling marks, the symbol in a running
 * header) and by repetition: a band line whose text, digits aside, recurs on other pages. A line
 * under the page's typed footnote rule, or opened by a raised note marker, is a footnote, however
 * often its shape recurs: short citation notes ("2 Resolution 60/1." on one page, "6 Resolution
 * 70/1." on the next) repeat digits aside as much as a running footer does.
 */
import type { Line, Page, UnDocument } from "../model/document.js";
import { FOOTNOTE_RULE, isSymbol, matchFurniture } from "../conventions/index.js";
import { inBottomBand, inTopBand } from "../layout/page-layout.js";
import { markFurniture } from "./mark.js";

/** A band line recurring on this share of the pages (and at least twice) is running furniture. */
const REPEAT_SHARE = 0.3;

export function markBandFurniture(doc: UnDocument): void {
  const counts = repeatCounts(doc);
  const minRepeats = Math.max(2, Math.ceil(doc.pages.length * REPEAT_SHARE));
  for (const page of doc.pages) {
    const rule = page.lines.find((l) => FOOTNOTE_RULE.test(l.text));
    for (const line of page.lines) {
      const top = inTopBand(line, page);
      const bottom = inBottomBand(line, page);
      const pattern = matchFurniture(line.text);
      if (!top && !bottom) {
        if (pattern?.anywhere) markFurniture(doc, line, pattern.role, "mark-band-furniture", pattern.reason);
        continue;
      }
      if (pattern) {
        markFurniture(doc, line, pattern.role, "mark-band-furniture", pattern.reason);
      } else if (top && page.number > 1 && isSymbol(line.text)) {
        markFurniture(doc, line, "running-header", "mark-band-furniture", "document symbol in the running header");
      } else if (doc.pages.length > 1 && !underRule(line, rule) && !opensWithNoteMarker(line) && (counts.get(bandKey(line, page)) ?? 0) >= minRepeats) {
        const role = top ? "running-header" : "running-footer";
        markFurniture(doc, line, role, "mark-band-furniture", "repeats in the same band on other pages");
      }
    }
  }
}

/** The line sits below the page's footnote rule (PDF y grows upwards). */
function underRule(line: Line, rule: Line | undefined): boolean {
  return rule !== undefined && line !== rule && line.bbox[1] < rule.bbox[1];
}

/** A line opened by a raised note marker ("²Resolution 60/1.") is a footnote, rule or none. */
function opensWithNoteMarker(line: Line): boolean {
  return line.callouts.some((c) => c.offset === 0);
}

function bandKey(line: Line, page: Page): string {
  const band = inTopBand(line, page) ? "top" : "bottom";
  return `${band}|${line.text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim()}`;
}

function repeatCounts(doc: UnDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of doc.pages) {
    const seen = new Set<string>();
    for (const line of page.lines) {
      if (!inTopBand(line, page) && !inBottomBand(line, page)) continue;
      seen.add(bandKey(line, page));
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
