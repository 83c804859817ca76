/**
 * Joins a block's lines into one text: Chinese lines with no space, Latin lines with one space.
 * A line-end hyphen stays when it is a real compound hyphen ("lower-than-\nbudgeted") and goes
 * when it only broke a word (dehyphenate.ts); either way the next line follows directly.
 * Callout offsets move with the text.
 */
import type { Callout, Line } from "../model/document.js";
import { isCjk } from "../conventions/cjk.js";
import { firstChar, lastChar } from "../lines/script.js";
import { isBrokenWord, type Lexicon } from "./dehyphenate.js";

export function joinLines(lines: readonly Line[], lexicon?: Lexicon): { text: string; callouts: Callout[] } {
  let text = "";
  const callouts: Callout[] = [];
  for (const line of lines) {
    if (lexicon !== undefined && text !== "" && isBrokenWord(text, line.text, lexicon)) text = text.slice(0, -1);
    else if (text !== "" && needsSpace(text, line.text)) text += " ";
    for (const c of line.callouts) callouts.push({ marker: c.marker, offset: text.length + c.offset });
    text += line.text;
  }
  return { text, callouts };
}

function needsSpace(before: string, after: string): boolean {
  const a = lastChar(before);
  const b = firstChar(after);
  if (isCjk(a) || isCjk(b)) return false;
  if (a === "-" && /\p{L}/u.test([...before].at(-2) ?? "")) return false;
  if (a === "/" || a === "\u2010") return false;
  return true;
}
