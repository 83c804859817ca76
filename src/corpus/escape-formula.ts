/**
 * CSV formula escaping (OWASP "CSV injection"): a cell that starts with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running
 * it: "=HYPERLINK(…)" → "'=HYPERLINK(…)". Text cells like "-5" are escaped too ("'-5"); numeric
 * columns (offsets, pages) are numbers, not strings, and never are. A cell that already starts
 * with an apostrophe gets one more, so `unescapeFormula` restores every cell exactly.
 */
const TRIGGERS = /^[=+\-@\t\r']/;

export function escapeFormula(cell: string): string {
  return TRIGGERS.test(cell) ? `'${cell}` : cell;
}

/** The inverse, for readers: drops the apostrophe `escapeFormula` added. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && TRIGGERS.test(cell.slice(1)) ? cell.slice(1) : cell;
}
