/**
 * What one masthead line is, by its text alone: the organisation ("United Nations"), the organ
 * ("General Assembly"), the symbol, "Distr.", the date of issue, "Original:", the session, the
 * session's place and dates ("Genève, 8-19 février 2010"), the agenda item, a resolution's
 * adoption line or its bracket line, a draft's sponsors line ("Iraq:* draft resolution",
 * "Draft resolution submitted by the Chair…"). Lines that need their neighbours to be read (the second line
 * of "Resolution adopted by the General Assembly" / "on 4 December 2024", a bracket that wraps)
 * and the dates of a session printed alone under its session line ("8-19 February 2010"; alone,
 * "1 July 2024 to 30 June 2025" is as likely a title's period) are decided by the masthead finder
 * in denoise, which calls this for each line.
 */
import type { MastheadField } from "../model/document.js";
import { isAdoptionLine, isSponsorsLine, isSubmittedByLine, ON_THE_REPORT, WITHOUT_REFERENCE } from "./adoption.js";
import { parseDate } from "./dates.js";
import { DISTRIBUTION, isAgendaLine, isPlaceAndDates, isSessionLine, ORIGINAL } from "./masthead.js";
import { BODY_LINE, ORGANISATION_LINE } from "./organs.js";
import { isSymbol, SYMBOL_INSIDE } from "./symbols.js";

export function mastheadField(raw: string): MastheadField | null {
  const text = undouble(raw.trim());
  if (text === "") return null;
  if (isAdoptionLine(text)) return "adoption";
  if (isBracketLine(text)) return "adoption-bracket";
  if (isSponsorsLine(text) || isSubmittedByLine(text)) return "draft";
  if (ORGANISATION_LINE.test(text)) return "organisation";
  if (BODY_LINE.test(text)) return "body";
  if (DISTRIBUTION.test(text)) return "distribution";
  if (ORIGINAL.test(text)) return "original";
  if (isAgendaLine(text)) return "agenda";
  if (isSymbol(text)) return "symbol";
  if (parseDate(text) !== null) return "date";
  if (isPlaceAndDates(text)) return "session-dates";
  if (isSessionLine(text)) return "session";
  return null;
}

/** A whole bracket line that names a symbol or how the resolution came ("[on the report of …]"). */
function isBracketLine(text: string): boolean {
  return text.startsWith("[") && text.endsWith("]") && (SYMBOL_INSIDE.test(text) || ON_THE_REPORT.test(text) || WITHOUT_REFERENCE.test(text));
}

/** Old PDFs fake bold by printing a word twice: "UNITEDUNITED" → "UNITED". */
export function undouble(text: string): string {
  const half = text.length / 2;
  return Number.isInteger(half) && half > 0 && text.slice(0, half) === text.slice(half) ? text.slice(0, half) : text;
}
