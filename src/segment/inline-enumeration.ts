/**
 * An enumeration that runs inside a sentence: the label that opens a line is followed, on the
 * same line, by the next label of its sequence after a semicolon or comma ("(a) investment
 * revenue ($9,558,100); (b) other/miscellaneous revenue …"). Real sub-items carry their own
 * closing punctuation and leave the next label to a line of its own; a mention such as
 * "subparagraph (b) below" is no enumeration.
 */
import { labelOf, type Reading } from "./label-sequence.js";

/** What may stand between an item's closing punctuation and the next label: "; and (b)". */
const BETWEEN = String.raw`[;,；，]\s*(?:(?:and|or|et|ou|y|o|e|и|или)\s+)?`;

export function runsOnInline(reading: Reading, rest: string): boolean {
  const next = labelOf({ scheme: reading.scheme, index: reading.index + 1 }).replace(/[()]/g, "\\$&");
  return new RegExp(BETWEEN + next).test(rest);
}
