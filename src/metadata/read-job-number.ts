/**
 * The job number printed at the foot of page 1, without its language letter and date stamps:
 * "26-00248 (E) 160126" → "26-00248", "GE.19-13879(E)" → "GE.19-13879", "13-43968".
 * Falls back to the footers of the following pages ("18 GE.19-13879" → "GE.19-13879").
 * Documents that print none (1994 resolutions) get null.
 */
import type { UnDocument } from "../model/document.js";
import { JOB_NUMBER_AT_START, JOB_NUMBER_IN_TEXT } from "../conventions/index.js";
import { pageLines } from "./page-lines.js";

/** Share of the page height, from the bottom, where footers stand. */
const FOOTER_REACH = 0.15;
/** How many pages after page 1 to look at. */
const MAX_FALLBACK_PAGES = 3;

export function readJobNumber(doc: UnDocument): string | null {
  const first = doc.pages[0];
  if (!first) return null;
  const lines = pageLines(first);
  // Bottom-up: the page-1 footer first, then anywhere on page 1 as long as the line starts with it.
  for (const line of [...lines].reverse()) {
    const match = JOB_NUMBER_AT_START.exec(line.text.trim());
    if (match) return match[1]!;
  }
  for (const page of doc.pages.slice(1, 1 + MAX_FALLBACK_PAGES)) {
    const ceiling = page.height * FOOTER_REACH;
    for (const line of pageLines(page)) {
      if (line.bbox[1] > ceiling) continue;
      const match = JOB_NUMBER_IN_TEXT.exec(line.text.trim());
      if (match) return match[1]!;
    }
  }
  return null;
}
