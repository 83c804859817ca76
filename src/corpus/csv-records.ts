/**
 * The corpus tables' records, written out by hand: the same bytes csv-stringify gives with the
 * tables' options (csv-options.ts: `,`, `"` doubled, CRLF, quoted when a cell holds a quote, a
 * comma, CR or LF, or starts or ends with white space, formula escaping on text cells, empty
 * for null, numbers as `"" + n`), about ten times faster. csv-stringify's generic per-cell
 * path (cast dispatch, option merging, separator scans) was most of a run's "write" stage:
 * 0.2 s for the 50,000 token rows of a 63-page report. csv-stringify still writes the headers
 * and is the reference the tests hold this to (test/corpus-rows.test.ts: random and hostile
 * cells; test/corpus-write.test.ts: whole tables).
 */
import type { Cell } from "./columns.js";
import { escapeFormula } from "./escape-formula.js";

/** When csv-stringify quotes a (cast) cell with these options: a separator or quote inside, or `quoted_match`. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One record: cells in column order, CRLF at the end. */
export function csvRecord(cells: readonly Cell[]): string {
  // An array joined, not `line += cell`: V8 builds a string per `+=`, five times slower here.
  const fields = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) fields[i] = csvCell(cells[i] ?? null);
  return fields.join(",") + "\r\n";
}

export function csvCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return "" + cell;
  const text = escapeFormula(cell);
  if (text === "" || !NEEDS_QUOTES.test(text)) return text;
  return '"' + text.replaceAll('"', '""') + '"';
}
