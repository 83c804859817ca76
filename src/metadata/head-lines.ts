/**
 * The page-1 lines a masthead reader searches: every line, whatever its role, from the top of
 * page 1 down to where the body opens (a resolution's title line "68/4. …" or a numbered
 * paragraph "1. …"), and never below the upper share of the page where mastheads stand.
 * Example: A/80/590 → "A/80/590", "United Nations", …, "Agenda item 155", title lines.
 */
import type { Line, UnDocument } from "../model/document.js";
import { RESOLUTION_TITLE } from "../conventions/index.js";
import { pageLines } from "./page-lines.js";

/** Share of the page height, from the top, that a masthead may reach. */
const MASTHEAD_REACH = 0.55;
/** "1. The present report…", "1. 认识到…": a numbered paragraph opens the body. */
const NUMBERED_PARAGRAPH = /^\d{1,3}\.\s*[\p{L}“"«(]/u;

export function firstPageLines(doc: UnDocument): Line[] {
  const page = doc.pages[0];
  return page ? pageLines(page) : [];
}

export function headLines(doc: UnDocument): Line[] {
  const page = doc.pages[0];
  if (!page) return [];
  const floor = page.height * (1 - MASTHEAD_REACH);
  const head: Line[] = [];
  for (const line of pageLines(page)) {
    if (line.bbox[1] < floor) break;
    const text = line.text.trim();
    if (RESOLUTION_TITLE.test(text) || NUMBERED_PARAGRAPH.test(text)) break;
    head.push(line);
  }
  return head;
}

/** The lines of the last page, top to bottom (closing lines of a resolution stand there). */
export function lastPageLines(doc: UnDocument): Line[] {
  const page = doc.pages[doc.pages.length - 1];
  return page ? pageLines(page) : [];
}
