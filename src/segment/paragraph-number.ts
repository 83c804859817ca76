/**
 * Reads the printed number that opens a paragraph: "1." → "1", "25.1" → "25.1", "3.I.1" → "3.I.1"
 * (section, part, paragraph), "29B.31" (a lettered budget section: Sect. 29A–29G), "(a)" → "(a)",
 * "(iii)" → "(iii)". Headings ("I. Introduction") and dates ("2013年10月3日") are not numbers.
 */
/** The number must be followed by text: a letter, a quote, or a Han character — not a figure ("588.6 641.7"). */
const DECIMAL = /^(?:(\d{1,3})(\.)(?:\s+|(?=[\p{Script=Han}]))(?=\S)|(\d{1,3}[A-Z]?\.(?:[IVX]{1,4}\.)?\d{1,3})()\s+(?=[\p{L}“"«《„‘']))/u;
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

/**
 * How a number is printed, which says how much other evidence it needs to count as a label:
 * "1." dotted, "25.1" decimal, "(a)" bracketed; and two forms that count only where the sequence
 * expects them: "25 Condemns" dotless (the dot left out), "(mm)Designing" glued (no space).
 */
export type LabelForm = "dotted" | "decimal" | "bracketed" | "dotless" | "glued";

export interface LabelCandidate extends NumberMatch {
  form: LabelForm;
}

/** A number without its dot, then a capitalised word: "25 Condemns …" (or a date, "26 August": the sequence decides). */
const DOTLESS = /^(\d{1,3})\s+(?=\p{Lu}\p{Ll})/u;
/** A bracketed label before a figure: "(a) 2025 annual evaluation synthesis report;". */
const BRACKETED_FIGURE = /^\(([a-z]{1,2}|[ivxlc]{1,6})\)\s+(?=\d)/u;
/** A bracketed label run into its capitalised first word: "(mm)Designing". */
const GLUED = /^\(([a-z]{1,2}|[ivxlc]{1,6})\)(?=\p{Lu}\p{Ll})/u;

/** Every label-like opening of a line, with its form; the caller weighs the evidence. */
export function readLabelCandidate(text: string): LabelCandidate | null {
  const match = readParagraphNumber(text);
  if (match) return { ...match, form: match.number.startsWith("(") ? "bracketed" : match.number.includes(".") ? "decimal" : "dotted" };
  const figure = BRACKETED_FIGURE.exec(text);
  if (figure) return { number: `(${figure[1]})`, length: figure[0].length, form: "bracketed" };
  const dotless = DOTLESS.exec(text);
  if (dotless) return { number: dotless[1]!, length: dotless[0].length, form: "dotless" };
  const glued = GLUED.exec(text);
  if (glued) return { number: `(${glued[1]})`, length: glued[0].length, form: "glued" };
  return null;
}
