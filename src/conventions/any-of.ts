/**
 * Builds a regular-expression alternation from phrases as printed: special characters escaped,
 * a space matching any run of white space, an apostrophe matching ’ or ', and Han characters
 * allowed one space between them ("大会" matches "大 会"). Example: anyOf(["l’homme"]) →
 * "l[’']homme". The result has no nested quantifier: each phrase is literal up to single spaces.
 */
const HAN = /\p{Script=Han}/u;

export function anyOf(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(phrase)
    .join("|");
}

function phrase(text: string): string {
  let out = "";
  let prev = "";
  for (const ch of text) {
    if (HAN.test(ch) && HAN.test(prev)) out += " ?";
    if (ch === " ") out += "\\s";
    else if (ch === "’" || ch === "'") out += "[’']";
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    prev = ch;
  }
  return out;
}
