/**
 * Decides which body lines open with a paragraph label, by the evidence a reader uses rather than
 * a pattern at the start of a line: the number the sequence expects next (after "24." comes 25,
 * after "(hh)" comes "(ii)"), where the line stands against the margin and its siblings, and how
 * the line before ended (a list opens after a colon; after "at least" a number is text). A label
 * read here opens a block; a number rejected here stays in the text, so no number is lost.
 * (Parents are given once the blocks stand: assign-parents.ts.)
 * Example: "24. Urges …;" / "25 Condemns …" (dot left out, same indent) → paragraph 25.
 */
import type { Line, UnDocument } from "../model/document.js";
import { readLabelCandidate, type LabelCandidate } from "./paragraph-number.js";
import { INDENT, SHORT_LINE, endsSentence, isHeadingLine, type Layout } from "./paragraph-breaks.js";
import { continuesSentence, endsWithColon } from "./continues-sentence.js";
import { inDecimalSequence, isFigureRow, opensSentence } from "./figure-row.js";
import { applyPlacement, placeLabel, type OpenList } from "./sub-item-lists.js";
import { innerOf, labelOf, readingsOf } from "./label-sequence.js";
import { runsOnInline } from "./inline-enumeration.js";

/** Of the font size: a justified line stretched to the right edge ends this close to it. */
const FILLED = 0.3;
/** Of the font size: a dotless number stands this close to where its siblings' numbers stand. */
const SIBLING_ALIGN = 0.5;

export interface Label {
  /** The printed number without its dot: "25", "(aa)". */
  number: string;
  /** Length of the number and the white space after it in the line's text. */
  length: number;
}

interface State {
  /** Last paragraph number (dotted, dotless or decimal) and where its line started. */
  paragraph: string | null;
  lastInteger: number | null;
  lastDecimal: string | null;
  paragraphX: number | null;
  lists: OpenList[];
  /** The last bracketed label seen inside running text since the last label was accepted ("(b)" in "governance; (b) strengthened …"). */
  inline: string | null;
}

/**
 * A label of an enumeration inside a line's text: after a colon, semicolon or comma, or "and"/"or"
 * ("…governance; (b) strengthened", "2025); and (f) Evaluation"), or opening a line not read as a
 * label. A reference ("paragraph 3 (a)", "subparagraph (b) above") is none.
 */
const INLINE_LABEL = /(?:^|[:;,]\s*|\s(?:and|or|et|ou|y|o|e|и|или)\s+)(\((?:[a-z]{1,2}|[ivx]{1,6}|\d{1,2})\))(?=\s)/gu;

export function readLabels(doc: UnDocument, layout: Layout, tables: ReadonlySet<Line>): Map<Line, Label> {
  const labels = new Map<Line, Label>();
  const state: State = { paragraph: null, lastInteger: null, lastDecimal: null, paragraphX: null, lists: [], inline: null };
  let prev: Line | undefined;
  for (const page of doc.pages) {
    const body = page.lines.filter((l) => l.role === "body" && !tables.has(l));
    for (const [i, line] of body.entries()) {
      if (isHeadingLine(line, layout)) [state.lists, state.inline] = [[], null];
      const candidate = isHeadingLine(line, layout) ? null : readLabelCandidate(line.text);
      const label = candidate === null ? null : decide(candidate, line, prev, body[i + 1], layout, state, prev !== undefined && labels.has(prev));
      if (label) {
        labels.set(line, label);
        state.inline = null;
      }
      // A label read here is no inline one; one rejected here is ("(c) improved health …").
      const inline = [...line.text.matchAll(INLINE_LABEL)].filter((m) => !(label && m.index === 0)).at(-1);
      if (inline !== undefined) state.inline = inline[1]!;
      prev = line;
    }
  }
  return labels;
}

function decide(candidate: LabelCandidate, line: Line, prev: Line | undefined, next: Line | undefined, layout: Layout, state: State, prevLabelled: boolean): Label | null {
  const { number, length, form } = candidate;
  const x = line.bbox[0];
  const midSentence = continuesSentence(prev, line, layout);
  // Hanging left of the text margin, or indented right of it: where labels stand, not wrapped text.
  const offset = Math.abs(x - layout.edges(line.page).left) > INDENT * line.size;
  if (form === "dotted" || form === "dotless") {
    const value = Number(number);
    const expected = state.lastInteger === null ? value === 1 : value === state.lastInteger + 1 || value === 1;
    // After an unfinished sentence only the expected number, set apart or opening a sentence, is a label.
    if (form === "dotted" && midSentence && !(expected && (offset || opensSentence(line.text.slice(length))))) return null;
    if (form === "dotless") {
      const aligned = state.paragraphX !== null && Math.abs(x - state.paragraphX) <= SIBLING_ALIGN * line.size;
      // Only the very next number: a dotless "1" restarting the count is a date or a quantity.
      if (state.lastInteger === null || value !== state.lastInteger + 1 || midSentence || !aligned) return null;
    }
    state.lastInteger = value;
    return openParagraph(state, number, length, x);
  }
  if (form === "decimal") {
    const inSequence = inDecimalSequence(number, state.lastDecimal);
    if (midSentence && !(inSequence && (offset || opensSentence(line.text.slice(length))))) return null;
    if (isFigureRow(number, line.text.slice(length), state.lastDecimal)) return null;
    state.lastDecimal = number;
    return openParagraph(state, number, length, x);
  }
  // An enumeration that ran inline in the text just before goes on inline: its next label,
  // wrapped to where that text's lines stand, is text too ("…governance; (b) strengthened …
  // market;" / "(c) improved health services …", or "(d) …;" at a page's foot, "(e) …" on top
  // of the next). A real list's items are set apart, or follow a label that opened a line.
  const wrapped = prev !== undefined && Math.abs(x - prev.bbox[0]) <= SIBLING_ALIGN * line.size;
  if (state.inline !== null && wrapped && follows(number, state.inline)) return null;
  const afterColon = prev !== undefined && endsWithColon(prev.text);
  const prevShort = prev !== undefined && prev.bbox[2] < layout.edges(prev.page).right - SHORT_LINE * prev.size;
  const placement = placeLabel(state.lists, number, x, state.paragraph, afterColon);
  const readings = placement === null ? readingsOf(innerOf(number) ?? "") : [placement.reading];
  const reading = readings[0];
  // A label that fits no open list is read every way it can be: "(ii) … practices; (iii) the …"
  // runs on as roman two, though "(ii)" is first of all the doubled letter.
  if (readings.some((r) => runsOnInline(r, line.text.slice(length)))) return null;
  // Justified text stretched to the edge on the line before flows on: a label wrapped to the
  // same margin is inline. (An item's last line stops short of the edge, if only by a word, or
  // the next label hangs left of its own text: "(d) Support …" at 123, its next line at 147.)
  const filled = prev !== undefined && prev.bbox[2] >= layout.edges(prev.page).right - FILLED * prev.size;
  const hangs = next !== undefined && next.page === line.page && next.bbox[0] - x > INDENT * line.size;
  // A one-line item after an item that filled its last line: the next line opens with the
  // label that follows this one, at its x ("(b) … for all clients;" to the edge, "(c) Efficient
  // … clients;", "(d) Efficient …"). Inline, the next label would run on, not stand under it.
  const sibling = next !== undefined && next.page === line.page && opensWithSuccessor(next, number, x);
  // A one-line item, closed on its line, right under a one-line item whose label stood where
  // this one stands and whose list this goes on: "(b) … project levels;" to the edge, then
  // "(c) Contribution … efforts." as the list's last item, before a heading. (An inline
  // enumeration runs its items on over lines: "(b) lower rental … based on the" / "AUSSOM …".)
  const underSibling = prevLabelled && wrapped && placement?.continues === true && endsSentence(prev!.text) && endsSentence(line.text);
  if (layout.justified && !offset && filled && !hangs && !sibling && !underSibling && !isHeadingLine(prev!, layout)) return null;
  if (placement?.continues) {
    if (midSentence && !offset) return null;
  } else if (form === "glued") {
    return null;
  } else if (placement) {
    if (!afterColon && !offset && !prevShort) return null;
  } else {
    // Out of sequence: an inline "(ii)" that happens to start a line, unless set apart as an
    // item: indented or hanging, or after an item that closed its line short.
    if (midSentence || !(offset || prevShort) || reading === undefined) return null;
    state.lists = applyPlacement([], { depth: 0, reading, parent: null, continues: false }, number, x);
    return { number, length };
  }
  state.lists = applyPlacement(state.lists, placement, number, x);
  return { number, length };
}

function openParagraph(state: State, number: string, length: number, x: number): Label {
  state.paragraph = number;
  state.paragraphX = x;
  state.lists = [];
  return { number, length };
}

/** `line` opens with a label that follows `label` in one of its readings, standing at `x`. */
function opensWithSuccessor(line: Line, label: string, x: number): boolean {
  const next = readLabelCandidate(line.text);
  return next !== null && Math.abs(line.bbox[0] - x) <= SIBLING_ALIGN * line.size && follows(next.number, label);
}

/** `label` comes right after `before` in one of its readings: "(c)" after "(b)", "(iii)" after "(ii)", "(jj)" after "(ii)". */
function follows(label: string, before: string): boolean {
  return readingsOf(innerOf(before) ?? "").some((r) => labelOf({ scheme: r.scheme, index: r.index + 1 }) === label);
}
