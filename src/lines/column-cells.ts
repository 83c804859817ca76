/**
 * Cells by the page's columns: a line whose item starts where a column of the page starts, right
 * of the page's middle, after a gap of an em or more, is two cells, however narrow the gutter. In
 * a two-column results framework the left cell is justified to its column, so its gutter is
 * only 1.3–1.5 em, less than the gap that splits cells by itself (split-columns.ts):
 * "1.2 Reduced threat of mines and improvised explosive ⇥ 1.2.1 No UNDOF personnel …",
 * "creating a conducive environment for the peace process ⇥ appropriate, are reduced (2022/23 …".
 * Running text never leaves an em before a word that happens to stand where other lines start.
 */
import type { Line } from "../model/document.js";
import { joinItems } from "./join-items.js";

/** Lines that start at one x make a column when there are this many. */
const MIN_COLUMN_LINES = 3;
/** In points: starts this close together are one column. */
const COLUMN_TOLERANCE = 3;
/** Of the font size: the least gutter before a cell. */
const GUTTER = 1;
/** A paragraph number, label or bullet before its text ("1.2", "(a)", "29B.31", "A.", "IV.", "•") is no cell of its own. */
const LABEL = /^(?:\(?[0-9]{1,3}[A-Z]?(?:\.[0-9IVX]{1,4})*[.)]?|\(?[a-z]{1,4}\)|[A-Z]\.|[IVXL]{1,5}\.|[•▪●◦–-])$/;
/** Lines of a row elsewhere on the page that start at one x make a column there too. */
const MIN_ROW_CELLS = 2;
/** Of the font size: lines whose baselines differ less than this share a row. */
const SAME_ROW = 0.3;

type Item = Line["items"][number];

/** Sets `cells` on the lines of one page that a column start splits; `raised` gives each line's superscript items. */
export function splitAtColumns(lines: readonly Line[], pageWidth: number, raised: (line: Line) => ReadonlySet<Item>): void {
  const columns = [...new Set([...columnStarts(lines, pageWidth / 2), ...rowCellStarts(lines)])].sort((a, b) => a - b);
  if (columns.length === 0) return;
  for (const line of lines) {
    if (line.cells.length > 1) continue;
    const superscripts = raised(line);
    const runs: Item[][] = [[]];
    for (const item of line.items.filter((i) => !superscripts.has(i))) {
      const current = runs[runs.length - 1]!;
      const before = current[current.length - 1];
      const gap = before === undefined ? 0 : item.x - (before.x + before.width);
      const atColumn = nearColumn(columns, item.x);
      const label = LABEL.test(current.map((i) => i.str).join("").trim());
      if (before !== undefined && atColumn && gap >= GUTTER * item.size && !label) runs.push([item]);
      else current.push(item);
    }
    if (runs.length > 1) line.cells = runs.map((run) => joinItems(run, superscripts).text);
  }
}

/** Where at least MIN_COLUMN_LINES lines start together, right of `middle`: each column's leftmost start. */
function columnStarts(lines: readonly Line[], middle: number): number[] {
  return clusters(lines.map((line) => line.bbox[0]).filter((x) => x > middle), MIN_COLUMN_LINES);
}

/** Of the x values, each run of at least `least` within COLUMN_TOLERANCE of the next: its leftmost, ascending. */
function clusters(xs: readonly number[], least: number): number[] {
  const starts = [...xs].sort((a, b) => a - b);
  const columns: number[] = [];
  let first = 0;
  for (let i = 1; i <= starts.length; i++) {
    if (i < starts.length && starts[i]! - starts[i - 1]! <= COLUMN_TOLERANCE) continue;
    if (i - first >= least) columns.push(starts[first]!);
    first = i;
  }
  return columns;
}

/**
 * Where the cells of the page's split rows start, left of the page's middle too: a table whose
 * gutter is too narrow to split every line by itself ("ongoing cases, with senior officials ⇥
 * systemic corruption structures," where other rows stand apart: "In Viet Nam, investigators",
 * "In the Dominican Republic,", "Malaysian police …"). The leftmost line of a row starts no column.
 */
function rowCellStarts(lines: readonly Line[]): number[] {
  const byBaseline = [...lines].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  const starts: number[] = [];
  for (let i = 0; i < byBaseline.length; ) {
    let j = i + 1;
    while (j < byBaseline.length && byBaseline[j]!.bbox[1] - byBaseline[i]!.bbox[1] < SAME_ROW * byBaseline[i]!.size) j++;
    const row = byBaseline.slice(i, j).sort((a, b) => a.bbox[0] - b.bbox[0]);
    for (const line of row.slice(1)) starts.push(line.bbox[0]);
    i = j;
  }
  return clusters(starts, MIN_ROW_CELLS);
}

/** Whether a column of the sorted `columns` starts within COLUMN_TOLERANCE of `x` (a binary search: a crafted page may have thousands). */
function nearColumn(columns: readonly number[], x: number): boolean {
  let [lo, hi] = [0, columns.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (columns[mid]! < x - COLUMN_TOLERANCE) lo = mid + 1;
    else hi = mid;
  }
  return lo < columns.length && columns[lo]! <= x + COLUMN_TOLERANCE;
}
