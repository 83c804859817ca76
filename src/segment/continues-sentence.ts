/**
 * Whether a line goes on with the sentence of the line before it, so that a number opening it is
 * text ("… to reach the target of at least" / "0.7 per cent of gross national income …"): the
 * line before ends without closing punctuation, in the same type, with no paragraph gap between
 * (or at the foot of the page before). A list item ending "; and" or "; or" has closed its clause.
 */
import type { Line } from "../model/document.js";
import { sameSize } from "../layout/page-layout.js";
import { PARAGRAPH_GAP, SHORT_LINE, endsSentence, isHeadingLine, type Layout } from "./paragraph-breaks.js";

/** The conjunction after the last-but-one item of a list, in the six languages' Latin forms. */
const CLOSING_CONJUNCTION = /[;,；，]\s*(?:and|or|et|ou|y|o|e|и|или)$/u;
/** A colon at the end of a line: what follows is a list. */
const COLON_END = /[:：]["”’»)）]?$/u;

export function continuesSentence(prev: Line | undefined, line: Line, layout: Layout): boolean {
  if (prev === undefined || endsClause(prev.text)) return false;
  if (isHeadingLine(prev, layout) || !sameSize(prev.size, line.size)) return false;
  // A short line in another type is a run-in heading ("Programme of work"); a full one wraps
  // ("… for the 12-month period from" in bold / "1 July 2026 to 30 June 2027" in roman).
  const full = prev.bbox[2] >= layout.edges(prev.page).right - SHORT_LINE * prev.size;
  if (prev.fontName !== line.fontName && !full) return false;
  if (prev.page !== line.page) return true;
  const gap = prev.bbox[1] - line.bbox[1];
  return gap <= layout.pitch * (line.size / layout.bodySize) + PARAGRAPH_GAP * line.size;
}

/** The text ends a sentence or a list item's clause. */
export function endsClause(text: string): boolean {
  const trimmed = text.trimEnd();
  return endsSentence(trimmed) || CLOSING_CONJUNCTION.test(trimmed);
}

export function endsWithColon(text: string): boolean {
  return COLON_END.test(text.trimEnd());
}
