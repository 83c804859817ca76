/**
 * Reads the printed number that opens a paragraph: "1." → "1", "25.1" → "25.1", "3.I.1" → "3.I.1"
 * (section, part, paragraph), "(a)" → "(a)",
 * "(iii)" → "(iii)". Headings ("I. Introduction") and dates ("2013年10月3日") are not numbers.
 */
/** The number must be followed by text: a letter, a quote, or a Han character — not a figure ("588.6 641.7"). */
const DECIMAL = /^(?:(\d{1,3})(\.)(?:\s+|(?=[\p{Script=Han}]))(?=\S)|(\d{1,3}\.(?:[IVX]{1,4}\.)?\d{1,2})()\s+(?=[\p{L}“"«《„‘']))/u;
const BRACKETED = /^\((\d{1,2}|[a-z]{1,2}|[ivxlc]{1,6})\)\s+(?=[\p{L}“"«《„‘'])/u;

export interface NumberMatch {
  number: string;
  /** Length of the number and the white space after it. */
  length: number;
}

export function readParagraphNumber(text: string): NumberMatch | null {
  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const all = decimal[0];
    const digits = decimal[1] ?? decimal[3] ?? "";
    const dot = decimal[2] ?? "";
    // "25.1 The Office" (decimal form) or "1. Approves"; a bare "2015 年" is not a number.
    if (dot === "." || digits.includes(".")) return { number: digits, length: all.length };
    return null;
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed) return { number: `(${bracketed[1]})`, length: bracketed[0].length };
  return null;
}

/** The numbering scheme a number belongs to, for finding parents: "1", "(a)", "(i)", "(1)". */
export type NumberScheme = "decimal" | "letter" | "roman" | "bracketed-digit";

export function schemeOf(number: string, previousLetter: string | null): NumberScheme {
  if (!number.startsWith("(")) return "decimal";
  const inner = number.slice(1, -1);
  if (/^\d+$/.test(inner)) return "bracketed-digit";
  if (/^[ivxlc]+$/.test(inner)) {
    // "(i)" after "(h)" is a letter; "(v)" after "(u)" too.
    if (previousLetter !== null && inner.length === 1 && inner.charCodeAt(0) === previousLetter.charCodeAt(0) + 1) return "letter";
    return "roman";
  }
  return "letter";
}
