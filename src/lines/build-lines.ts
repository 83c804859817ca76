/**
 * Stage 2, lines: groups a page's text items into visual lines (one baseline, one column),
 * attaches raised small items to their line as superscript callouts, and joins the text
 * CJK-aware. Example: "》" + raised "1" + "等适用国际公" → text "》等适用国际公", callout "1" at 1.
 */
import type { Line, Page, TextItem, UnDocument } from "../model/document.js";
import { DocumentError } from "../errors/document-error.js";
import { groupBaselines } from "./group-baselines.js";
import { joinItems } from "./join-items.js";
import { splitCells, splitColumns } from "./split-columns.js";
import { splitAtColumns } from "./column-cells.js";
import { toPageBox, toReadingFrame } from "./turned-text.js";

/**
 * Longest line, in characters, that the later stages' patterns get to see. A line of 6-point
 * type across a landscape A4 page holds about 300; a longer "line" is a crafted one, made to
 * feed the patterns that backtrack polynomially (`\s*\/\s*` over thousands of spaces; listed
 * by test/regex-backtracking.test.ts), so the document is refused instead.
 */
export const MAX_LINE_CHARS = 2000;

export function buildLines(doc: UnDocument): void {
  for (const page of doc.pages) page.lines = linesOfPage(page);
}

export function linesOfPage(page: Page): Line[] {
  const visible = page.items.filter((item) => item.str.trim() !== "");
  const lines: Line[] = [];
  const raised = new Map<Line, ReadonlySet<TextItem>>();
  const add = (line: Line, superscripts: ReadonlySet<TextItem>): void => {
    if (line.text.length > MAX_LINE_CHARS) {
      throw new DocumentError("too-large", `page ${page.number} has a line of ${line.text.length.toLocaleString("en")} characters, more than the limit of ${MAX_LINE_CHARS.toLocaleString("en")}`);
    }
    raised.set(line, superscripts);
    lines.push(line);
  };
  for (const group of groupBaselines(visible.filter((item) => item.turned === undefined))) {
    for (const run of splitColumns(group.items)) add(makeLine(page.number, run, group.superscripts), group.superscripts);
  }
  for (const turn of ["down", "up"] as const) {
    const turned = visible.filter((item) => item.turned === turn);
    if (turned.length === 0) continue;
    const onPage = new Map(turned.map((item) => [item.index, item]));
    for (const group of groupBaselines(turned.map(toReadingFrame))) {
      for (const run of splitColumns(group.items)) {
        const line = makeLine(page.number, run, group.superscripts);
        line.bbox = toPageBox(line.bbox, turn);
        line.items = run.map((item) => onPage.get(item.index) ?? item);
        add(line, new Set());
      }
    }
  }
  splitAtColumns(lines, page.width, (line) => raised.get(line) ?? new Set());
  lines.sort((a, b) => b.bbox[1] - a.bbox[1] || a.bbox[0] - b.bbox[0]);
  lines.forEach((line, index) => (line.index = index));
  return lines;
}

function makeLine(page: number, items: TextItem[], superscripts: ReadonlySet<TextItem>): Line {
  const { text, callouts } = joinItems(items, superscripts);
  const main = items.filter((item) => !superscripts.has(item));
  const sized = main.length > 0 ? main : items;
  const x0 = Math.min(...items.map((i) => i.x));
  const x1 = Math.max(...items.map((i) => i.x + i.width));
  const baseline = Math.min(...sized.map((i) => i.y));
  const size = dominant(sized, (i) => i.size);
  return {
    page,
    index: 0,
    text,
    bbox: [x0, baseline, x1, baseline + size],
    size,
    fontName: dominant(sized, (i) => i.fontName),
    items,
    callouts,
    cells: cellTexts(items, superscripts),
    artifact: items.every((i) => i.artifact),
    role: "body",
  };
}

function cellTexts(items: TextItem[], superscripts: ReadonlySet<TextItem>): string[] {
  const main = items.filter((i) => !superscripts.has(i));
  const runs = splitCells(main);
  return runs.length < 2 ? [] : runs.map((run) => joinItems(run, superscripts).text);
}

/** The value carried by most characters. Ties go to the first seen, so the result is stable. */
function dominant<T>(items: TextItem[], key: (item: TextItem) => T): T {
  const weight = new Map<T, number>();
  for (const item of items) weight.set(key(item), (weight.get(key(item)) ?? 0) + item.str.length);
  let best = key(items[0]!);
  let bestWeight = -1;
  for (const [value, w] of weight) if (w > bestWeight) [best, bestWeight] = [value, w];
  return best;
}
