/**
 * CJK character classes, the one definition every stage uses: Han ideographs, CJK punctuation
 * and fullwidth forms. Chinese UN text puts no space between two of them ("又 认 识 到" is a
 * typesetting artefact of "又认识到"); a space between Han and Latin or digits stays as printed.
 */

/** One Han ideograph (CJK Unified, Extensions, compatibility) or another CJK letter: 々 〇 〡…〩. */
export const HAN = /[\p{Script=Han}\u3005\u3007\u3021-\u3029]/u;
/** The CJK symbols-and-punctuation and fullwidth blocks, whole: no inter-word space next to these. */
export const CJK_BLOCKS = /[\u3000-\u303f\uff00-\uffef]/u;
/** CJK punctuation that never stands apart from the Han character next to it. */
const CJK_TIGHT_PUNCT = /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
/** Cheap pre-check: any character from the CJK blocks at all (most Latin lines have none). */
export const ANY_CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f]/;
/** Han or CJK punctuation/fullwidth, for removing white space next to Han text ("第 25 次" → "第25次"). */
export const HAN_OR_CJK_PUNCT = /[\p{Script=Han}\u3001-\u303f\uff01-\uffef]/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** True for a character next to which no inter-word space belongs in Chinese text. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_BLOCKS.test(ch));
}

/** True for CJK punctuation that should never be separated from an adjacent Han character. */
export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && CJK_TIGHT_PUNCT.test(ch);
}
