/**
 * Page geometry: the bands where furniture lives, and the layout measured once per document
 * (`measurePageLayout`, called by denoise when the furniture is known and kept on `doc.layout`):
 * body font size and font, line pitch, justification, and each page's text edges.
 */
import type { Line, Page, PageLayout, UnDocument } from "../model/document.js";

/** In points: two font sizes closer than this are the same type (PDF sizes wobble a little). */
export const SIZE_TOLERANCE = 0.5;
/** Of the font size: the leading assumed when a document has too few lines to measure it. */
const DEFAULT_LEADING = 1.2;

export function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) < SIZE_TOLERANCE;
}

/** Of the page height: the top band where running headers live. */
export const TOP_BAND = 0.15;
/** Of the page height: the bottom band where page numbers, job numbers and barcodes live. */
export const BOTTOM_BAND = 0.12;

export function inTopBand(line: Line, page: Page): boolean {
  return line.bbox[1] > page.height * (1 - TOP_BAND);
}

export function inBottomBand(line: Line, page: Page): boolean {
  return line.bbox[1] < page.height * BOTTOM_BAND;
}

/** The font size carrying most body characters in the document. */
export function bodySize(doc: UnDocument): number {
  const weight = new Map<number, number>();
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (line.role !== "body") continue;
      const size = Math.round(line.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    }
  }
  let best = 10;
  let bestWeight = -1;
  for (const [size, w] of [...weight].sort((a, b) => a[0] - b[0])) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

/** Most common vertical distance between consecutive body lines of the body size: the leading. */
export function linePitch(doc: UnDocument, size: number): number {
  const weight = new Map<number, number>();
  for (const page of doc.pages) {
    const lines = page.lines.filter((l) => l.role === "body" && sameSize(l.size, size));
    for (let i = 1; i < lines.length; i++) {
      const d = Math.round((lines[i - 1]!.bbox[1] - lines[i]!.bbox[1]) * 2) / 2;
      if (d > 0) weight.set(d, (weight.get(d) ?? 0) + 1);
    }
  }
  let best = size * DEFAULT_LEADING;
  let bestWeight = 0;
  for (const [d, w] of [...weight].sort((a, b) => a[0] - b[0])) if (w > bestWeight) [best, bestWeight] = [d, w];
  return best;
}

/** Left and right edges of the text area on a page: where most body lines start and end. */
export function textEdges(page: Page, size: number): { left: number; right: number } {
  const lines = page.lines.filter((l) => l.role === "body" && sameSize(l.size, size));
  if (lines.length === 0) return { left: 0, right: page.width };
  return { left: mode(lines.map((l) => l.bbox[0])), right: quantile(lines.map((l) => l.bbox[2]), RIGHT_EDGE_QUANTILE) };
}

/** Body lines at the document's margin that make it the page's margin too. */
const MARGIN_LINES = 2;
/** In points: a line starts at a margin when it starts this close to it. */
const MARGIN_TOLERANCE = 1;

/**
 * A page whose lines mostly start elsewhere (a table or a figure set wider than the text column,
 * a page of indented sub-items) keeps the margin of the document's other pages of its size when
 * enough of its lines start there: the margin is the page's, not the table's. Otherwise the
 * paragraph that runs on from the page before reads as indented ("… entry into" / "force were
 * met …" above a performance table at x 60).
 */
function settleLeftEdges(doc: UnDocument, size: number, margins: Array<{ page: number; left: number; right: number }>): Array<{ page: number; left: number; right: number }> {
  // Pages of one size (UN documents keep one text block on both sides of the sheet; a few pages
  // of another size are landscape tables with their own).
  const format = (page: Page): string => `${Math.round(page.width)}x${Math.round(page.height)}`;
  const starts = new Map<string, number[]>();
  for (const page of doc.pages) {
    const list = starts.get(format(page)) ?? [];
    starts.set(format(page), list);
    for (const line of page.lines) if (line.role === "body" && sameSize(line.size, size)) list.push(line.bbox[0]);
  }
  const documentLeft = new Map([...starts].map(([key, xs]) => [key, mode(xs)]));
  return margins.map((margin, i) => {
    const page = doc.pages[i]!;
    const left = documentLeft.get(format(page));
    if (left === undefined || Math.abs(left - margin.left) <= MARGIN_TOLERANCE) return margin;
    const there = page.lines.filter((l) => l.role === "body" && sameSize(l.size, size) && Math.abs(Math.round(l.bbox[0]) - left) <= MARGIN_TOLERANCE).length;
    return there >= MARGIN_LINES ? { ...margin, left } : margin;
  });
}

/** The right edge is where the longest ordinary lines end: a high quantile, not the maximum. */
const RIGHT_EDGE_QUANTILE = 0.9;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function mode(values: number[]): number {
  const weight = new Map<number, number>();
  for (const v of values) weight.set(Math.round(v), (weight.get(Math.round(v)) ?? 0) + 1);
  let best = values[0] ?? 0;
  let bestWeight = 0;
  // Ties go to the leftmost value: a page with few lines still gets its margin, not an indent.
  for (const [v, w] of [...weight].sort((a, b) => a[0] - b[0])) if (w > bestWeight) [best, bestWeight] = [v, w];
  return best;
}

/** Share of body lines reaching the right edge above which the text counts as justified. */
const JUSTIFIED_SHARE = 0.4;
/** Of the font size: justified Latin lines end this close to the right edge. */
const TIGHT_EDGE = 0.3;
/** Of the font size: a Chinese line may end up to one character early (punctuation that cannot open a line). */
const GRID_EDGE = 1.05;

/**
 * The layout of the body text, from the lines not yet called furniture. Text is justified when
 * its full lines end together: Latin lines within a fraction of an em of one edge; Chinese lines,
 * set on a character grid, within one character of it.
 */
export function measurePageLayout(doc: UnDocument): PageLayout {
  const size = bodySize(doc);
  const margins = settleLeftEdges(doc, size, doc.pages.map((p) => ({ page: p.number, ...textEdges(p, size) })));
  let tight = 0;
  let grid = 0;
  let all = 0;
  let han = 0;
  let chars = 0;
  for (const [i, page] of doc.pages.entries()) {
    const right = margins[i]?.right ?? page.width;
    for (const line of page.lines) {
      if (line.role !== "body" || !sameSize(line.size, size)) continue;
      all++;
      if (Math.abs(line.bbox[2] - right) <= TIGHT_EDGE * size) tight++;
      if (line.bbox[2] >= right - GRID_EDGE * size) grid++;
      han += (line.text.match(/\p{Script=Han}/gu) ?? []).length;
      chars += line.text.length;
    }
  }
  const chinese = han > chars / 2;
  return {
    bodySize: size,
    bodyFont: bodyFont(doc, size),
    pitch: linePitch(doc, size),
    justified: all > 0 && (tight / all >= JUSTIFIED_SHARE || (chinese && grid / all >= JUSTIFIED_SHARE)),
    chinese,
    margins,
  };
}

function bodyFont(doc: UnDocument, size: number): string {
  const weight = new Map<string, number>();
  const body: Line[] = doc.pages.flatMap((p) => p.lines.filter((l) => l.role === "body" && sameSize(l.size, size)));
  for (const line of body) weight.set(line.fontName, (weight.get(line.fontName) ?? 0) + line.text.length);
  let best = "";
  let bestWeight = -1;
  for (const [font, w] of [...weight].sort()) if (w > bestWeight) [best, bestWeight] = [font, w];
  return best;
}
