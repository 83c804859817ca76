/**
 * The order a reader expects sub-item labels in: letters (a) … (z), then doubled (aa), (bb) …
 * (zz); roman numerals (i), (ii), (iii) …; bracketed digits (1), (2) …. A label like "(ii)" or
 * "(cc)" reads two ways; the list it continues decides: "(ii)" after "(hh)" is the 35th letter,
 * "(ii)" after "(i)" is roman two, "(i)" after "(h)" is the letter i.
 */

export type ListScheme = "letter" | "roman" | "digit";

/** One reading of a bracketed label: its scheme and its 1-based place in that scheme's order. */
export interface Reading {
  scheme: ListScheme;
  index: number;
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
/** Letters in the alphabet; a doubled letter comes after the single ones. */
const ALPHABET = 26;

/** Every way to read the inside of "(…)": "cc" → letter 29 and roman 200 ("cc"), "b" → letter 2. */
export function readingsOf(inner: string): Reading[] {
  const readings: Reading[] = [];
  if (/^\d{1,2}$/.test(inner)) return [{ scheme: "digit", index: Number(inner) }];
  if (/^([a-z])\1?$/.test(inner)) {
    const letter = inner.charCodeAt(0) - 96;
    readings.push({ scheme: "letter", index: inner.length === 1 ? letter : ALPHABET + letter });
  }
  if (ROMAN.test(inner)) readings.push({ scheme: "roman", index: romanValue(inner) });
  return readings;
}

function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]!] ?? 0;
    const next = ROMAN_VALUES[roman[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The inside of a bracketed label, or null: "(aa)" → "aa". */
export function innerOf(label: string): string | null {
  return /^\(([a-z]{1,6}|\d{1,2})\)$/.exec(label)?.[1] ?? null;
}

const ROMAN_DIGITS: readonly [number, string][] = [
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** The label printed for a reading: letter 28 → "(bb)", roman 4 → "(iv)", digit 3 → "(3)". */
export function labelOf({ scheme, index }: Reading): string {
  if (scheme === "digit") return `(${index})`;
  if (scheme === "letter") {
    const letter = String.fromCharCode(96 + ((index - 1) % ALPHABET) + 1);
    return `(${index > ALPHABET ? letter + letter : letter})`;
  }
  let rest = index;
  let roman = "";
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      roman += digits;
      rest -= value;
    }
  }
  return `(${roman})`;
}
