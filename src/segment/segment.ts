/**
 * Stage 5, segment: body lines → headings and paragraphs (numbered, with parents) in reading
 * order, joined across page breaks; footnote lines → footnotes linked to their callouts.
 */
import type { Line, UnDocument } from "../model/document.js";
import { bodySize, linePitch, sameSize, textEdges } from "../layout/page-layout.js";
import { buildBlocks } from "./build-blocks.js";
import { buildFootnotes } from "./build-footnotes.js";
import { buildLexicon } from "./dehyphenate.js";
import { extractInlineCallouts } from "./inline-callouts.js";
import { linkFootnotes } from "./link-footnotes.js";
import { rejoinSplitWords } from "./rejoin-split-words.js";
import { SHORT_LINE, type Layout } from "./paragraph-breaks.js";

/** Share of body lines reaching the right edge above which the text counts as justified. */
const JUSTIFIED_SHARE = 0.4;
/** Of the font size: justified Latin lines end this close to the right edge. */
const TIGHT_EDGE = 0.3;

export function segment(doc: UnDocument): void {
  rejoinSplitWords(doc);
  extractInlineCallouts(doc);
  const layout = measureLayout(doc);
  const lexicon = buildLexicon(doc);
  doc.blocks = buildBlocks(doc, layout, lexicon);
  const { footnotes, places } = buildFootnotes(doc, lexicon);
  doc.footnotes = footnotes;
  linkFootnotes(doc.blocks, doc.footnotes, (note) => places.get(note) ?? null);
  reportUnlinked(doc);
}

/** A footnote whose callout is nowhere in the body is worth a look (unless it sits in the masthead). */
function reportUnlinked(doc: UnDocument): void {
  const inFurniture = new Set(doc.furniture.flatMap((f) => [...f.text.matchAll(/(\*{1,3}|\d{1,3})$/g)].map((m) => m[1]!)));
  for (const note of doc.footnotes) {
    if (note.block !== null) continue;
    const masthead = inFurniture.has(note.marker);
    doc.messages.push({
      level: masthead ? "info" : "warning",
      source: "segment",
      ruleId: "link-footnotes",
      page: note.page,
      text: masthead
        ? `footnote ${note.marker}: its callout is in the masthead or a heading outside the body`
        : `footnote ${note.marker}: no callout found in the body`,
    });
  }
}

/**
 * Text is justified when its full lines end together: Latin lines within a fraction of an em of
 * one edge; Chinese lines, set on a character grid, within one character of it.
 */
function measureLayout(doc: UnDocument): Layout {
  const size = bodySize(doc);
  const edges = new Map(doc.pages.map((p) => [p.number, textEdges(p, size)]));
  let tight = 0;
  let grid = 0;
  let all = 0;
  let han = 0;
  let chars = 0;
  for (const page of doc.pages) {
    const right = edges.get(page.number)?.right ?? page.width;
    for (const line of page.lines) {
      if (line.role !== "body" || !sameSize(line.size, size)) continue;
      all++;
      if (Math.abs(line.bbox[2] - right) <= TIGHT_EDGE * size) tight++;
      if (line.bbox[2] >= right - SHORT_LINE * size) grid++;
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
    edges: (page) => edges.get(page) ?? { left: 0, right: 1e6 },
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
