/**
 * The identity of a numbered paragraph across languages: its parent's number and its own, with
 * the brackets and dots each language prints around them taken away, Arabic letter labels read
 * as the Latin letters they stand for (abjad order, as UN Arabic documents label sub-items).
 * Example: Chinese "(a)" under "4", Russian "a)" under "4." and Arabic "(أ)" under "4" → "4 a".
 */
const DECORATION = /[\s().\uff08\uff09\u3001]/gu;
/** The Arabic joining stroke: "هـ" is the letter ه. */
const TATWEEL = /\u0640/gu;

/** Arabic-Indic and Eastern Arabic-Indic digits, which NFKC leaves alone: "١٢" → "12". */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/gu;

/** أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ → a … z, aa, bb (abjad order). */
const ARABIC_LETTERS = ["أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"];
const LATIN_LETTERS = [..."abcdefghijklmnopqrstuvwxyz", "aa", "bb"];
const ARABIC_TO_LATIN = new Map(ARABIC_LETTERS.map((letter, i) => [letter, LATIN_LETTERS[i]!]));

export function normaliseLabel(label: string): string {
  const bare = label
    .normalize("NFKC")
    .replace(DECORATION, "")
    .replace(TATWEEL, "")
    .replace(ARABIC_DIGITS, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90))
    .toLowerCase();
  return ARABIC_TO_LATIN.get(bare) ?? bare;
}

export function paragraphKey(number: string, parent: string | null): string {
  const own = normaliseLabel(number);
  return parent === null ? own : `${normaliseLabel(parent)} ${own}`;
}
