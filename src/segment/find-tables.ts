/**
 * Finds the body lines that belong to tables, so they become table blocks and never mix into
 * paragraphs: lines split into cells by wide gaps ("Seventy-sixth ⇥ Tuesday, 14 September 2021
 * ⇥ …"), lines sharing a baseline with another line, and short lines wedged between such rows
 * ("(to be confirmed)" under a date cell). A table of contents is a table too: its entries end
 * in dot leaders and page numbers ("2. The legislative framework ........ 5–9   3").
 */
import type { Line, UnDocument } from "../model/document.js";
import { SIZE_TOLERANCE } from "../layout/page-layout.js";

/** Of the font size: lines whose baselines differ less than this share a row. */
const SAME_ROW = 0.3;
/** Share of the text width: a line narrower than this, between table rows, is a cell. */
const CELL_WIDTH = 0.45;
/** Of the font size: a table row gap at most this many times the size keeps a wedged line. */
const ROW_GAP = 3;
/** Dot leaders of a table of contents. */
const LEADER = /(?:\.\s?){6,}|…{3,}/;
/** A wrapped contents entry spans at most this many lines between two leader lines. */
const MAX_ENTRY_LINES = 4;
/** Passes over a page for wedged lines; real pages settle in two or three. */
const MAX_PASSES = 8;

export function findTables(doc: UnDocument, size: number): Set<Line> {
  const table = new Set<Line>();
  for (const page of doc.pages) {
    const body = page.lines.filter((l) => l.role === "body");
    const byBaseline = [...body].sort((a, b) => a.bbox[1] - b.bbox[1]);
    for (const [i, line] of byBaseline.entries()) {
      if (line.cells.length > 1 || sharesRow(byBaseline, i)) table.add(line);
    }
    markContents(body, table);
    dropLoneRows(body, table);
    const width = Math.max(...body.map((l) => l.bbox[2])) - Math.min(...body.map((l) => l.bbox[0]));
    // Lines wedged between rows: cells of a row that wraps, or a note under a cell. Repeat
    // until stable, so a run of such lines joins too (within MAX_PASSES: each pass is linear).
    for (let changed = true, pass = 0; changed && pass < MAX_PASSES; pass++) {
      changed = false;
      const next = nextInTable(body, table);
      const columns = columnStarts(body, table);
      const inner = innerColumns(columns, size);
      for (let i = 1; i < body.length; i++) {
        const [prev, line] = [body[i - 1]!, body[i]!];
        const after = next[i];
        const nextRow = after === undefined ? undefined : body[after];
        if (table.has(line) || !table.has(prev)) continue;
        // A line set at one of the table's inner columns is a cell however wide: running text
        // starts at the margin, not at a column mid-page ("2.2.2 Weekly average of the police
        // …" under "Indicators of achievement" in a results framework).
        // So is a line at the table's first column, in the face of the row above, that ends
        // before the next column starts: it fills its cell, not the page ("components and include
        // standard indicators (para. 27)." under a row whose right cell ended a line sooner). A
        // heading between two tables has a face of its own.
        const cellFace = line.fontName === prev.fontName && Math.abs(line.size - prev.size) <= SIZE_TOLERANCE;
        const hangs = hangsUnderBullet(prev, line) && startsColumn(prev, inner);
        const narrow = line.bbox[2] - line.bbox[0] < CELL_WIDTH * width || line.size < size - SIZE_TOLERANCE || startsColumn(line, inner) || hangs || (cellFace && withinFirstColumn(line, columns, inner));
        // Set apart from the row above by more than a row gap, a line between two tables is a
        // heading of the second ("Component 4: support" between two results frameworks).
        const inRow = prev.bbox[1] - line.bbox[1] < ROW_GAP * line.size;
        const wedged = nextRow !== undefined && prev.bbox[1] - nextRow.bbox[1] < 2 * ROW_GAP * line.size && line.bbox[1] > nextRow.bbox[1] && inRow;
        // The last row's cell wrapping under it ("…in accordance with the related" / "United
        // Nations regulations and rules and"): no row below, but set at a column's start, in
        // the same column as the line above, and at the table's line spacing.
        // (Or wrapping under a bulleted item's text in such a cell: "• Aligning projects …" /
        // "enhances sustainability …".)
        const aligned = startsColumn(line, columns) || hangs;
        const trailing = line.bbox[1] < prev.bbox[1] && prev.bbox[1] - line.bbox[1] < ROW_GAP * line.size && aligned && !(nextRow !== undefined && line.bbox[1] < nextRow.bbox[1]);
        // A row of cells right under a table line goes on with the table, though it looked lone
        // before the lines between joined ("1.4 Maintain … ⇥ 1.4.1 Full implementation …").
        const row = line.cells.length > 1 && prev.bbox[1] - line.bbox[1] < ROW_GAP * line.size;
        if (row || (narrow && (wedged || trailing))) {
          table.add(line);
          changed = true;
        }
      }
      // A table's head stacked in small type above its first row ("Actual" / "average July" over
      // "Actual as at …"): a line in smaller type than the text, right above a table line at the
      // table's line spacing, is a header cell. From the bottom up, so a whole stack joins.
      for (let i = body.length - 2; i >= 0; i--) {
        const [line, below] = [body[i]!, body[i + 1]!];
        if (table.has(line) || !table.has(below) || line.size >= size - SIZE_TOLERANCE) continue;
        const gap = line.bbox[1] - below.bbox[1];
        if (gap > 0 && gap < ROW_GAP * line.size) {
          table.add(line);
          changed = true;
        }
      }
    }
  }
  return table;
}

/** Of the font size: a line starting this close to a table line's start is in its column. */
const COLUMN_ALIGN = 0.3;

/** Where the table's lines and their cells on a page start: its columns' left edges, sorted. */
function columnStarts(body: readonly Line[], table: ReadonlySet<Line>): number[] {
  const starts = body.filter((line) => table.has(line)).flatMap((line) => (line.cells.length > 1 ? cellStarts(line) : [line.bbox[0]]));
  return [...new Set(starts.map((x) => Math.round(x * 2) / 2))].sort((a, b) => a - b);
}

/** Of the font size: the least gap before a cell (column-cells.ts splits at an em). */
const CELL_START_GAP = 1;

/** Where a line's cells start: its first item, and each item after a gap of an em or more. */
function cellStarts(line: Line): number[] {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  const starts = [line.bbox[0]];
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    if (b.x - (a.x + a.width) >= CELL_START_GAP * b.size) starts.push(b.x);
  }
  return starts;
}

/** Of the body size: an inner column starts at least this far right of the table's first. */
const INNER_COLUMN = 10;

/** The column starts well right of the table's leftmost one. */
function innerColumns(columns: readonly number[], size: number): number[] {
  const first = columns[0];
  return first === undefined ? [] : columns.filter((x) => x - first >= INNER_COLUMN * size);
}

/** Of the font size: a cell's text stops at least this far short of the next column's start. */
const CELL_GUTTER = 0.5;

/** The line starts at the table's first column and ends before its first inner column. */
function withinFirstColumn(line: Line, columns: readonly number[], inner: readonly number[]): boolean {
  const [first, next] = [columns[0], inner[0]];
  return first !== undefined && next !== undefined && Math.abs(line.bbox[0] - first) <= COLUMN_ALIGN * line.size && line.bbox[2] <= next - CELL_GUTTER * line.size;
}

const BULLET = /^[•▪●◦–-]\s/u;
/** Of the font size: a bulleted item's text hangs at most this far right of its bullet. */
const BULLET_HANG = 2;

/** The line wraps under the text of the bulleted item above it, right of the bullet. */
function hangsUnderBullet(above: Line, line: Line): boolean {
  const indent = line.bbox[0] - above.bbox[0];
  return BULLET.test(above.text) && indent > 0 && indent <= BULLET_HANG * line.size;
}

function startsColumn(line: Line, columns: readonly number[]): boolean {
  return columns.some((x) => Math.abs(line.bbox[0] - x) <= COLUMN_ALIGN * line.size);
}

/** Whether another line's baseline is within SAME_ROW of line i's (lines sorted by baseline). */
function sharesRow(byBaseline: readonly Line[], i: number): boolean {
  const line = byBaseline[i]!;
  const reach = SAME_ROW * line.size;
  const below = byBaseline[i - 1];
  const above = byBaseline[i + 1];
  return (below !== undefined && line.bbox[1] - below.bbox[1] < reach) || (above !== undefined && above.bbox[1] - line.bbox[1] < reach);
}

/** For each index, the index of the first later line in the table (undefined when none). */
function nextInTable(body: readonly Line[], table: ReadonlySet<Line>): Array<number | undefined> {
  const next = new Array<number | undefined>(body.length);
  let found: number | undefined;
  for (let i = body.length - 1; i >= 0; i--) {
    next[i] = found;
    if (table.has(body[i]!)) found = i;
  }
  return next;
}

function markContents(body: readonly Line[], table: Set<Line>): void {
  const leaders = body.flatMap((line, i) => (LEADER.test(line.text) ? [i] : []));
  for (const i of leaders) table.add(body[i]!);
  // An entry wrapped over lines before its leader, at the top of a contents page that goes on
  // from the page before ("VII. Summary of follow-up action taken … / … Assembly . . . 24").
  const first = leaders[0];
  if (first !== undefined && leaders.length > 1) {
    for (let i = first - 1; i >= Math.max(0, first - MAX_ENTRY_LINES) && close(body[i]!, body[i + 1]!); i--) table.add(body[i]!);
  }
  for (let k = 1; k < leaders.length; k++) {
    const [a, b] = [leaders[k - 1]!, leaders[k]!];
    if (b - a <= MAX_ENTRY_LINES) for (let i = a + 1; i < b; i++) table.add(body[i]!);
  }
}

/** Consecutive lines of one entry: no paragraph gap between them. */
function close(above: Line, below: Line): boolean {
  return above.bbox[1] - below.bbox[1] < ROW_GAP * above.size;
}

/** One table-like line between prose lines is a wide gap in prose, not a table. */
function dropLoneRows(body: readonly Line[], table: Set<Line>): void {
  const lone = body.filter((line, i) => table.has(line) && !table.has(body[i - 1]!) && !table.has(body[i + 1]!));
  for (const line of lone) table.delete(line);
}

/** Rows of cells: the table's lines grouped by baseline, cells left to right. */
export function tableRows(lines: readonly Line[]): string[][] {
  const rows: Line[][] = [];
  // Per page, the rows' first baselines in ascending order, so each line looks only at the rows
  // near its baseline and takes the first made of those (as a search of all rows in order would).
  const starts = new Map<number, Array<{ y: number; row: number }>>();
  for (const line of lines) {
    const y = line.bbox[1];
    const reach = SAME_ROW * line.size;
    const sorted = starts.get(line.page) ?? [];
    starts.set(line.page, sorted);
    let best: number | undefined;
    for (let k = lowerBound(sorted, y - reach); k < sorted.length && sorted[k]!.y < y + reach; k++) {
      if (Math.abs(sorted[k]!.y - y) < reach && (best === undefined || sorted[k]!.row < best)) best = sorted[k]!.row;
    }
    if (best !== undefined) rows[best]!.push(line);
    else {
      sorted.splice(lowerBound(sorted, y), 0, { y, row: rows.length });
      rows.push([line]);
    }
  }
  return rows.map((row) =>
    row.sort((a, b) => a.bbox[0] - b.bbox[0]).flatMap((l) => (l.cells.length > 1 ? l.cells : [l.text])),
  );
}

/** First index whose y is at least `y` (entries sorted by y). */
function lowerBound(sorted: ReadonlyArray<{ y: number }>, y: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.y < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
