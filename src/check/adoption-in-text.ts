/**
 * A resolution's adoption lines are metadata, never body: "Resolution adopted by the General
 * Assembly on 4 December 2024" (or its second line alone, "on 4 December 2024"), and the bracket
 * line "[on the report of the Fourth Committee (A/79/431, para. 33)]" /
 * "[without reference to a Main Committee (A/78/L.1)]". Found as a whole block, or at the start
 * of one; a paragraph that merely cites "a resolution adopted by the General Assembly" is
 * not a finding. A date line counts only at the head of the body, before any block that ends a
 * sentence: the closing date under "45th plenary meeting" is body.
 */
import { closesAdoptionBracket, isAdoptionLine, isSponsorsLine, opensAdoptionBracket, parseDate } from "../conventions/index.js";
import { excerpt, type CheckedDocument, type Finding, type Rule } from "./rule.js";
import { textPlaces } from "./text-places.js";

/** What may stand with a date on an adoption date line: "on", "le", "el", "del", "от". */
/** The end of a paragraph of the body proper: "The General Assembly," "…of 4 December 2024;". */
const SENTENCE_END = /[.,;:。，；：]$/u;
const DATE_WORDS = /^(?:on|le|du|el|del|de|от)$/iu;

export const adoptionInText: Rule = {
  id: "adoption-in-text",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    let head = true; // no block has ended a sentence yet
    for (const place of textPlaces(doc)) {
      if (place.block?.kind === "table") continue;
      const text = place.text.trim();
      const what = isAdoptionLine(text) || isSponsorsLine(text) ? "an adoption line" : isBracketLine(text) ? "the adoption bracket line" : head && isDateLine(text) ? "a date line of the masthead" : null;
      if (place.block !== null && SENTENCE_END.test(text)) head = false;
      if (what === null) continue;
      findings.push({ page: place.page, block: place.id, text: `${place.name} is ${what}, which belongs to the metadata: “${excerpt(text)}”`, actual: excerpt(text), expected: "furniture" });
    }
    return findings;
  },
};

/** A whole bracketed line: "[on the report of the Fourth Committee (A/79/431, para. 33)]". */
function isBracketLine(text: string): boolean {
  return opensAdoptionBracket(text) && closesAdoptionBracket(text);
}

/** "on 4 December 2024", "7 April 2026": a date, alone or after a preposition. */
function isDateLine(text: string): boolean {
  if (parseDate(text) !== null) return true;
  const space = text.indexOf(" ");
  return space > 0 && DATE_WORDS.test(text.slice(0, space)) && parseDate(text.slice(space + 1)) !== null;
}
