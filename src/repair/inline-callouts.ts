/**
 * Old UN documents type callouts inline as "1/" ("…in Haiti 1/ and the oral report…",
 * "Presupuesto 2/,"). Where the footnotes use that style, such a callout in a body line is
 * moved out of the text into the line's callouts, with the space before it. Likewise an
 * asterisk glued to a word ("заинтересованными сторонами*") where a "*" footnote exists.
 */
import type { UnDocument } from "../model/document.js";

const SLASH_MARKER = /^\d{1,3}\/\s/;
const STAR_MARKER = /^(\*{1,3})\s/;
/** Asterisks glued to the end of a word: "…in 2025***". */
export const GLUED_STARS = /(?<=\S)(\*{1,3})(?=[\s,.;:)]|$)/u;

export function extractInlineCallouts(doc: UnDocument): void {
  const markers = new Set<string>();
  const stars = new Set<string>();
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (line.role !== "footnote") continue;
      const m = SLASH_MARKER.exec(line.text);
      if (m) markers.add(m[0].trim().slice(0, -1));
      const star = STAR_MARKER.exec(line.text);
      if (star) stars.add(star[1]!);
    }
  }
  if (stars.size > 0) extractStars(doc, stars);
  if (markers.size === 0) return;
  const pattern = /\s?(\d{1,3})\/(?=[\s,.;:)]|$)/g;
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (line.role !== "body") continue;
      let text = "";
      let last = 0;
      for (const m of line.text.matchAll(pattern)) {
        const marker = m[1]!;
        const before = line.text[m.index - 1];
        if (!markers.has(marker) || m.index === 0 || (before !== undefined && /[\d/]/.test(before) && !m[0].startsWith(" "))) continue;
        text += line.text.slice(last, m.index);
        line.callouts.push({ marker, offset: text.length });
        last = m.index + m[0].length;
      }
      if (last > 0) {
        line.text = text + line.text.slice(last);
        line.callouts.sort((a, b) => a.offset - b.offset);
        // A table row's cells were cut from the same text: take the markers out of them too.
        line.cells = line.cells.map((cell) => cell.replace(pattern, (m, marker: string) => (markers.has(marker) ? "" : m)));
      }
    }
  }
}

function extractStars(doc: UnDocument, stars: ReadonlySet<string>): void {
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (line.role !== "body") continue;
      const m = GLUED_STARS.exec(line.text);
      if (!m || !stars.has(m[1]!)) continue;
      line.callouts.push({ marker: m[1]!, offset: m.index });
      line.text = line.text.slice(0, m.index) + line.text.slice(m.index + m[0].length);
      line.callouts.sort((a, b) => a.offset - b.offset);
      line.cells = line.cells.map((cell) => cell.replace(GLUED_STARS, (all, run: string) => (run === m[1] ? "" : all)));
    }
  }
}
