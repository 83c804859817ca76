/**
 * The lines a metadata reader looks at: the lines stage's lines when it has run, otherwise
 * simple lines built here from the raw items: same baseline within 2pt, sorted by x; a space
 * where pdf.js gave one or the gap is wider than a fifth of the font size, never between two
 * Han characters; a new line where the gap is as wide as a column gutter.
 * Example: items "A" (20pt) + "/80/604/Add.6" (10pt) on one baseline → "A/80/604/Add.6".
 */
import type { Line, Page, TextItem } from "../model/document.js";

/** Points: items whose baselines differ by at most this much are on one line. */
const BASELINE_TOLERANCE = 2;
/** Of the font size: a gap at least this wide between two items is a word space. */
const SPACE_GAP = 0.2;
/** Of the font size: a wider gap between two items on one baseline separates two columns. */
const COLUMN_GAP = 3;
const HAN = /\p{Script=Han}/u;

/** Simple lines, built once per page (every reader then sees the same line objects). */
const SIMPLE_LINES = new WeakMap<Page, Line[]>();

export function pageLines(page: Page): Line[] {
  if (page.lines.length > 0) return page.lines;
  let lines = SIMPLE_LINES.get(page);
  if (lines === undefined) {
    lines = simpleLines(page);
    SIMPLE_LINES.set(page, lines);
  }
  return lines;
}

/** Lines from items alone, top to bottom, for documents the lines stage has not seen. */
function simpleLines(page: Page): Line[] {
  const groups: TextItem[][] = [];
  const items = page.items.filter((item) => item.str !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of items) {
    const group = groups.find((g) => Math.abs(g[0]!.y - item.y) <= BASELINE_TOLERANCE);
    if (group) group.push(item);
    else groups.push([item]);
  }
  const runs = groups.flatMap((group) => splitColumns(group.sort((a, b) => a.x - b.x)));
  return runs.filter((run) => run.length > 0).map((run, index) => toLine(page.number, index, run));
}

/** Splits a baseline group where a gap as wide as a column gutter separates two printed items. */
function splitColumns(items: TextItem[]): TextItem[][] {
  const runs: TextItem[][] = [[]];
  let prev: TextItem | null = null;
  for (const item of items) {
    if (item.str.trim() === "") {
      runs[runs.length - 1]!.push(item);
      continue;
    }
    const gap = prev === null ? 0 : item.x - (prev.x + prev.width);
    if (prev !== null && gap > COLUMN_GAP * Math.max(prev.size, item.size)) runs.push([]);
    runs[runs.length - 1]!.push(item);
    prev = item;
  }
  return runs.map((run) => trimBlank(run)).filter((run) => run.length > 0);
}

function trimBlank(run: TextItem[]): TextItem[] {
  let start = 0;
  let end = run.length;
  while (start < end && run[start]!.str.trim() === "") start++;
  while (end > start && run[end - 1]!.str.trim() === "") end--;
  return run.slice(start, end);
}

function toLine(page: number, index: number, items: TextItem[]): Line {
  let text = "";
  let prev: TextItem | null = null;
  for (const item of items) {
    const str = item.str;
    if (prev !== null && !/\s$/.test(text) && !/^\s/.test(str) && !(HAN.test(text.slice(-1)) && HAN.test(str[0] ?? ""))) {
      const gap = item.x - (prev.x + prev.width);
      if (gap > SPACE_GAP * Math.min(prev.size, item.size)) text += " ";
    }
    text += str;
    prev = item;
  }
  const printed = items.filter((i) => i.str.trim() !== "");
  const size = Math.max(...printed.map((i) => i.size));
  const y = Math.min(...printed.map((i) => i.y));
  const x1 = Math.max(...printed.map((i) => i.x + i.width));
  return {
    page,
    index,
    text: text.replace(/\s+/g, " ").trim(),
    bbox: [printed[0]!.x, y, x1, y + size],
    size: dominantSize(printed),
    fontName: printed[0]!.fontName,
    items,
    callouts: [],
    cells: [],
    artifact: items.every((i) => i.artifact),
    role: "body",
  };
}

/** The size carried by most characters ("A" at 20pt + "/80/604/Add.6" at 10pt → 10). */
function dominantSize(items: TextItem[]): number {
  const weight = new Map<number, number>();
  for (const item of items) weight.set(item.size, (weight.get(item.size) ?? 0) + item.str.length);
  return [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}
