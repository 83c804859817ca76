/**
 * csv-stringify settings for every corpus table: a header row, RFC 4180 (CRLF records, fields
 * quoted when they hold a quote, comma, CR or LF, quotes doubled), UTF-8 with a BOM so Excel reads
 * Chinese correctly, empty cells for null, and formula escaping on every text cell.
 */
import type { Options } from "csv-stringify";
import { escapeFormula } from "./escape-formula.js";

export function csvOptions(columns: readonly string[]): Options {
  return {
    header: true,
    columns: [...columns],
    bom: true,
    record_delimiter: "windows",
    // Given a record delimiter, csv-stringify (6.9) no longer quotes a cell that holds a bare LF
    // or CR (quote_record_delimiter defaults to false then): such a cell would end the record
    // for any RFC 4180 reader.
    quote_record_delimiter: true,
    quoted_match: /^\s|\s$/,
    cast: { string: escapeFormula },
  };
}
