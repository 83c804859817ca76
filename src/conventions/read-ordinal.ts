/**
 * Reads a spelled-out ordinal as a number, in any of the six UN languages: "Eighty-first" → 81,
 * "Quarante-huitième" → 48, "Cuadragésimo octavo" → 48, "Тридцать четвертая" → 34,
 * "الثامنة والستون" → 68, "六十八" → 68, "68th" → 68. Unknown words → null.
 */
import { HAN_DIGITS, NUMBER_WORDS } from "./number-words.js";
import { foldDigits } from "./dates.js";

const DIGITS = /^(\d{1,3})(?:st|nd|rd|th|e|er|re|ème|eme|ª|º|°|-?я|-?й)?$/u;
const RUSSIAN_ENDING = /(?:ая|ый|ой|ое|ий|ья|ье|ей|ого|ом)$/u;
const SPANISH_ENDING = /(?:o|a|os|as)$/u;

export function readOrdinal(words: string): number | null {
  const text = foldDigits(words).trim();
  const digits = DIGITS.exec(text);
  if (digits) return Number(digits[1]);
  if (/^[〇一二三四五六七八九十零两]+$/u.test(text)) return readHanNumber(text);
  const tokens = fold(text).split(" ").filter((t) => t !== "" && !CONJUNCTIONS.has(t));
  if (tokens.length === 0) return null;
  let sum = 0;
  for (const token of tokens) {
    const value = wordValue(token);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

const CONJUNCTIONS = new Set(["and", "et", "y", "и"]);

function wordValue(token: string): number | null {
  const exact = NUMBER_WORDS.get(token);
  if (exact !== undefined) return exact;
  if (/^[а-я]+$/u.test(token)) return NUMBER_WORDS.get(token.replace(RUSSIAN_ENDING, "")) ?? null;
  if (/^[a-z]+$/.test(token)) {
    // Spanish: "decimoséptimo" = décimo + séptimo; "primero"/"tercera" → stems "primer"/"tercer".
    if (token.startsWith("decimo") && token.length > 6) {
      const rest = wordValue(token.slice(6));
      return rest === null ? null : 10 + rest;
    }
    return NUMBER_WORDS.get(token.replace(SPANISH_ENDING, "")) ?? NUMBER_WORDS.get(token.replace(/(?:o|a)$/, "")) ?? null;
  }
  // Arabic: "والستون" → "ستون", "الثامنة" → "ثامنه".
  const arabic = token.replace(/^و?ال/u, "").replace(/^و(?=\S{3,})/u, "");
  return NUMBER_WORDS.get(arabic) ?? null;
}

/** Lower case, no accents, "quatre-vingt" as one word, hyphens as spaces, Arabic letters folded. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/quatre-vingt/g, "quatrevingt")
    .normalize("NFD")
    // Accents go, but not the breve of Russian "й" (U+0306), which NFC puts back.
    .replace(/[\u0300-\u0305\u0307-\u036f\u064b-\u0655\u0640]/g, "")
    .normalize("NFC")
    .replace(/ё/g, "е")
    .replace(/[أإآ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/[-‐‑–\s]+/g, " ")
    .trim();
}

function readHanNumber(text: string): number | null {
  const ten = text.indexOf("十");
  if (ten < 0) return [...text].reduce<number | null>((n, ch) => (n === null ? null : n * 10 + (HAN_DIGITS.get(ch) ?? NaN)), 0);
  const tensPart = text.slice(0, ten);
  const unitPart = text.slice(ten + 1);
  const t = tensPart === "" ? 1 : HAN_DIGITS.get(tensPart);
  const u = unitPart === "" ? 0 : HAN_DIGITS.get(unitPart);
  return t === undefined || u === undefined ? null : t * 10 + u;
}
