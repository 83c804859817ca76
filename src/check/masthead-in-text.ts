/**
 * Masthead lines are metadata, never body: "United Nations", "General Assembly",
 * "Distr.: General", "Original: English", "Eightieth session", "Agenda item 65" as a whole
 * block or footnote on page 1, where the masthead is printed (a report's later heading "General
 * Assembly" is body); the document's own symbol as a block on any page (a running header).
 * Prose that mentions a session, and a footnote citing a document ("A/80/177."), are not
 * findings. Dates and the adoption lines are adoption-in-text's.
 */
import { asSymbol, closesAdoptionBracket, mastheadField, opensAdoptionBracket, parseDate, SESSION_WORD } from "../conventions/index.js";
import { excerpt, type CheckedDocument, type Finding, type Rule } from "./rule.js";
import { textPlaces } from "./text-places.js";

/** Masthead lines are labels: longer blocks are prose that happens to hold a date or a session. */
const MAX_MASTHEAD_LINE = 60;
/** The masthead is printed on page 1; later pages repeat only the symbol (a running header). */
const MASTHEAD_PAGE = 1;
/** "Resumed seventy-ninth session": a session line is the ordinal and the word, little more. */
const MAX_SESSION_WORDS = 4;

export const mastheadInText: Rule = {
  id: "masthead-in-text",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    const symbol = doc.metadata.symbol;
    for (const place of textPlaces(doc)) {
      if (place.block?.kind === "table") continue;
      const text = place.text.trim();
      const runningSymbol = place.block !== null && symbol !== null && asSymbol(text) === symbol;
      if (!runningSymbol && !(place.page === MASTHEAD_PAGE && isLabel(text, place.block === null))) continue;
      findings.push({ page: place.page, block: place.id, text: `${place.name} is a masthead line, which belongs to the metadata: “${excerpt(text)}”`, actual: excerpt(text), expected: "furniture" });
    }
    return findings;
  },
};

/** A masthead label: organ, body, "Distr.", "Original:", session, agenda item, a symbol. */
function isLabel(text: string, footnote: boolean): boolean {
  if (text.length > MAX_MASTHEAD_LINE || !isMastheadLine(text)) return false;
  if (parseDate(text) !== null || (opensAdoptionBracket(text) && closesAdoptionBracket(text))) return false; // adoption-in-text's
  if (footnote && asSymbol(text) !== null) return false; // a footnote citing a document: "A/80/177."
  return !(SESSION_WORD.test(text) && text.split(/\s+/).length > MAX_SESSION_WORDS);
}

/** A line the masthead finder names (conventions/masthead-field.ts), or a lone series letter. */
function isMastheadLine(text: string): boolean {
  return mastheadField(text) !== null || /^[A-Z]$/u.test(text.trim());
}
