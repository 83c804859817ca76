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
import { mastheadField } from "../conventions/index.js";
import { joinLines } from "./text.js";

/** A title line is at least this much larger than the body text. */
const LARGER = 1.08;
/** Of the font size: lines of one title block are at most this far apart. */
const TITLE_GAP = 2.5;
/** Pages whose lines tell the body size. */
const SIZE_PAGES = 10;
/** Of the font size: lines of an agenda item's title are at most this far apart. */
const AGENDA_TITLE_GAP = 2;
/** "…l’homme* Italie", "Italy*": footnote marks printed after a word. */
const FOOTNOTE_MARKS = /(?<=\S)[*†‡]+(?=\s|$)/gu;
/** A title never runs longer than this many lines. */
const MAX_TITLE_LINES = 8;
/** The author line that follows a title. */
const AUTHOR =
  /^(?:(?:Report|Note) (?:of|by)|Letter dated|Rapport (?:du|de|d[’'])|Note (?:du|de|d[’'])|Lettre datée|Informe (?:del|de)|Nota (?:del|de)|Carta de|Доклад|Записка|Письмо|Вербальная нота|秘书长的报告|秘书处的说明|.*的报告$|.*的说明$|تقرير|مذكرة|رسالة)(?!\p{L})/iu;

export function readTitle(doc: UnDocument): string | null {
  const lines = firstPageLines(doc);
  const head = headLines(doc);
  const lastMasthead = head.reduce((last, line, i) => (isMastheadLine(line.text) ? i : last), -1);
  const rest = skipAgendaTitle(lines, lastMasthead);
  const bodySize = dominantBodySize(doc);
  return titleBlock(rest, (l) => l.size >= bodySize * LARGER) ?? titleBlock(rest, (l) => isCapitals(l.text));
}

/** A line the masthead finder would name, or a lone series letter (a big "A" printed apart). */
function isMastheadLine(text: string): boolean {
  return mastheadField(text) !== null || /^[A-Z]$/u.test(text.trim());
}

function titleBlock(lines: Line[], isTitleLine: (line: Line) => boolean): string | null {
  const start = lines.findIndex((l) => isTitleLine(l) && !isMastheadLine(l.text));
  if (start < 0) return null;
  const parts: string[] = [];
  let prev: Line | null = null;
  for (const line of lines.slice(start, start + MAX_TITLE_LINES)) {
    if (!/[\p{L}\p{N}]/u.test(line.text)) continue; // a footnote mark on its own baseline
    if (!isTitleLine(line) || (prev !== null && AUTHOR.test(line.text.trim()))) break;
    if (prev !== null && prev.bbox[1] - line.bbox[1] > TITLE_GAP * prev.size) break;
    parts.push(line.text);
    prev = line;
  }
  const title = joinLines(parts).replace(FOOTNOTE_MARKS, "");
  return title === "" ? null : title;
}

/** Lines that continue the last masthead line in its column (an agenda item's title) are not the title. */
function skipAgendaTitle(lines: Line[], lastMasthead: number): Line[] {
  let i = lastMasthead + 1;
  let prev = lines[lastMasthead];
  while (prev !== undefined && i < lines.length) {
    const line = lines[i]!;
    const sameColumn = Math.abs(line.bbox[0] - prev.bbox[0]) < prev.size && Math.abs(line.size - prev.size) < 0.5;
    if (!sameColumn || prev.bbox[1] - line.bbox[1] > AGENDA_TITLE_GAP * prev.size) break;
    prev = line;
    i++;
  }
  return lines.slice(i);
}

/** The font size that carries most characters on the first pages' body lines. */
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
