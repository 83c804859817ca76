/**
 * Sub-items run in order under their parent: (a) … (z), (aa), (bb) … (zz); (i), (ii), (iii) …;
 * (1), (2) …. The first one under a parent is (a), (i) or (1); an item is (i), (v) or (x) as a
 * letter when it follows (h), (u) or (w). Items whose parent was not found (a list under an
 * unnumbered paragraph) may restart at their first. The parent must be a number printed
 * before. Examples: "(ii)" whose parent is "(hh)" (read as a roman numeral after a doubled
 * letter) → expected "(i)" or "(a)"; "(cc)" after "(aa)" under 3 → expected "(bb)".
 */
import type { Block } from "../model/document.js";
import { describe, excerpt, type CheckedDocument, type Finding, type Rule } from "./rule.js";

const ITEM = /^\((?:([a-z])\1*|([ivxlc]+)|(\d+))\)$/;
const ROMAN: ReadonlyArray<[number, string]> = [[100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
const FIRSTS = ["(a)", "(i)", "(1)"];
/** Roman sub-items stay short: "(l)" and "(c)" are letters, never 50 and 100. */
const MAX_ROMAN = 40;

export const subItemSequence: Rule = {
  id: "sub-item-sequence",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    const lastChild = new Map<string | null, string>(); // parent number → its last sub-item
    const printed = new Set<string>();
    for (const block of doc.blocks) {
      if (block.number === null) continue;
      lastChild.delete(block.number); // a number printed again (an annex) starts its own list
      if (!ITEM.test(block.number)) {
        printed.add(block.number);
        continue;
      }
      const previous = lastChild.get(block.parent);
      const expected = previous === undefined ? FIRSTS : successors(previous);
      const restart = block.parent === null && FIRSTS.includes(block.number);
      if (!expected.includes(block.number) && !restart) {
        const where = previous === undefined ? `first under ${block.parent ?? "an unnumbered paragraph"}` : `after ${previous} under ${block.parent ?? "an unnumbered paragraph"}`;
        findings.push(finding(block, `${block.number} where ${expected.join(" or ")} should come (${where})`, expected.join(" or ")));
      } else if (block.parent !== null && !printed.has(block.parent)) {
        findings.push(finding(block, `${block.number} has parent ${block.parent}, which is printed nowhere before it`, `a parent printed before`));
      }
      lastChild.set(block.parent, block.number);
      printed.add(block.number);
    }
    return findings;
  },
};

/** What may follow an item: the next letter ("(h)" → "(i)"), the next doubled letter ("(z)" → "(aa)"), the next roman numeral. */
export function successors(item: string): string[] {
  const match = ITEM.exec(item);
  if (!match) return [];
  const out: string[] = [];
  const letters = item.slice(1, -1);
  if (/^([a-z])\1*$/.test(letters)) {
    const letter = letters[0]!;
    out.push(letter === "z" ? `(${"a".repeat(letters.length + 1)})` : `(${String.fromCharCode(letter.charCodeAt(0) + 1).repeat(letters.length)})`);
  }
  const roman = fromRoman(letters);
  if (roman !== null && roman < MAX_ROMAN) out.push(`(${toRoman(roman + 1)})`);
  if (match[3] !== undefined) out.push(`(${Number(match[3]) + 1})`);
  return [...new Set(out)];
}

function fromRoman(text: string): number | null {
  if (!/^[ivxlc]+$/.test(text)) return null;
  let rest = text;
  let value = 0;
  for (const [n, symbol] of ROMAN) {
    while (rest.startsWith(symbol)) {
      value += n;
      rest = rest.slice(symbol.length);
    }
  }
  return rest === "" && toRoman(value) === text ? value : null;
}

function toRoman(value: number): string {
  let out = "";
  let rest = value;
  for (const [n, symbol] of ROMAN) {
    while (rest >= n) {
      out += symbol;
      rest -= n;
    }
  }
  return out;
}

function finding(block: Block, what: string, expected: string): Finding {
  return {
    page: block.pages[0] ?? null,
    block: block.id,
    text: `sub-item ${describe(block)}: ${what}: “${excerpt(block.text)}”`,
    actual: block.number!,
    expected,
  };
}
