/**
 * Marks the tokens that end a Chinese sentence: 。！？；… and their Latin equivalents, outside
 * brackets and quotes, followed by any closing quotes or brackets ("……。”"). A Latin . ! ? ;
 * ends a sentence only before white space, Han text or the end, and a Latin "." never after a
 * number, so the heading "68/4. 国际移徙与发展高级别对话宣言" stays one sentence.
 */
import { insideBrackets, isCloser } from "./bracket-pairs.js";
import type { Run } from "./split-runs.js";

const CHINESE_TERMINALS = new Set(["。", "！", "？", "；", "…", "｡", "‼", "⁇", "⁈", "⁉"]);
const LATIN_TERMINALS = new Set([".", "!", "?", ";"]);
const ENDS_IN_DIGIT = /\p{N}$/u;

export function sentenceEnds(text: string, tokens: readonly Run[]): boolean[] {
  const inside = insideBrackets(text, tokens);
  const ends = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    if (inside[i] === true || !isTerminal(text, tokens, i)) continue;
    let last = i;
    while (last + 1 < tokens.length && extendsEnd(text, tokens, last + 1)) last++;
    ends[last] = true;
    i = last;
  }
  return ends;
}

function isTerminal(text: string, tokens: readonly Run[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined || token.kind !== "punctuation") return false;
  const char = text[token.start] ?? "";
  if (CHINESE_TERMINALS.has(char)) return true;
  if (!LATIN_TERMINALS.has(char)) return false;
  const next = tokens[i + 1];
  if (next !== undefined && next.kind !== "whitespace" && next.kind !== "han") return false;
  const previous = tokens[i - 1];
  const afterNumber = previous !== undefined && ENDS_IN_DIGIT.test(text.slice(previous.start, previous.end));
  return !(char === "." && afterNumber);
}

/** Closing quotes/brackets and further terminals ("？！", "。”") belong to the ending sentence. */
function extendsEnd(text: string, tokens: readonly Run[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined || token.kind !== "punctuation") return false;
  const char = text[token.start] ?? "";
  return isCloser(char) || CHINESE_TERMINALS.has(char) || LATIN_TERMINALS.has(char);
}
