/**
 * Decides where one body block ends and the next begins, from layout alone: a larger gap than
 * the leading, a short last line ending a sentence, a first-line indent or outdent, a change to
 * or from heading type, a right-aligned closing line. Across a page break (and any footnotes or
 * running header between) a block goes on unless the text ended a sentence or the next page
 * opens with a heading. (A line opening with a paragraph label always opens a block: read-labels.ts.)
 */
import type { Line } from "../model/document.js";
import { sameSize } from "../layout/page-layout.js";

/** Of the font size: a gap this much more than the leading separates paragraphs. */
export const PARAGRAPH_GAP = 0.35;
/** Of the font size: a line ending this far before the right edge is short (a Chinese line may
 * end up to one character early when the next is punctuation that cannot open a line). */
export const SHORT_LINE = 1.05;
/** Of the font size: a first-line indent or a hanging outdent at least this deep. */
export const INDENT = 0.8;
/** Of the body size: heading type is at least this much larger. */
export const HEADING_SIZE = 1.07;
/** Of the font size: lines of one column start this close together. */
const COLUMN_START = 0.3;
/** Share of the text width: a column's lines are at least this wide (closing lines are shorter). */
const COLUMN_WIDTH = 0.35;
/** Share of the text width: a line starting this far right is a right-aligned or centred line. */
const ALIGNED_START = 0.4;

const TERMINAL = /[.;:!?。；：！？…]["”’»)）]?$/u;
/** An item of an enumeration ends with a semicolon, and the next goes on in lower case. */
const ENUMERATION_END = /;$/;
const LOWER_START = /^\p{Ll}/u;

export interface Layout {
  bodySize: number;
  /** The font most body text is set in; headings and emphasis use others. */
  bodyFont: string;
  pitch: number;
  justified: boolean;
  /** Most of the body's characters are Han (page-layout.ts). */
  chinese: boolean;
  /** Pages whose prose shows no justified column (tables and ragged columns only); see build-blocks.ts. */
  ragged?: (page: number) => boolean;
  edges: (page: number) => { left: number; right: number };
  /** The page's last body line, standing well above the foot of the text area with no footnote below it; see build-blocks.ts. */
  stopsShort?: (line: Line) => boolean;
  /** Lines on the justified edge of a column narrower than the page's (a box); see build-blocks.ts. */
  boxEdge?: (line: Line) => boolean;
}

export function isHeadingLine(line: Line, layout: Layout): boolean {
  return line.size >= HEADING_SIZE * layout.bodySize;
}

export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trimEnd());
}

/** Whether `line` starts a new block after `prev`; `prevIsFirst` when prev opened its block. */
export function startsBlock(prev: Line, line: Line, prevIsFirst: boolean, layout: Layout): boolean {
  if (prev.page !== line.page) {
    if (isHeadingLine(line, layout) || isHeadingLine(prev, layout) || isAligned(line, layout)) return true;
    // Text that stops well above the foot of its page's text area, with no footnote under it (a
    // figure's title over its chart), does not run on onto the next page.
    if (layout.stopsShort?.(prev) === true) return true;
    // A first-line indent on the new page opens a paragraph even after a comma.
    // Odd and even pages may have different margins: compare indents from each page's edge.
    const indent = line.bbox[0] - layout.edges(line.page).left - (prev.bbox[0] - layout.edges(prev.page).left);
    if (indent > INDENT * line.size) return !prevIsFirst || endsSentence(prev.text);
    // "…breastmilk substitutes;" / (next page) "and (vii) promoting …": an enumeration inside
    // the paragraph goes on; a new paragraph would open with a capital or a label.
    return endsSentence(prev.text) && !(ENUMERATION_END.test(prev.text.trimEnd()) && LOWER_START.test(line.text));
  }
  const heading = isHeadingLine(line, layout);
  if (heading !== isHeadingLine(prev, layout)) return true;
  const gap = prev.bbox[1] - line.bbox[1];
  if (gap > layout.pitch * (line.size / layout.bodySize) + PARAGRAPH_GAP * line.size) return true;
  if (heading) return !sameSize(prev.size, line.size);
  const column = inRightColumn(prev, line, layout);
  if (!column && (isAligned(line, layout) || isAligned(prev, layout))) return true;
  const { right } = layout.edges(line.page);
  // A column beside another is set ragged, whatever the body text does: its lines are not
  // measured against the page's edge.
  const short = !column && prev.bbox[2] < right - SHORT_LINE * prev.size && layout.boxEdge?.(prev) !== true;
  // In justified text every line but a paragraph's last reaches the right edge.
  // A heading set in its own font wraps without justification ("…и права" / "человека").
  // (Only for body type: notes in smaller type have their own, unmeasured right edge.)
  const ownFontRun = prev.fontName !== layout.bodyFont && line.fontName === prev.fontName;
  const bodyType = sameSize(prev.size, layout.bodySize);
  if (layout.justified && layout.ragged?.(line.page) !== true && short && bodyType && !ownFontRun && !forcedWrap(prev, line, right)) return true;
  if (!prevIsFirst && Math.abs(line.bbox[0] - prev.bbox[0]) > INDENT * line.size) return true;
  return false;
}

/** Of the font size: the word space a word needs before it on a line. */
const WORD_SPACE = 0.25;

/**
 * The line ended short only because the next word did not fit: the sentence goes on in lower
 * case, and the next line's first word is wider than the room left before the edge (a line of
 * text justified short of the page's edge, "… Palestine refugees have" / "access to …"). A
 * paragraph that ends short leaves room its next line's first word would have taken.
 */
function forcedWrap(prev: Line, line: Line, right: number): boolean {
  if (endsSentence(prev.text) || !LOWER_START.test(line.text)) return false;
  const word = /^\S+/u.exec(line.text)?.[0] ?? "";
  const perChar = (line.bbox[2] - line.bbox[0]) / Math.max(1, [...line.text].length);
  return [...word].length * perChar + WORD_SPACE * prev.size > right - prev.bbox[2];
}

/**
 * Two lines of a column standing right of the page's middle (the second column of a results
 * framework, the "action taken" column of a table of recommendations): they start together and
 * the first is wide, unlike the short aligned lines of a closing or signature.
 */
function inRightColumn(prev: Line, line: Line, layout: Layout): boolean {
  const { left, right } = layout.edges(line.page);
  return (
    isAligned(prev, layout) &&
    Math.abs(prev.bbox[0] - line.bbox[0]) <= COLUMN_START * prev.size &&
    prev.bbox[2] - prev.bbox[0] >= COLUMN_WIDTH * (right - left)
  );
}

/** A short line ending at the right edge, starting right of the middle: closing lines, signatures. */
export function isFlushRight(line: Line, layout: Layout): boolean {
  const { right } = layout.edges(line.page);
  return isAligned(line, layout) && line.bbox[2] >= right - SHORT_LINE * line.size;
}

/** A short line standing right of the text's middle: closing lines, dates, signatures. */
export function isAligned(line: Line, layout: Layout): boolean {
  const { left, right } = layout.edges(line.page);
  return line.bbox[0] > left + ALIGNED_START * (right - left);
}
