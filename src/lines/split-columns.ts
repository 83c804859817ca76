/**
 * Splits a baseline group where a wide horizontal gap separates columns: table cells, or a
 * running header "A/RES/68/4 … 国际移徙与发展高级别对话宣言". A paragraph number before its
 * text ("1.⇥Approves") stays on the line however wide the tab.
 */
import type { TextItem } from "../model/document.js";

/** Of the font size: a gap this wide separates two columns. */
const COLUMN_GAP = 3.5;
/** Of the font size: a gap this wide inside a line may separate table cells… */
const CELL_GAP = 1.5;
/** …if it is also this many times wider than the line's other gaps (a justified line stretches all alike). */
const CELL_GAP_CONTRAST = 2.5;
/** Of the font size: the word gap assumed when a line has no other gap to compare with. */
const WORD_GAP = 0.3;
const PARAGRAPH_NUMBER = /^(?:\d{1,3}\/\d{1,4}\.|\d{1,3}[A-Z]?\.[IVX]{1,4}\.\d{1,2}|\d{1,3}[A-Z]\.\d{1,3}|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[a-z]{1,4}\)|[A-Z]\.|[IVXL]+\.)$/;

export function splitColumns(items: readonly TextItem[], gapFactor = COLUMN_GAP): TextItem[][] {
  const runs: TextItem[][] = [];
  let current: TextItem[] = [];
  let left = Infinity;
  let right = -Infinity;
  for (const item of items) {
    // Distance from the run so far, on whichever side the item stands (right-to-left lines too).
    const gap = Math.max(item.x - right, left - (item.x + item.width));
    const size = Math.max(item.size, current[0]?.size ?? 0);
    if (current.length > 0 && gap > gapFactor * size && !isNumberOnly(current)) {
      runs.push(current);
      current = [];
      left = Infinity;
      right = -Infinity;
    }
    current.push(item);
    left = Math.min(left, item.x);
    right = Math.max(right, item.x + item.width);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function isNumberOnly(items: readonly TextItem[]): boolean {
  return items.length <= 2 && PARAGRAPH_NUMBER.test(items.map((i) => i.str).join("").trim());
}

/** A line with more gaps than this is prose set word by word, unless some gaps stand out. */
const FEW_GAPS = 3;

/**
 * The cells of one line: runs separated by gaps wider than a word space. A justified line set
 * word by word stretches all its gaps alike, so with many gaps only the outstanding ones count.
 */
export function splitCells(items: readonly TextItem[]): TextItem[][] {
  const gaps: number[] = [];
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    gaps.push(Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width)));
  }
  const size = Math.max(...items.map((i) => i.size));
  if (gaps.length <= FEW_GAPS) return splitColumns(items, CELL_GAP);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return splitColumns(items, Math.max(CELL_GAP, (CELL_GAP_CONTRAST * Math.max(median, WORD_GAP * size)) / size));
}
