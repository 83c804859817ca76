/**
 * The title of a report (resolutions take theirs from the title line, see read-resolution.ts):
 * the first run of lines set larger than the body text, below the masthead, up to the line
 * that names the author ("Report of the Secretary-General", "Note by the Secretariat").
 * Example: A/80/590 → "Budget performance of the United Nations Multidimensional Integrated
 * Stabilization Mission in Mali for the period from 1 July 2024 to 30 June 2025". When nothing
 * is set larger (2009 HRC reports), the first run of capitals below the masthead.
 */
import type { Line, UnDocument } from "../model/document.js";
import { firstPageLines, headLines } from "./head-lines.js";
import { pageLines } from "./page-lines.js";
import { AUTHOR_LINE } from "../conventions/index.js";
import { joinLines } from "./text.js";

/** A title line is at least this much larger than the body text. */
const LARGER = 1.08;
/** Of the font size: lines of one title block are at most this far apart. */
const TITLE_GAP = 2.5;
/** Pages whose lines tell the body size. */
const SIZE_PAGES = 10;
/** "…l’homme* Italie", "Italy*": footnote marks printed after a word. */
const FOOTNOTE_MARKS = /(?<=\S)[*†‡]+(?=\s|$)/gu;
/** A title never runs longer than this many lines. */
const MAX_TITLE_LINES = 8;

export function readTitle(doc: UnDocument): string | null {
  const lines = firstPageLines(doc);
  const masthead = new Set(headLines(doc));
  const lastMasthead = lines.reduce((last, line, i) => (masthead.has(line) ? i : last), -1);
  const rest = lines.slice(lastMasthead + 1);
  const bodySize = doc.layout?.bodySize ?? dominantBodySize(doc);
  return titleBlock(rest, (l) => l.size >= bodySize * LARGER) ?? titleBlock(rest, (l) => isCapitals(l.text));
}

function titleBlock(lines: Line[], isTitleLine: (line: Line) => boolean): string | null {
  const start = lines.findIndex((l) => isTitleLine(l));
  if (start < 0) return null;
  const parts: string[] = [];
  let prev: Line | null = null;
  for (const line of lines.slice(start, start + MAX_TITLE_LINES)) {
    if (!/[\p{L}\p{N}]/u.test(line.text)) continue; // a footnote mark on its own baseline
    if (!isTitleLine(line) || (prev !== null && AUTHOR_LINE.test(line.text.trim()))) break;
    if (prev !== null && prev.bbox[1] - line.bbox[1] > TITLE_GAP * prev.size) break;
    parts.push(line.text);
    prev = line;
  }
  const title = joinLines(parts).replace(FOOTNOTE_MARKS, "");
  return title === "" ? null : title;
}

/** For a document denoise has not measured: the font size carrying most characters on the first pages' body lines. */
function dominantBodySize(doc: UnDocument): number {
  const weight = new Map<number, number>();
  for (const page of doc.pages.slice(0, SIZE_PAGES)) {
    for (const line of pageLines(page)) {
      if (line.role === "furniture") continue;
      const size = Math.round(line.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    }
  }
  return [...weight].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** "NATIONAL REPORT SUBMITTED IN ACCORDANCE WITH…": letters all capitals, enough of them. */
function isCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 8 && letters.every((ch) => ch === ch.toUpperCase());
}
