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

export function findTables(doc: UnDocument, size: number): Set<Line> {
  const table = new Set<Line>();
  for (const page of doc.pages) {
    const body = page.lines.filter((l) => l.role === "body");
    for (const line of body) {
      if (line.cells.length > 1) table.add(line);
      else if (body.some((o) => o !== line && Math.abs(o.bbox[1] - line.bbox[1]) < SAME_ROW * line.size)) table.add(line);
    }
    markContents(body, table);
    dropLoneRows(body, table);
    const width = Math.max(...body.map((l) => l.bbox[2])) - Math.min(...body.map((l) => l.bbox[0]));
    // Lines wedged between rows: cells of a row that wraps, or a note under a cell. Repeat
    // until stable, so a run of such lines joins too.
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 1; i < body.length; i++) {
        const [prev, line] = [body[i - 1]!, body[i]!];
        const next = body.slice(i + 1).find((l) => table.has(l));
        if (table.has(line) || !table.has(prev) || next === undefined) continue;
        const narrow = line.bbox[2] - line.bbox[0] < CELL_WIDTH * width || line.size < size - SIZE_TOLERANCE;
        const close = prev.bbox[1] - next.bbox[1] < 2 * ROW_GAP * line.size && line.bbox[1] > next.bbox[1];
        if (narrow && close) {
          table.add(line);
          changed = true;
        }
      }
    }
  }
  return table;
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
  for (const line of lines) {
    const row = rows.find((r) => r[0]!.page === line.page && Math.abs(r[0]!.bbox[1] - line.bbox[1]) < SAME_ROW * line.size);
    if (row) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) =>
    row.sort((a, b) => a.bbox[0] - b.bbox[0]).flatMap((l) => (l.cells.length > 1 ? l.cells : [l.text])),
  );
}
