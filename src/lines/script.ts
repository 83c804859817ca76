/** Character classes the line and block joiners need (CJK-aware joining, superscripts, hyphens). */

/** Han ideographs (CJK Unified, Extensions A, compatibility) and other CJK letters. */
export const HAN = /[\p{Script=Han}\u3005\u3007\u3021-\u3029]/u;
/** CJK punctuation and fullwidth forms: 。，、；：？！“”‘’《》〈〉「」『』【】（）… */
export const CJK_PUNCT = /[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** True for a character next to which no inter-word space belongs in Chinese text. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || /[\u3000-\u303f\uff00-\uffef]/u.test(ch));
}

/** True for CJK punctuation that should never be separated from an adjacent Han character. */
export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u.test(ch);
}

/**
 * Removes white space that sits between two CJK characters (Han or CJK punctuation), whatever
 * its width: "又 认 识 到" → "又认识到". Space between Han and Latin/digits stays as printed.
 */
/** Cheap pre-check: any character from the CJK blocks at all (most Latin lines have none). */
const ANY_CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f]/;

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
