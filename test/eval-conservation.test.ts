import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyMetadata, type Line, type LineRole, type TextItem, type UnDocument } from "../src/model/document.js";
import { checkConservation } from "../src/eval/conservation.js";
import { countChars } from "../src/extract/extract-text.js";

function item(index: number, str: string): TextItem {
  return { index, page: 1, str, x: 72, y: 700 - index * 14, width: 100, size: 12, fontName: "F1", artifact: false, tag: null, hasEOL: true };
}

function line(index: number, items: TextItem[], role: LineRole, text = items.map((i) => i.str).join(" "), callouts: Line["callouts"] = []): Line {
  return { page: 1, index, text, bbox: [72, 700, 300, 712], size: 12, fontName: "F1", items, callouts, cells: [], artifact: false, role };
}

/** One page: a masthead line, a numbered paragraph over two lines (hyphen kept), a footnote. */
function sampleDoc(): UnDocument {
  const items = [item(0, "A/RES/68/4"), item(1, "1. The Assembly wel-"), item(2, "comes the report,"), item(3, "1 A/68/L.5.")];
  const lines = [
    line(0, [items[0]!], "furniture"),
    line(1, [items[1]!], "body", "1. The Assembly wel-"),
    line(2, [items[2]!], "body", "comes the report,", [{ marker: "1", offset: 17 }]),
    line(3, [items[3]!], "footnote"),
  ];
  // the callout "1" was printed after "report," as its own item
  items.push(item(4, "1"));
  lines[2]!.items.push(items[4]!);
  return {
    file: "sample.pdf",
    sha256: "0",
    pageCount: 1,
    pages: [{ number: 1, width: 612, height: 792, items, lines, charCount: items.reduce((n, i) => n + countChars(i.str), 0) }],
    furniture: [{ page: 1, bbox: [72, 740, 200, 752], text: "A/RES/68/4", role: "masthead", rule: "mark-masthead", reason: "symbol" }],
    metadata: emptyMetadata(),
    blocks: [
      { id: "b0001", kind: "paragraph", number: "1", parent: null, text: "The Assembly welcomes the report,", pages: [1], bbox: [72, 680, 300, 712], callouts: [{ marker: "1", offset: 33 }] },
    ],
    footnotes: [{ id: "f0001", marker: "1", text: "A/68/L.5.", page: 1, block: "b0001", offset: 33 }],
    messages: [],
  };
}

test("a document whose every character lands in one layer passes", () => {
  const score = checkConservation(sampleDoc());
  assert.deepEqual(score.problems, []);
  assert.equal(score.errors, 0);
  assert.equal(score.totals.extracted, 53);
});

test("a line dropped while building lines is reported on its page", () => {
  const doc = sampleDoc();
  doc.pages[0]!.lines.splice(3, 1);
  const score = checkConservation(doc);
  const page = score.problems.find((p) => p.where === "page");
  assert.ok(page !== undefined);
  assert.match(page.message, /page 1: pdf\.js extracted 53 characters, its lines hold 43 \(10 lost between items and lines; 1 items in no line, e\.g\. “1 A\/68\/L\.5\.”\)/);
});

test("text duplicated into two blocks is reported for the body", () => {
  const doc = sampleDoc();
  doc.blocks.push({ ...doc.blocks[0]!, id: "b0002", number: null, callouts: [] });
  const score = checkConservation(doc);
  assert.deepEqual(score.problems.map((p) => p.where), ["body"]);
  assert.match(score.problems[0]!.message, /duplicated/);
});

test("a line without a role is reported", () => {
  const doc = sampleDoc();
  (doc.pages[0]!.lines[3] as { role: unknown }).role = undefined;
  const score = checkConservation(doc);
  assert.ok(score.problems.some((p) => p.where === "role"));
});

test("furniture text missing from the furniture layer is reported for its page", () => {
  const doc = sampleDoc();
  doc.furniture = [];
  const score = checkConservation(doc);
  assert.deepEqual(score.problems.map((p) => [p.where, p.page]), [["furniture", 1]]);
});

test("a footnote whose text was cut is reported", () => {
  const doc = sampleDoc();
  doc.footnotes[0]!.text = "A/68/";
  const score = checkConservation(doc);
  assert.deepEqual(score.problems.map((p) => p.where), ["footnotes"]);
});

test("an undone line-end hyphen and a dropped number dot are allowed, more is not", () => {
  const doc = sampleDoc();
  doc.blocks[0]!.text = "The Assembly wel-comes the report,"; // hyphen kept, number dot gone
  assert.equal(checkConservation(doc).errors, 0);
  doc.blocks[0]!.text = "The Assembly welcomes the report,"; // hyphen undone too
  assert.equal(checkConservation(doc).errors, 0, "one hyphen and one number dot may go");
  doc.blocks[0]!.text = "The Assembly welcomes the report"; // and a comma lost
  assert.deepEqual(checkConservation(doc).problems.map((p) => p.where), ["body"]);
});
