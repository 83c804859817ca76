/**
 * Groups the body lines of all pages, in reading order, into blocks (paragraph breaks decided
 * by paragraph-breaks.ts; a line that opens with a label, read-labels.ts, always opens one), then
 * reads each block's kind, printed number and parent.
 */
import type { Block, BlockKind, Line, UnDocument } from "../model/document.js";
import { joinLines } from "./join-lines.js";
import { sameSize } from "../layout/page-layout.js";
import { SHORT_LINE, endsSentence, isFlushRight, isHeadingLine, startsBlock, type Layout } from "./paragraph-breaks.js";
import { RESOLUTION_TITLE } from "../conventions/index.js";
import { readLabels, type Label } from "./read-labels.js";
import { joinAcrossTables } from "./join-across-tables.js";
import { assignParents } from "./assign-parents.js";
import { findTables, tableRows } from "./find-tables.js";
import type { Lexicon } from "./dehyphenate.js";

/** A heading in the body font is short: at most this many lines. */
const MAX_PLAIN_HEADING_LINES = 2;

/** Full lines of a justified column end together: this many ending at one point make an edge. */
const MIN_FULL_LINES = 3;
/** Of the body size: Latin justified lines end this close together (as page-layout.ts measures it). */
const LATIN_EDGE = 0.3;
/** Of the body size: Chinese lines, set on a character grid, may end up to one character early. */
const GRID_EDGE = 1.05;
/** Share of a page's prose lines that end together on a justified page (ragged ends meet by chance). */
const JUSTIFIED_SHARE = 0.4;

/**
 * The layout as each page's prose shows it, table lines left out. In a justified document, a
 * page's right edge is where its full lines end together, when that is left of the measured edge
 * (a results framework or table of outputs set wider than the text column sets the measured edge,
 * a high quantile of line ends, and every full line of the paragraphs beside it would look
 * short: a block each). A page where fewer than MIN_FULL_LINES lines, or JUSTIFIED_SHARE of
 * them, end together holds no justified text (ragged table columns): there a line short of the
 * edge ends nothing, and gaps, indents and labels separate blocks.
 */
function proseLayout(doc: UnDocument, layout: Layout, tables: ReadonlySet<Line>): Layout {
  if (!layout.justified) return layout;
  const tolerance = (layout.chinese ? GRID_EDGE : LATIN_EDGE) * layout.bodySize;
  const edges = new Map<number, { left: number; right: number }>();
  const ragged = new Set<number>();
  for (const page of doc.pages) {
    const ends = page.lines
      .filter((line) => line.role === "body" && !tables.has(line) && sameSize(line.size, layout.bodySize))
      .map((line) => line.bbox[2])
      .sort((a, b) => a - b);
    if (ends.length === 0) continue;
    const column = commonEnd(ends, Math.max(MIN_FULL_LINES, Math.ceil(JUSTIFIED_SHARE * ends.length)), tolerance);
    const measured = layout.edges(page.number);
    if (column === null) ragged.add(page.number);
    else if (column < measured.right - SHORT_LINE * layout.bodySize) edges.set(page.number, { left: measured.left, right: column + tolerance });
  }
  const pageEdges = edges.size === 0 ? layout.edges : (page: number) => edges.get(page) ?? layout.edges(page);
  const boxed = boxEdgeLines(doc, tables, pageEdges, layout.bodySize, tolerance);
  const stranded = strandedLines(doc, layout.pitch);
  return {
    ...layout,
    edges: pageEdges,
    ragged: (page) => ragged.has(page),
    ...(boxed.size === 0 ? {} : { boxEdge: (line: Line) => boxed.has(line) }),
    ...(stranded.size === 0 ? {} : { stopsShort: (line: Line) => stranded.has(line) }),
  };
}

/** Of the line pitch: a page's text ending this much above the foot of its text area stops short. */
const SHORT_PAGE_LINES = 6;
/** Of a page format's pages, the share whose text reaches lower than the foot taken. */
const FOOT_QUANTILE = 0.25;

/**
 * Each page's last body line when it stands more than SHORT_PAGE_LINES pitches above the foot of
 * the text area (where the text of the document's other pages of that size ends) and no footnote
 * is printed below it: a figure or an empty rest of the page follows, not the next page's text
 * ("Performance measure: number of additional seats … (cumulative)" over its chart, then
 * "Result 2: …" on the next page).
 */
function strandedLines(doc: UnDocument, pitch: number): Set<Line> {
  const format = (page: { width: number; height: number }): string => `${Math.round(page.width)}x${Math.round(page.height)}`;
  const lows = new Map<string, number[]>();
  const last = new Map<number, Line>();
  for (const page of doc.pages) {
    const body = page.lines.filter((l) => l.role === "body");
    const lowest = body.reduce<Line | undefined>((low, l) => (low === undefined || l.bbox[1] < low.bbox[1] ? l : low), undefined);
    if (lowest === undefined) continue;
    const list = lows.get(format(page)) ?? [];
    lows.set(format(page), list);
    list.push(Math.min(lowest.bbox[1], ...page.lines.filter((l) => l.role === "footnote").map((l) => l.bbox[1])));
    if (!page.lines.some((l) => l.role === "footnote")) last.set(page.number, body[body.length - 1]!);
  }
  const foot = new Map([...lows].map(([key, ys]) => [key, [...ys].sort((a, b) => a - b)[Math.floor(FOOT_QUANTILE * (ys.length - 1))]!]));
  const stranded = new Set<Line>();
  for (const page of doc.pages) {
    const line = last.get(page.number);
    const bottom = foot.get(format(page));
    if (line !== undefined && bottom !== undefined && line.bbox[1] - bottom > SHORT_PAGE_LINES * pitch) stranded.add(line);
  }
  return stranded;
}

/** Share of the text width: lines of a box's justified column are at least this wide. */
const BOX_LINE_WIDTH = 0.6;

/**
 * Lines that end, short of the page's edge, together with the line above or below: the full
 * lines of a narrower justified column (a boxed "Model strategy", a quotation set in), short only
 * by the page's measure. Their column's edge is theirs: only its last line stops short of it.
 */
function boxEdgeLines(doc: UnDocument, tables: ReadonlySet<Line>, edges: Layout["edges"], size: number, tolerance: number): Set<Line> {
  const boxed = new Set<Line>();
  for (const page of doc.pages) {
    const { left, right } = edges(page.number);
    const wide = (line: Line): boolean =>
      line.role === "body" && !tables.has(line) && sameSize(line.size, size) && line.bbox[2] - line.bbox[0] >= BOX_LINE_WIDTH * (right - left) && line.bbox[2] < right - SHORT_LINE * line.size;
    const lines = page.lines.filter((line) => line.role === "body");
    for (let i = 1; i < lines.length; i++) {
      const [above, below] = [lines[i - 1]!, lines[i]!];
      if (wide(above) && wide(below) && Math.abs(above.bbox[2] - below.bbox[2]) <= tolerance) {
        boxed.add(above);
        boxed.add(below);
      }
    }
  }
  return boxed;
}

/** The rightmost point where at least `count` of the sorted `ends` meet (within `tolerance`), or null. */
function commonEnd(ends: readonly number[], count: number, tolerance: number): number | null {
  let best: number | null = null;
  for (let lo = 0, hi = 0; hi < ends.length; hi++) {
    while (ends[hi]! - ends[lo]! > tolerance) lo++;
    if (hi - lo + 1 >= count) best = ends[hi]!;
  }
  return best;
}

export function buildBlocks(doc: UnDocument, layout: Layout, lexicon: Lexicon): Block[] {
  const tables = findTables(doc, layout.bodySize);
  const labels = readLabels(doc, layout, tables);
  const prose = proseLayout(doc, layout, tables);
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (line.role !== "body") continue;
      const prev = current[current.length - 1];
      const breaks =
        prev !== undefined &&
        (tables.has(prev) !== tables.has(line) ||
          (!tables.has(line) && (labels.has(line) || startsBlock(prev, line, current.length === 1, prose))));
      if (breaks) {
        groups.push(current);
        current = [];
      }
      current.push(line);
    }
  }
  if (current.length > 0) groups.push(current);
  const joined = joinAcrossTables(groups, {
    interrupts: (g) => tables.has(g[0]!) || g.every((l) => isHeadingLine(l, layout)),
    isProse: (g) => !tables.has(g[0]!) && kindOf(g, joinLines(g).text, layout) === "paragraph",
    labelled: (l) => labels.has(l),
    wraps: (l) => l.bbox[2] >= layout.edges(l.page).right - SHORT_LINE * l.size,
  });
  const blocks = joined.map((lines, i) => (tables.has(lines[0]!) ? toTable(lines, i) : toBlock(lines, i, layout, lexicon, labels.get(lines[0]!))));
  const firstX = new Map(blocks.map((b, i) => [b, joined[i]![0]!.bbox[0]]));
  assignParents(blocks, (b) => firstX.get(b) ?? b.bbox[0]);
  return blocks;
}

function toBlock(lines: Line[], index: number, layout: Layout, lexicon: Lexicon, label: Label | undefined): Block {
  const joined = joinLines(lines, lexicon);
  // A sub-item set in bold is still a sub-item when it reads as prose — it closes its clause or
  // fills its first line ("(d) To allow Member States …"); "(c) Streamlining the disposal of
  // assets process" in italics stays a heading.
  const first = lines[0]!;
  const prose = endsSentence(joined.text) || first.bbox[2] >= layout.edges(first.page).right - SHORT_LINE * first.size;
  const subItem = label?.number.startsWith("(") === true && prose && !lines.some((l) => isHeadingLine(l, layout));
  const kind = subItem ? "paragraph" : kindOf(lines, joined.text, layout);
  let text = joined.text;
  let callouts = joined.callouts;
  let number: string | null = null;
  if (kind === "paragraph" && label !== undefined) {
    number = label.number;
    text = text.slice(label.length);
    callouts = callouts.map((c) => ({ marker: c.marker, offset: Math.max(0, c.offset - label.length) }));
  }
  const pages = [...new Set(lines.map((l) => l.page))];
  return {
    id: blockId(index),
    kind,
    number,
    parent: null,
    text,
    pages,
    bbox: boundingBox(lines),
    callouts,
  };
}

function toTable(lines: Line[], index: number): Block {
  const rows = tableRows(lines);
  const callouts = lines.flatMap((l) => l.callouts.map((c) => ({ marker: c.marker, offset: 0 })));
  return {
    id: blockId(index),
    kind: "table",
    number: null,
    parent: null,
    text: rows.map((r) => r.join("\t")).join("\n"),
    pages: [...new Set(lines.map((l) => l.page))],
    bbox: boundingBox(lines),
    callouts,
    rows,
  };
}

function blockId(index: number): string {
  return `b${String(index + 1).padStart(4, "0")}`;
}

function boundingBox(lines: readonly Line[]): [number, number, number, number] {
  return [
    Math.min(...lines.map((l) => l.bbox[0])),
    Math.min(...lines.map((l) => l.bbox[1])),
    Math.max(...lines.map((l) => l.bbox[2])),
    Math.max(...lines.map((l) => l.bbox[3])),
  ];
}

function kindOf(lines: readonly Line[], text: string, layout: Layout): BlockKind {
  if (lines.every((l) => isHeadingLine(l, layout))) return "heading";
  if (RESOLUTION_TITLE.test(text)) return "heading";
  // Set flush right: a closing line ("2013年10月3日", "92nd plenary meeting"), not a heading.
  if (lines.every((l) => isFlushRight(l, layout))) return "paragraph";
  const plainFont = lines.some((l) => l.fontName === layout.bodyFont);
  if (!plainFont && lines.length <= MAX_PLAIN_HEADING_LINES && !endsSentence(text) && !/[,，、]$/.test(text)) {
    return "heading";
  }
  return "paragraph";
}
