/**
 * Lexes text into runs by character class, covering every character exactly once:
 * "第25次会议 (A/68/L.5)。" → han "第", word "25", han "次会议", whitespace " ", punctuation "(",
 * word "A", punctuation "/", … Han runs go to the word segmenter; the rest are tokens as they stand.
 */
export type RunKind = "han" | "word" | "whitespace" | "punctuation" | "symbol";

export interface Run {
  kind: RunKind;
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
/** Letters, digits and combining marks of any other script (Latin, Cyrillic, Arabic, kana…). */
const WORD = /[\p{L}\p{N}\p{M}\u200c\u200d]/u;
const WHITESPACE = /\s/u;
const PUNCTUATION = /\p{P}/u;

export function classify(char: string): RunKind {
  if (HAN.test(char)) return "han";
  if (WORD.test(char)) return "word";
  if (WHITESPACE.test(char)) return "whitespace";
  if (PUNCTUATION.test(char)) return "punctuation";
  return "symbol";
}

/**
 * Runs of one class. Punctuation and symbols form runs only of one repeated character
 * ("……", "——", "..."), so "。”" stays two tokens. Surrogate pairs are never split.
 */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let offset = 0;
  for (const char of text) {
    const kind = classify(char);
    const end = offset + char.length;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.kind === kind && continues(text, last, kind, char)) last.end = end;
    else runs.push({ kind, start: offset, end });
    offset = end;
  }
  return runs;
}

function continues(text: string, last: Run, kind: RunKind, char: string): boolean {
  if (kind === "punctuation" || kind === "symbol") return text.slice(last.end - char.length, last.end) === char;
  return true;
}
