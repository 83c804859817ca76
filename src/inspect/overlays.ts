/**
 * What the inspector draws over each page: the pipeline's decisions placed where they are printed.
 * Blocks and footnotes get one box per page they occupy (from their lines, see assign-lines.ts),
 * each footnote a link from its callout to its note, furniture its own box with role, rule and
 * reason, and every message (finding) a flag on its page, on its block when it names one.
 * Example: A/RES/68/4 zh → 60 block boxes, 1 footnote with a link from ¶15 to the note on page 3.
 */
import type { BBox, Block, Line, Message, UnDocument } from "../model/document.js";
import { assignLines, type LineUnit } from "./assign-lines.js";

export interface PageBox {
  page: number;
  bbox: BBox;
}

export interface BlockOverlay {
  id: string;
  kind: Block["kind"];
  number: string | null;
  parent: string | null;
  text: string;
  boxes: PageBox[];
}

export interface FootnoteOverlay {
  id: string;
  marker: string;
  block: string | null;
  text: string;
  boxes: PageBox[];
}

/** A point on a page, PDF user space (origin bottom-left). */
interface PagePoint {
  page: number;
  x: number;
  y: number;
}

interface CalloutLink {
  footnote: string;
  block: string;
  marker: string;
  from: PagePoint;
  to: PagePoint;
}

export interface FurnitureOverlay {
  index: number;
  page: number;
  bbox: BBox;
  role: string;
  rule: string;
  reason: string;
  text: string;
}

export interface FindingOverlay {
  index: number;
  level: Message["level"];
  source: string;
  ruleId: string;
  text: string;
  page: number | null;
  block: string | null;
  /** Where on the page: the block's box there, or null for the page (or document) as a whole. */
  bbox: BBox | null;
}

export interface Overlays {
  pages: Array<{ number: number; width: number; height: number }>;
  blocks: BlockOverlay[];
  footnotes: FootnoteOverlay[];
  links: CalloutLink[];
  furniture: FurnitureOverlay[];
  findings: FindingOverlay[];
}

/** Of the font size: a callout's centre sits this far above its line's baseline. */
const CALLOUT_RISE = 0.6;

export function buildOverlays(doc: UnDocument): Overlays {
  const lines = doc.pages.flatMap((page) => page.lines);
  const blockLines = assignLines(
    lines.filter((line) => line.role === "body"),
    doc.blocks.map((block) => blockUnit(block)),
  );
  const noteLines = assignLines(
    lines.filter((line) => line.role === "footnote"),
    doc.footnotes.map((note) => ({ size: chars(note.marker) + chars(note.text), onPage: (page: number) => page >= note.page })),
  );
  const blocks = doc.blocks.map((block, i) => ({
    id: block.id,
    kind: block.kind,
    number: block.number,
    parent: block.parent,
    text: block.text,
    boxes: boxesOf(blockLines[i]!, block.pages[0] ?? 1, block.bbox),
  }));
  const footnotes = doc.footnotes.map((note, i) => ({
    id: note.id,
    marker: note.marker,
    block: note.block,
    text: note.text,
    boxes: boxesOf(noteLines[i]!, note.page, null),
  }));
  const byBlock = new Map(doc.blocks.map((block, i) => [block.id, { block, lines: blockLines[i]!, boxes: blocks[i]!.boxes }]));
  const links: CalloutLink[] = [];
  for (const note of footnotes) {
    const source = note.block === null ? undefined : byBlock.get(note.block);
    const target = note.boxes[0];
    if (source === undefined || target === undefined) continue;
    const from = calloutPoint(source.lines, note.marker) ?? topRight(source.boxes[0]);
    if (from === null) continue;
    links.push({ footnote: note.id, block: source.block.id, marker: note.marker, from, to: { page: target.page, x: target.bbox[0], y: target.bbox[3] } });
  }
  return {
    pages: doc.pages.map((page) => ({ number: page.number, width: page.width, height: page.height })),
    blocks,
    footnotes,
    links,
    furniture: doc.furniture.map((f, index) => ({ index, page: f.page, bbox: f.bbox, role: f.role, rule: f.rule, reason: f.reason, text: f.text })),
    findings: doc.messages.map((message, index) => findingOf(message, index, byBlock)),
  };
}

function blockUnit(block: Block): LineUnit {
  const text = block.text.trim() === "" && block.rows !== undefined ? block.rows.flat().join(" ") : block.text;
  const size = chars(block.number ?? "") + chars(text) + block.callouts.reduce((n, c) => n + chars(c.marker), 0);
  const pages = new Set(block.pages);
  return { size, onPage: (page) => pages.has(page) };
}

function chars(text: string): number {
  return text.replace(/\s/gu, "").length;
}

/** One box per page: the union of the unit's lines there; the model's box when no line was found. */
function boxesOf(lines: readonly Line[], page: number, fallback: BBox | null): PageBox[] {
  const byPage = new Map<number, BBox>();
  for (const line of lines) {
    const box = byPage.get(line.page);
    byPage.set(line.page, box === undefined ? [...line.bbox] : [Math.min(box[0], line.bbox[0]), Math.min(box[1], line.bbox[1]), Math.max(box[2], line.bbox[2]), Math.max(box[3], line.bbox[3])]);
  }
  if (byPage.size === 0 && fallback !== null) byPage.set(page, fallback);
  return [...byPage].map(([p, bbox]) => ({ page: p, bbox }));
}

/** Where the callout `marker` is printed among a block's lines: its raised item, else its offset in the line. */
function calloutPoint(lines: readonly Line[], marker: string): PagePoint | null {
  const bare = marker.replace(/\/$/, "");
  for (const line of lines) {
    if (!line.callouts.some((c) => c.marker.replace(/\/$/, "") === bare)) continue;
    const item = line.items.find((it) => it.str.trim().replace(/\/$/, "") === bare && it.y > line.bbox[1]) ?? line.items.find((it) => it.str.trim().replace(/\/$/, "") === bare);
    if (item !== undefined) return { page: line.page, x: item.x + item.width / 2, y: item.y + item.size / 2 };
    const callout = line.callouts.find((c) => c.marker.replace(/\/$/, "") === bare)!;
    const share = line.text.length === 0 ? 1 : callout.offset / line.text.length;
    return { page: line.page, x: line.bbox[0] + share * (line.bbox[2] - line.bbox[0]), y: line.bbox[1] + CALLOUT_RISE * line.size };
  }
  return null;
}

function topRight(box: PageBox | undefined): PagePoint | null {
  return box === undefined ? null : { page: box.page, x: box.bbox[2], y: box.bbox[3] };
}

function findingOf(message: Message, index: number, byBlock: ReadonlyMap<string, { boxes: PageBox[] }>): FindingOverlay {
  const named = (message as Message & { block?: unknown }).block;
  const block = typeof named === "string" && byBlock.has(named) ? named : null;
  const boxes = block === null ? [] : byBlock.get(block)!.boxes;
  const box = boxes.find((b) => b.page === message.page) ?? boxes[0];
  return {
    index,
    level: message.level,
    source: message.source,
    ruleId: message.ruleId,
    text: message.text,
    page: box?.page ?? message.page,
    block,
    bbox: box?.bbox ?? null,
  };
}
