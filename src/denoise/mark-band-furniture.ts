/**
 * Untagged furniture in the top and bottom bands of each page, found by UN patterns (page
 * numbers "2/27", "Page 2", job numbers, barcodes, recycling marks, the symbol in a running
 * header) and by repetition: a band line whose text, digits aside, recurs on other pages.
 */
import type { Line, Page, UnDocument } from "../model/document.js";
import { isSymbol, matchFurniture } from "./furniture-patterns.js";
import { inBottomBand, inTopBand } from "../layout/page-layout.js";
import { markFurniture } from "./mark.js";

/** A band line recurring on this share of the pages (and at least twice) is running furniture. */
const REPEAT_SHARE = 0.3;

export function markBandFurniture(doc: UnDocument): void {
  const counts = repeatCounts(doc);
  const minRepeats = Math.max(2, Math.ceil(doc.pages.length * REPEAT_SHARE));
  for (const page of doc.pages) {
    for (const line of page.lines) {
      const top = inTopBand(line, page);
      const bottom = inBottomBand(line, page);
      const rule = matchFurniture(line.text);
      if (!top && !bottom) {
        if (rule?.anywhere) markFurniture(doc, line, rule.role, "mark-band-furniture", rule.reason);
        continue;
      }
      if (rule) {
        markFurniture(doc, line, rule.role, "mark-band-furniture", rule.reason);
      } else if (top && page.number > 1 && isSymbol(line.text)) {
        markFurniture(doc, line, "running-header", "mark-band-furniture", "document symbol in the running header");
      } else if (doc.pages.length > 1 && (counts.get(bandKey(line, page)) ?? 0) >= minRepeats) {
        const role = top ? "running-header" : "running-footer";
        markFurniture(doc, line, role, "mark-band-furniture", "repeats in the same band on other pages");
      }
    }
  }
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
