/**
 * Top-level paragraph numbers run 1, 2, 3 …; a restart at 1 is allowed (an annex, a second
 * part). Section-style numbers run within their section: 25.1, 25.2 … then 26.1; a lettered
 * budget section (Sect. 29B) numbers its paragraphs 29B.1, 29B.2 …. A number out of
 * step is a paragraph whose number was lost, or a line wrongly read as one:
 * "24." then "27." (25 and 26 printed without their dots) → expected "25", got "27";
 * "0.7 per cent" at the start of a wrapped line → "0.7" where "12" should follow "11".
 */
import type { Block } from "../model/document.js";
import { describe, excerpt, type CheckedDocument, type Finding, type Rule } from "./rule.js";

const PLAIN = /^\d+$/;
const DOTTED = /^(\d+[A-Z]?(?:\.\d+)*)\.(\d+)$/;

export const numberingSequence: Rule = {
  id: "numbering-sequence",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    let plain: number | null = null;
    const dotted = new Map<string, number>(); // section → its last paragraph
    for (const block of doc.blocks) {
      if (block.number === null || block.parent !== null) continue;
      if (PLAIN.test(block.number)) {
        const n = Number(block.number);
        const expected: number = plain === null ? 1 : plain + 1;
        if (n !== expected && n !== 1) findings.push(outOfStep(block, String(expected), plain === null ? "the first number" : `after ${plain}`));
        plain = n;
        continue;
      }
      const match = DOTTED.exec(block.number);
      if (!match) continue;
      const section = match[1]!;
      const n = Number(match[2]);
      const last = dotted.get(section);
      const expected = last === undefined ? 1 : last + 1;
      if (n !== expected && n !== 1) findings.push(outOfStep(block, `${section}.${expected}`, last === undefined ? `first of section ${section}` : `after ${section}.${last}`));
      dotted.set(section, n);
    }
    return findings;
  },
};

function outOfStep(block: Block, expected: string, where: string): Finding {
  return {
    page: block.pages[0] ?? null,
    block: block.id,
    text: `paragraph ${describe(block)} is numbered ${block.number} where ${expected} should come (${where}): “${excerpt(block.text)}”`,
    actual: block.number!,
    expected,
  };
}
