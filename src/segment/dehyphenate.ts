/**
 * Decides whether a hyphen at the end of a line is a real compound hyphen ("lower-than-\n
 * budgeted" → "lower-than-budgeted") or only breaks a word ("develop-\nment" → "development").
 * The document itself is the dictionary: the hyphen goes only when the whole word appears
 * elsewhere in it unbroken and the hyphenated form does not.
 */
import type { UnDocument } from "../model/document.js";

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
/** Longer than any word: how much of the text before a line break to look at. */
const TAIL = 64;

export interface Lexicon {
  words: ReadonlySet<string>;
}

export function buildLexicon(doc: UnDocument): Lexicon {
  const words = new Set<string>();
  for (const page of doc.pages) {
    for (const line of page.lines) {
      // A line's last word may be a fragment ("develop-"): leave it out.
      const text = line.text.endsWith("-") ? line.text.replace(/\p{L}+-$/u, "") : line.text;
      for (const m of text.matchAll(WORD)) words.add(m[0].toLowerCase());
    }
  }
  return { words };
}

/** True when "left-" + "right" is one word broken by the line end. */
export function isBrokenWord(left: string, right: string, lexicon: Lexicon): boolean {
  if (!left.endsWith("-")) return false;
  // Only the tail matters; an anchored-at-end pattern would still scan the whole text.
  const l = /(\p{L}+)-$/u.exec(left.slice(-TAIL))?.[1];
  const r = /^(\p{Ll}+)/u.exec(right)?.[1];
  if (l === undefined || r === undefined) return false;
  const whole = (l + r).toLowerCase();
  const compound = `${l}-${r}`.toLowerCase();
  return lexicon.words.has(whole) && !lexicon.words.has(compound);
}
