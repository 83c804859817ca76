/**
 * A decimal number that opens a row of figures, not a paragraph: a quantity followed by its unit
 * and purpose ("12.5 km of road for the new camp", "0.75 tonnes …"). Decimal paragraph numbers run
 * in sequence within their section ("25.1", "25.2" …) and open a sentence ("25.3 The Office …"),
 * so a decimal that neither follows the last one nor opens a capitalised sentence is a quantity.
 */

/** The first word after the number opens a sentence: a capital, a Han character or a quote. */
const SENTENCE_START = /^(?:\p{Lu}|\p{Script=Han}|["“«《„‘'])/u;

/** Whether `number` ("25.2") comes next after the last decimal paragraph number (`last`, "25.1" or null). */
export function inDecimalSequence(number: string, last: string | null): boolean {
  return Number(number.split(".").at(-1)) === 1 || follows(number, last);
}

/** `number` goes on from `last` in the same section: "25.14" after "25.12". */
function follows(number: string, last: string | null): boolean {
  if (last === null) return false;
  const parts = number.split(".");
  const previous = last.split(".");
  return previous.length === parts.length && previous.slice(0, -1).join(".") === parts.slice(0, -1).join(".") && Number(previous.at(-1)) < Number(parts.at(-1));
}

/** The text after a number opens a sentence, as a paragraph's text does. */
export function opensSentence(rest: string): boolean {
  return SENTENCE_START.test(rest);
}

/** A decimal number followed by `rest` is a quantity: it neither goes on from the last one nor opens a sentence ("7.1 per cent"). */
export function isFigureRow(number: string, rest: string, last: string | null): boolean {
  return !follows(number, last) && !opensSentence(rest);
}
