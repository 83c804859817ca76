/**
 * Stage 5, segment: body lines → headings and paragraphs (numbered, with parents) in reading
 * order, joined across page breaks; footnote lines → footnotes linked to their callouts.
 */
import type { UnDocument } from "../model/document.js";
import { measurePageLayout } from "../layout/page-layout.js";
import { buildBlocks } from "./build-blocks.js";
import { buildFootnotes } from "./build-footnotes.js";
import { buildLexicon } from "./dehyphenate.js";
import { linkFootnotes } from "./link-footnotes.js";
import type { Layout } from "./paragraph-breaks.js";

export function segment(doc: UnDocument): void {
  const layout = layoutOf(doc);
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

/** Segment's view of the layout denoise measured (measured here only for a document denoise has not seen). */
function layoutOf(doc: UnDocument): Layout {
  const layout = doc.layout ?? measurePageLayout(doc);
  const margins = new Map(layout.margins.map((m) => [m.page, { left: m.left, right: m.right }]));
  return {
    bodySize: layout.bodySize,
    bodyFont: layout.bodyFont,
    pitch: layout.pitch,
    justified: layout.justified,
    chinese: layout.chinese,
    edges: (page) => margins.get(page) ?? { left: 0, right: 1e6 },
  };
}
