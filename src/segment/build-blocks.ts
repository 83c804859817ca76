/**
 * Groups the body lines of all pages, in reading order, into blocks (paragraph breaks decided
 * by paragraph-breaks.ts), then reads each block's kind, printed number and parent.
 */
import type { Block, BlockKind, Line, UnDocument } from "../model/document.js";
import { joinLines } from "./join-lines.js";
import { endsSentence, isFlushRight, isHeadingLine, startsBlock, type Layout } from "./paragraph-breaks.js";
import { RESOLUTION_TITLE } from "../conventions/index.js";
import { readParagraphNumber, schemeOf } from "./paragraph-number.js";
import { findTables, tableRows } from "./find-tables.js";
import type { Lexicon } from "./dehyphenate.js";

/** A heading in the body font is short: at most this many lines. */
const MAX_PLAIN_HEADING_LINES = 2;

export function buildBlocks(doc: UnDocument, layout: Layout, lexicon: Lexicon): Block[] {
  const tables = findTables(doc, layout.bodySize);
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (line.role !== "body") continue;
      const prev = current[current.length - 1];
      const breaks =
        prev !== undefined &&
        (tables.has(prev) !== tables.has(line) || (!tables.has(line) && startsBlock(prev, line, current.length === 1, layout)));
      if (breaks) {
        groups.push(current);
        current = [];
      }
      current.push(line);
    }
  }
  if (current.length > 0) groups.push(current);
  const blocks = groups.map((lines, i) => (tables.has(lines[0]!) ? toTable(lines, i) : toBlock(lines, i, layout, lexicon)));
  assignParents(blocks);
  return blocks;
}

function toBlock(lines: Line[], index: number, layout: Layout, lexicon: Lexicon): Block {
  const joined = joinLines(lines, lexicon);
  const kind = kindOf(lines, joined.text, layout);
  let text = joined.text;
  let callouts = joined.callouts;
  let number: string | null = null;
  if (kind === "paragraph") {
    const match = readParagraphNumber(text);
    if (match) {
      number = match.number;
      text = text.slice(match.length);
      callouts = callouts.map((c) => ({ marker: c.marker, offset: Math.max(0, c.offset - match.length) }));
    }
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

function kindOf(lines: Line[], text: string, layout: Layout): BlockKind {
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

/** Sub-items take the nearest enclosing number: "(a)" under "1", "(i)" under "(a)". */
function assignParents(blocks: Block[]): void {
  let decimal: string | null = null;
  let letter: string | null = null;
  for (const block of blocks) {
    if (block.number === null) continue;
    const scheme = schemeOf(block.number, letter === null ? null : letter.slice(1, -1));
    if (scheme === "decimal") {
      decimal = block.number;
      letter = null;
    } else if (scheme === "letter") {
      block.parent = decimal;
      letter = block.number;
    } else if (scheme === "roman") {
      block.parent = letter ?? decimal;
    } else {
      block.parent = letter ?? decimal;
    }
  }
}
