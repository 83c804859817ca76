/**
 * Gives each sub-item the number of the paragraph or item it hangs from, following the sequence
 * (sub-item-lists.ts): "(aa)" after "(z)" and "(ii)" after "(hh)" stay siblings under paragraph
 * 2; "(i)" after "(h) …:" opens a list under (h). A list opened right after an unnumbered
 * paragraph (one that starts a sentence of its own) belongs to it, and so has no numbered parent
 * ("Approves the budget … as follows:" / "(a) Field Security Operations …" → parent null).
 */
import type { Block } from "../model/document.js";
import { innerOf, readingsOf } from "./label-sequence.js";
import { applyPlacement, placeLabel, type OpenList } from "./sub-item-lists.js";
import { endsWithColon } from "./continues-sentence.js";
import { endsSentence } from "./paragraph-breaks.js";

/** An unnumbered paragraph of its own starts with a capital (or a Han character), not mid-sentence. */
const OWN_SENTENCE = /^(?:\p{Lu}|\p{Script=Han})/u;

/** An unnumbered paragraph of its own: it opens a sentence after a heading or a finished one (not a line cut off a numbered paragraph). */
function ownParagraph(block: Block, above: Block | undefined): boolean {
  return OWN_SENTENCE.test(block.text) && (above === undefined || above.kind === "heading" || endsSentence(above.text));
}

/** `x` gives the left edge of a block's first line: where its label stands. */
export function assignParents(blocks: readonly Block[], x: (block: Block) => number): void {
  let paragraph: string | null = null;
  let lists: OpenList[] = [];
  let before: Block | undefined;
  let above: Block | undefined;
  for (const block of blocks) {
    if (block.kind === "table") continue;
    const number = block.number;
    if (number === null || innerOf(number) === null) {
      if (number !== null) [paragraph, lists] = [number, []];
      [above, before] = [before, block];
      continue;
    }
    const afterColon = before !== undefined && endsWithColon(before.text);
    let placement = placeLabel(lists, number, x(block), paragraph, afterColon) ?? outOfSequence(lists, number, paragraph);
    if (!placement.continues && before !== undefined && before.number === null && ownParagraph(before, above)) {
      placement = { ...placement, depth: 0, parent: null };
    }
    block.parent = placement.parent;
    lists = applyPlacement(lists, placement, number, x(block));
    [above, before] = [before, block];
  }
}

/** A label that fits no open list: a letter hangs from the paragraph, anything else from the innermost item. */
function outOfSequence(lists: readonly OpenList[], number: string, paragraph: string | null) {
  const readings = readingsOf(innerOf(number) ?? "");
  const letter = readings.find((r) => r.scheme === "letter");
  const reading = letter ?? readings[0] ?? { scheme: "digit" as const, index: 0 };
  const letterList = lists.findIndex((l) => l.scheme === "letter");
  const depth = letter ? 0 : letterList >= 0 ? letterList + 1 : lists.length;
  const parent = depth === 0 ? paragraph : lists[depth - 1]!.last;
  return { depth, reading, parent, continues: false };
}
