/**
 * The page-1 masthead: organ, body, symbol, "Distr.", date, "Original:", session and agenda
 * item, and for resolutions the adoption lines. Everything from the top of page 1 down to the
 * last such line, before the body opens, is masthead; lines continuing the agenda item's title
 * (same column, no gap) belong to it too ("Agenda item 154" / "Financing of the United Nations…").
 */
import type { FurnitureRole, Line, UnDocument } from "../model/document.js";
import { isSymbol } from "./furniture-patterns.js";
import { ADOPTION, ADOPTION_BRACKET, AGENDA, BODY, DISTRIBUTION, ISSUE_DATE, ORGAN, ORIGINAL, SESSION } from "./masthead-patterns.js";
import { markFurniture } from "./mark.js";
import { RESOLUTION_TITLE, readParagraphNumber } from "../segment/paragraph-number.js";

/** The masthead ends in the upper part of page 1: this share of the page height from the top. */
const MASTHEAD_REACH = 0.75;
/** Of the font size: a vertical gap up to this much keeps a line in the agenda title. */
const AGENDA_TITLE_GAP = 2.2;
/** Of the font size: how far left/right the agenda title lines may stand from the agenda line. */
const SAME_COLUMN = 1;
/** Of the agenda line's size: a larger line is the document's own title, not the agenda item's. */
const AGENDA_TITLE_MAX_SIZE = 1.1;

export function markMasthead(doc: UnDocument): void {
  const page = doc.pages[0];
  if (!page) return;
  const lines = page.lines;
  const floor = page.height * (1 - MASTHEAD_REACH);
  let last = -1;
  let agenda: Line | null = null;
  for (const [i, line] of lines.entries()) {
    if (line.bbox[1] < floor || opensBody(line)) break;
    if (mastheadRole(line) !== null) last = i;
    if (AGENDA.test(undouble(line.text))) agenda = line;
  }
  if (last < 0) return;
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    const role = mastheadRole(line) ?? "masthead";
    markFurniture(doc, line, role, "mark-masthead", role === "adoption" ? "adoption line of a resolution" : "page-1 masthead");
  }
  if (agenda !== null) markAgendaTitle(doc, lines, agenda);
}

function markAgendaTitle(doc: UnDocument, lines: Line[], agenda: Line): void {
  let prev = agenda;
  for (let i = lines.indexOf(agenda) + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const gap = prev.bbox[1] - line.bbox[1];
    if (gap > AGENDA_TITLE_GAP * prev.size || Math.abs(line.bbox[0] - agenda.bbox[0]) > SAME_COLUMN * agenda.size) break;
    if (line.size > agenda.size * AGENDA_TITLE_MAX_SIZE) break;
    markFurniture(doc, line, "masthead", "mark-masthead", "title of the agenda item");
    prev = line;
  }
}

/** The body has begun: a numbered paragraph or a resolution's title line ("68/4. …"). */
function opensBody(line: Line): boolean {
  return readParagraphNumber(line.text) !== null || RESOLUTION_TITLE.test(line.text);
}

export function mastheadRole(line: Line): FurnitureRole | null {
  const text = undouble(line.text.trim());
  if (ADOPTION.test(text) || (ADOPTION_BRACKET.test(text) && /[A-Z]\/[\w.]+/.test(text))) return "adoption";
  if (ORGAN.test(text) || BODY.test(text) || DISTRIBUTION.test(text) || ORIGINAL.test(text)) return "masthead";
  if (AGENDA.test(text) || isSymbol(text) || ISSUE_DATE.test(text)) return "masthead";
  if (SESSION.test(text) && text.length < 60 && !/[.;,。；]$/.test(text)) return "masthead";
  return null;
}

/** Old PDFs fake bold by printing a word twice: "UNITEDUNITED" → "UNITED". */
function undouble(text: string): string {
  const half = text.length / 2;
  return Number.isInteger(half) && half > 0 && text.slice(0, half) === text.slice(half) ? text.slice(0, half) : text;
}
