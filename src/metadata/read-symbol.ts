/**
 * The document symbol, as printed in the page-1 masthead: "A/80/590", "A/RES/68/4",
 * "A/81/6 (Sect. 10)/Part A" (its "*" footnote mark dropped), "A/HRC/WG.6/34/ITA/3". A big "A"
 * printed apart from "/80/604/Add.6" is joined to it; a lone big "A" (1994 mastheads print one
 * above the full symbol) is not a symbol. Falls back to the running header of page 2.
 */
import type { Line, UnDocument } from "../model/document.js";
import { headLines } from "./head-lines.js";
import { asSymbol, SERIES_LETTERS, SYMBOL_AT_END } from "../conventions/index.js";
import { pageLines } from "./page-lines.js";

/** Share of the page height, from the top, where page 2's running header stands. */
const HEADER_REACH = 0.15;

export function readSymbol(doc: UnDocument): string | null {
  const head = joinSplitSeries(headLines(doc));
  for (const line of head) {
    const symbol = asSymbol(line.text);
    if (symbol !== null) return symbol;
  }
  // A symbol run into another masthead text on its baseline: "United Nations A/80/590".
  for (const line of head) {
    const tail = SYMBOL_AT_END.exec(line.text);
    const symbol = tail ? asSymbol(tail[1]!) : null;
    if (symbol !== null) return symbol;
  }
  const second = doc.pages[1];
  if (!second) return null;
  const top = second.height * (1 - HEADER_REACH);
  for (const line of pageLines(second)) {
    if (line.bbox[1] < top) break;
    for (const part of line.text.split(/\s{2,}|\t/)) {
      const symbol = asSymbol(part) ?? asSymbol(line.text);
      if (symbol !== null) return symbol;
    }
  }
  return null;
}

/** Joins a line that is only series letters ("A") to a line on its baseline that starts with "/". */
function joinSplitSeries(lines: Line[]): Array<{ text: string }> {
  const out: Array<{ text: string }> = [];
  for (const line of lines) {
    if (line.text.trim().startsWith("/")) {
      const series = lines.find((l) => SERIES_LETTERS.test(l.text.trim()) && Math.abs(l.bbox[1] - line.bbox[1]) <= line.size && l.bbox[2] <= line.bbox[0] + line.size);
      if (series) out.push({ text: series.text.trim() + line.text.trim() });
    }
    out.push({ text: line.text });
  }
  return out;
}
