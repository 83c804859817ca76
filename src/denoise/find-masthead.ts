/**
 * The page-1 masthead: organ, body, symbol, "Distr.", date, "Original:", session, the session's
 * place and dates, the agenda item and its title, and for resolutions the adoption lines.
 * Everything from the top of page 1 down to the last such line, before the body opens, is
 * masthead. The adoption block is read as a block: "Resolution adopted by the General Assembly"
 * may put its date on the next line ("on 4 December 2024"), and the bracket line under it may
 * wrap ("[on the report of the Special Political and Decolonization Committee" / "(Fourth
 * Committee) (A/78/429, para. 33)]"). Lines continuing the agenda item's title (same column, no
 * gap) belong to it too ("Agenda item 154" / "Financing of the United Nations…").
 * Found once, by denoise; metadata reads the result (or calls this on raw lines when run alone).
 */
import type { Line, MastheadField, MastheadLine, Page } from "../model/document.js";
import { adoptionDateLine, closesAdoptionBracket, isAgendaLine, isDateSpan, isSubmittedByLine, mastheadField, opensAdoptionBracket, RESOLUTION_TITLE, undouble } from "../conventions/index.js";
import { readParagraphNumber } from "../segment/paragraph-number.js";

/** The masthead ends in the upper part of page 1: this share of the page height from the top. */
const MASTHEAD_REACH = 0.75;
/** Of the font size: a vertical gap up to this much keeps a line in the agenda title. */
const AGENDA_TITLE_GAP = 2.2;
/** Of the font size: how far left/right the agenda title lines may stand from the agenda line. */
const SAME_COLUMN = 1;
/** Of the agenda line's size: a larger line is the document's own title, not the agenda item's. */
const AGENDA_TITLE_MAX_SIZE = 1.1;
/** Of the font size: a wrapped line follows this close (a blank line between is farther). */
const WRAP_GAP = 1.6;
/** Fields printed below the organ's name: an organ name after one of these is not the masthead's. */
const BELOW_ORGAN: ReadonlySet<MastheadField> = new Set(["session", "session-dates", "agenda", "adoption", "adoption-bracket", "draft"]);
/** A bracket line wraps onto at most this many lines. */
const MAX_BRACKET_LINES = 4;

export function findMasthead(page: Page, lines: readonly Line[]): MastheadLine[] {
  const floor = page.height * (1 - MASTHEAD_REACH);
  const fields: Array<MastheadField | null> = [];
  let last = -1;
  let agenda: Line | null = null;
  let bracketLines = 0;
  let submitted = false;
  for (const line of lines) {
    if (line.bbox[1] < floor || opensBody(line)) break;
    const text = undouble(line.text.trim());
    const prev = fields[fields.length - 1] ?? null;
    let field = mastheadField(text);
    // The organ heads the masthead: below the session or agenda item, "General Assembly" alone is
    // the last line of a title ("…twenty-third special session of the" / "General Assembly").
    if ((field === "organisation" || field === "body") && fields.some((f) => f !== null && BELOW_ORGAN.has(f))) field = null;
    if (bracketLines > 0 && bracketLines < MAX_BRACKET_LINES && prev === "adoption-bracket") {
      field = "adoption-bracket"; // the bracket wraps: "(Fourth Committee) (A/78/429, para. 33)]"
    } else if (prev === "adoption" && (field === null || field === "date") && adoptionDateLine(text) !== null) {
      field = "adoption"; // "Resolution adopted by the General Assembly" / "on 4 December 2024"
    } else if (prev === "adoption" && field === null && opensAdoptionBracket(text)) {
      field = "adoption-bracket";
    } else if (prev === "draft" && field === null && submitted && continues(lines[fields.length - 1]!, line)) {
      field = "draft"; // "Draft resolution submitted by the Vice-Chair of the Committee, …" / "(Poland), on the basis of …"
    } else if (prev === "session" && field === null && isDateSpan(text)) {
      field = "session-dates"; // "Seventh session" / "8-19 February 2010"
    }
    submitted = field === "draft" && (submitted || isSubmittedByLine(text));
    bracketLines = field === "adoption-bracket" && !closesAdoptionBracket(text) ? bracketLines + 1 : 0;
    fields.push(field);
    if (field !== null) last = fields.length - 1;
    if (isAgendaLine(text)) agenda = line;
  }
  // A sponsors line that wraps: "Canada, Greece, …, Spain," / "Sweden and …:* draft resolution".
  for (let i = last; i > 0; i--) {
    if (fields[i] === "draft" && fields[i - 1] === null && continues(lines[i - 1]!, lines[i]!)) fields[i - 1] = "draft";
  }
  const found: MastheadLine[] = [];
  for (let i = 0; i <= last; i++) found.push({ line: lines[i]!, field: fields[i] ?? "other" });
  if (agenda !== null && last >= 0) found.push(...agendaTitle(lines, agenda, new Set(found.map((m) => m.line))));
  return found;
}

/** The lines under the agenda item that continue its title, in the same column and type. */
function agendaTitle(lines: readonly Line[], agenda: Line, taken: ReadonlySet<Line>): MastheadLine[] {
  const out: MastheadLine[] = [];
  let prev = agenda;
  for (let i = lines.indexOf(agenda) + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const gap = prev.bbox[1] - line.bbox[1];
    if (gap > AGENDA_TITLE_GAP * prev.size || Math.abs(line.bbox[0] - agenda.bbox[0]) > SAME_COLUMN * agenda.size) break;
    if (line.size > agenda.size * AGENDA_TITLE_MAX_SIZE) break;
    if (!taken.has(line)) out.push({ line, field: "agenda-title" });
    prev = line;
  }
  return out;
}

/** `line` goes on from `prev`: same left edge, no blank line between. */
function continues(prev: Line, line: Line): boolean {
  return prev.bbox[1] - line.bbox[1] <= WRAP_GAP * prev.size && Math.abs(line.bbox[0] - prev.bbox[0]) <= SAME_COLUMN * prev.size;
}

/** The body has begun: a numbered paragraph or a resolution's title line ("68/4. …"). */
function opensBody(line: Line): boolean {
  return readParagraphNumber(line.text) !== null || RESOLUTION_TITLE.test(line.text);
}
