/** The inspector's placement of blocks and footnotes on the pages (src/inspect/). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BBox, Line } from "../src/model/document.js";
import { assignLines } from "../src/inspect/assign-lines.js";
import { buildOverlays } from "../src/inspect/overlays.js";
import { processPdf } from "../src/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function line(page: number, text: string, bbox: BBox, callouts: Line["callouts"] = []): Line {
  return { page, index: 0, text, bbox, size: 10, fontName: "F1", items: [], callouts, cells: [], artifact: false, role: "body" };
}

test("a paragraph continued on the next page gets one box per page from its own lines, not the union of both", () => {
  const lines = [
    line(1, "1. First paragraph starts", [72, 700, 500, 712]),
    line(1, "and goes on to the foot of", [72, 100, 500, 112]),
    line(2, "the page, ending here.", [72, 740, 300, 752]),
    line(2, "2. Second paragraph.", [72, 700, 400, 712]),
  ];
  const first = lines.slice(0, 3).reduce((n, l) => n + l.text.replace(/\s/g, "").length, 0) - 1; // "1." → "1"
  const units = [
    { size: first, onPage: (p: number) => p === 1 || p === 2 },
    { size: "2Secondparagraph.".length, onPage: (p: number) => p === 2 },
  ];
  const dealt = assignLines(lines, units);
  assert.deepEqual(dealt.map((ls) => ls.length), [3, 1]);
  assert.equal(dealt[1]![0]!.text, "2. Second paragraph.", "the next block keeps its first line");
});

test("a block that dropped characters (trailing dot, undone hyphen) does not pull in the next block's line", () => {
  const lines = [line(1, "3. Short.", [72, 700, 200, 712]), line(1, "(a) Next item", [90, 680, 300, 692])];
  const dealt = assignLines(lines, [
    { size: "3Short.".length, onPage: () => true },
    { size: "(a)Nextitem".length, onPage: () => true },
  ]);
  assert.deepEqual(dealt.map((ls) => ls.map((l) => l.text)), [["3. Short."], ["(a) Next item"]]);
});

test("on the bundled sample every block and footnote is placed on its pages, and each footnote is linked from its callout", async () => {
  const bytes = new Uint8Array(readFileSync(join(ROOT, "input", "A_RES_99_1_sample-zh.pdf")));
  const doc = await processPdf(bytes, "sample.pdf", { tokenize: false });
  const overlays = buildOverlays(doc);
  assert.equal(overlays.blocks.length, doc.blocks.length);
  for (const [i, block] of doc.blocks.entries()) {
    const boxes = overlays.blocks[i]!.boxes;
    assert.ok(boxes.length > 0, `${block.id} is drawn`);
    assert.deepEqual(boxes.map((b) => b.page), block.pages, `${block.id} has one box on each of its pages`);
    if (block.pages.length === 1) assert.deepEqual(boxes[0]!.bbox, block.bbox, `${block.id}: on one page, its box is the block's`);
  }
  assert.ok(doc.footnotes.length > 0, "the sample has footnotes");
  assert.equal(overlays.links.length, doc.footnotes.filter((note) => note.block !== null).length);
  for (const link of overlays.links) {
    const note = overlays.footnotes.find((f) => f.id === link.footnote)!;
    assert.equal(link.to.page, note.boxes[0]!.page, `${link.footnote}: the link ends at the note`);
    const block = overlays.blocks.find((b) => b.id === link.block)!;
    const box = block.boxes.find((b) => b.page === link.from.page);
    assert.ok(box !== undefined && link.from.x >= box.bbox[0] - 1 && link.from.x <= box.bbox[2] + 10 && link.from.y >= box.bbox[1] - 1 && link.from.y <= box.bbox[3] + 10, `${link.footnote}: the link starts inside its block ${link.block}`);
  }
  assert.equal(overlays.furniture.length, doc.furniture.length);
  assert.equal(overlays.findings.length, doc.messages.length);
});
