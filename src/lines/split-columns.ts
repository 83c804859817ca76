/**
 * Splits a baseline group where a wide horizontal gap separates columns: table cells, or a
 * running header "A/RES/68/4 … 国际移徙与发展高级别对话宣言". A paragraph number before its
 * text ("1.⇥Approves") stays on the line however wide the tab.
 */
import type { TextItem } from "../model/document.js";

/** Of the font size: a gap this wide separates two columns. */
const COLUMN_GAP = 3.5;
const PARAGRAPH_NUMBER = /^(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[a-z]{1,4}\)|[A-Z]\.|[IVXL]+\.)$/;

export function splitColumns(items: readonly TextItem[]): TextItem[][] {
  const runs: TextItem[][] = [];
  let current: TextItem[] = [];
  let right = -Infinity;
  for (const item of items) {
    const gap = item.x - right;
    const size = Math.max(item.size, current[0]?.size ?? 0);
    if (current.length > 0 && gap > COLUMN_GAP * size && !isNumberOnly(current)) {
      runs.push(current);
      current = [];
    }
    current.push(item);
    right = Math.max(right, item.x + item.width);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function isNumberOnly(items: readonly TextItem[]): boolean {
  return items.length <= 2 && PARAGRAPH_NUMBER.test(items.map((i) => i.str).join("").trim());
}
