/**
 * Rejoins a paragraph that a table or figure interrupts: the text before stops mid-sentence on a
 * full line (the sentence wraps; a short line mid-sentence is a cell of a table-like layout) and,
 * after the table (or a figure's caption in heading type), it goes on in lower case
 * with no number of its own ("… the resources requested for" ⟨table⟩ "the biennium are set out
 * in …"). The paragraph's two halves become one block placed before the table; the table keeps
 * its own block after it.
 */
import type { Line } from "../model/document.js";
import { endsSentence } from "./paragraph-breaks.js";

/** A line that opens lower case (or with a Han character) continues a sentence. */
const CONTINUATION_START = /^(?:\p{Ll}|\p{Script=Han})/u;

export interface GroupKinds {
  /** A table, or a caption in heading type: what can stand in a paragraph's way. */
  interrupts: (group: readonly Line[]) => boolean;
  /** Prose that may go on after the interruption (not a heading, not a table). */
  isProse: (group: readonly Line[]) => boolean;
  /** The line opens with a paragraph label: a new paragraph, never a continuation. */
  labelled: (line: Line) => boolean;
  /** The line runs to the right edge of the text: its sentence goes on on the next line. */
  wraps: (line: Line) => boolean;
}

export function joinAcrossTables(groups: readonly Line[][], kinds: GroupKinds): Line[][] {
  const out: Line[][] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    out.push(group);
    if (!kinds.isProse(group)) continue;
    let j = i + 1;
    while (j < groups.length && kinds.interrupts(groups[j]!)) j++;
    const rest = groups[j];
    if (j === i + 1 || rest === undefined || !continues(group, rest, kinds)) continue;
    // Both halves of the paragraph first, then what interrupted it.
    out[out.length - 1] = [...group, ...rest];
    out.push(...groups.slice(i + 1, j));
    i = j;
  }
  return out;
}

function continues(before: readonly Line[], after: readonly Line[], kinds: GroupKinds): boolean {
  const last = before[before.length - 1]!;
  const first = after[0]!;
  return kinds.isProse(after) && !kinds.labelled(first) && kinds.wraps(last) && !endsSentence(last.text) && CONTINUATION_START.test(first.text);
}
