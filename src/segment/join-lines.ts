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

/** Characters of the text so far that decide how the next line joins (dehyphenate.ts reads 64). */
const CONTEXT = 64;

export function joinLines(lines: readonly Line[], lexicon?: Lexicon): { text: string; callouts: Callout[] } {
  // Pieces joined once at the end, and each join decided on the text so far's last piece: asking
  // the growing string itself (its last character, its tail) flattens it every line, quadratic in
  // a block of thousands of lines (a 150,000-character Han run took seconds).
  const pieces: string[] = [];
  let length = 0;
  const callouts: Callout[] = [];
  for (const line of lines) {
    const last = pieces.length - 1;
    if (last >= 0) {
      // The last piece, or the last few when it is short: what the joins read of the text so far.
      const tail = pieces[last]!.length >= CONTEXT ? pieces[last]! : pieces.slice(Math.max(0, last - 3)).join("");
      if (lexicon !== undefined && isBrokenWord(tail, line.text, lexicon)) {
        pieces[last] = pieces[last]!.slice(0, -1);
        length--;
      } else if (needsSpace(tail, line.text)) {
        pieces.push(" ");
        length++;
      }
    }
    for (const c of line.callouts) callouts.push({ marker: c.marker, offset: length + c.offset });
    if (line.text !== "") {
      pieces.push(line.text);
      length += line.text.length;
    }
  }
  return { text: pieces.join(""), callouts };
}

function needsSpace(before: string, after: string): boolean {
  const a = lastChar(before);
  const b = firstChar(after);
  if (isCjk(a) || isCjk(b)) return false;
  if (a === "-" && /\p{L}/u.test([...before].at(-2) ?? "")) return false;
  if (a === "/" || a === "\u2010") return false;
  return true;
}
