/**
 * The page-1 masthead the readers search: what denoise found and marked (`doc.masthead`, see
 * denoise/find-masthead.ts), in page order. A document that denoise has not seen (metadata run
 * on raw items alone) gets the same finder run on its page-1 lines, so both read one masthead.
 * Example: A/RES/78/100 → "United Nations", "A/RES/78/100", …, "Agenda item 58", its title,
 * "Resolution adopted by the General Assembly", "on 7 December 2023", the bracket lines.
 */
import type { Line, MastheadLine, UnDocument } from "../model/document.js";
import { findMasthead } from "../denoise/find-masthead.js";
import { pageLines } from "./page-lines.js";

export function firstPageLines(doc: UnDocument): Line[] {
  const page = doc.pages[0];
  return page ? pageLines(page) : [];
}

/** For a document denoise has not seen: the masthead found once per set of page-1 lines. */
const FOUND = new WeakMap<readonly Line[], MastheadLine[]>();

export function masthead(doc: UnDocument): MastheadLine[] {
  if (doc.masthead !== undefined) return doc.masthead;
  const page = doc.pages[0];
  if (!page) return [];
  const lines = pageLines(page);
  let found = FOUND.get(lines);
  if (found === undefined) {
    found = findMasthead(page, lines);
    FOUND.set(lines, found);
  }
  return found;
}

/** The masthead's lines, top to bottom as the page lists them. */
export function headLines(doc: UnDocument): Line[] {
  const inMasthead = new Set(masthead(doc).map((m) => m.line));
  return firstPageLines(doc).filter((line) => inMasthead.has(line));
}

/** The lines of the last page, top to bottom (closing lines of a resolution stand there). */
export function lastPageLines(doc: UnDocument): Line[] {
  const page = doc.pages[doc.pages.length - 1];
  return page ? pageLines(page) : [];
}
