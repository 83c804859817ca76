/** CJK-aware text helpers for the line and block joiners; the character classes live in conventions/cjk.ts. */
import { ANY_CJK, isCjkPunct, isHan } from "../conventions/cjk.js";

/**
 * Removes white space that sits between two CJK characters (Han or CJK punctuation), whatever
 * its width: "又 认 识 到" → "又认识到". Space between Han and Latin/digits stays as printed.
 */
export function closeCjkGaps(text: string): string {
  if (!ANY_CJK.test(text)) return text;
  return text.replace(/(\S)[ \t\u00a0\u3000]+(?=(\S))/gu, (match, before: string, after: string) =>
    (isHan(before) || isCjkPunct(before)) && (isHan(after) || isCjkPunct(after)) ? before : match,
  );
}

/** The last code point of the text (a surrogate pair counts as one), without scanning it all. */
export function lastChar(text: string): string | undefined {
  if (text === "") return undefined;
  const low = text.charCodeAt(text.length - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && text.length > 1;
  return text.slice(pair ? -2 : -1);
}

export function firstChar(text: string): string | undefined {
  for (const ch of text) return ch;
  return undefined;
}
