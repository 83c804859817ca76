/**
 * Places a bracketed label in the sub-item lists open at that point, as a reader does: it
 * continues the list whose next label it is, at whatever depth ("(aa)" after "(z)", "(ii)" after
 * "(hh)" stay siblings under paragraph 2), or it opens a new list one level down ("(i)" after
 * "(h) …:"), or it fits nowhere (an inline "(ii)" that happens to start a line). When two lists
 * could go on ("(v)" after "(iv)" under "(u)"), the one whose labels stand nearest its x wins.
 */
import { innerOf, readingsOf, type ListScheme, type Reading } from "./label-sequence.js";

export interface OpenList {
  scheme: ListScheme;
  /** Place of the last label in its scheme's order. */
  index: number;
  /** The last label, as printed ("(bb)"): parent of a list opened under it. */
  last: string;
  /** Parent of this list's items: a paragraph number or a label. */
  parent: string | null;
  /** Left edge of the lines its labels stand on. */
  x: number;
}

export interface Placement {
  /** How many of the open lists stay open above this label's list. */
  depth: number;
  reading: Reading;
  parent: string | null;
  /** Whether it goes on with an open list (true) or opens a new one (false). */
  continues: boolean;
}

/** Where `label` fits given the open lists (outermost first) and the paragraph they hang from. */
export function placeLabel(lists: readonly OpenList[], label: string, x: number, paragraph: string | null, afterColon: boolean): Placement | null {
  const inner = innerOf(label);
  if (inner === null) return null;
  const readings = readingsOf(inner);
  const innermost = lists[lists.length - 1];
  const opens = readings
    .filter((r) => r.index === 1)
    .map((reading) => ({ depth: lists.length, reading, parent: innermost?.last ?? paragraph, continues: false }));
  // "(h) Encouraging the following:" then "(i)": a new list, not the letter after (h).
  if (afterColon && opens.length > 0) return opens[0]!;
  const continuations: Placement[] = [];
  for (let depth = lists.length - 1; depth >= 0; depth--) {
    const list = lists[depth]!;
    for (const reading of readings) {
      if (reading.scheme === list.scheme && reading.index === list.index + 1) continuations.push({ depth, reading, parent: list.parent, continues: true });
    }
  }
  if (continuations.length > 0) {
    // Innermost first; a list whose labels stand nearer this one's x takes it.
    let best = continuations[0]!;
    for (const c of continuations.slice(1)) if (Math.abs(lists[c.depth]!.x - x) < Math.abs(lists[best.depth]!.x - x)) best = c;
    return best;
  }
  return opens[0] ?? null;
}

/** The open lists after `label` is placed there. */
export function applyPlacement(lists: readonly OpenList[], placement: Placement, label: string, x: number): OpenList[] {
  const kept = lists.slice(0, placement.depth);
  kept.push({ scheme: placement.reading.scheme, index: placement.reading.index, last: label, parent: placement.parent, x });
  return kept;
}
