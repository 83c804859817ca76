import { test } from "node:test";
import assert from "node:assert/strict";
import { buildLines } from "../src/lines/build-lines.js";
import { denoise } from "../src/denoise/denoise.js";
import { doc, page, type ItemSpec } from "./stages/build.js";

function body(y: number, text: string): ItemSpec {
  return { str: text, x: 72, y, size: 10, width: 400 };
}

function run(pages: ItemSpec[][]) {
  const d = doc(pages.map((specs, i) => page(i + 1, specs)));
  buildLines(d);
  denoise(d);
  return d;
}

test("moves the page-1 masthead and a resolution's adoption lines to furniture, with roles", () => {
  const d = run([
    [
      { str: "United Nations", x: 72, y: 735, size: 14 },
      { str: "A/RES/48/246", x: 420, y: 735, size: 10 },
      { str: "General Assembly", x: 72, y: 705, size: 20 },
      { str: "Distr.: General", x: 400, y: 705, size: 10 },
      { str: "11 May 1994", x: 400, y: 693, size: 10 },
      { str: "Forty-eighth session", x: 72, y: 560, size: 10 },
      { str: "Agenda item 165", x: 72, y: 548, size: 10 },
      { str: "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY", x: 180, y: 510, size: 10 },
      { str: "[on the report of the Fifth Committee (A/48/826/Add.1)]", x: 140, y: 490, size: 10 },
      { str: "48/246. Financing of the United Nations Mission in Haiti", x: 108, y: 456, size: 10 },
      body(436, "The General Assembly,"),
    ],
  ]);
  const roles = Object.fromEntries(d.furniture.map((f) => [f.text, f.role]));
  assert.equal(roles["Distr.: General"], "masthead");
  assert.equal(roles["Agenda item 165"], "masthead");
  assert.equal(roles["[on the report of the Fifth Committee (A/48/826/Add.1)]"], "adoption");
  const bodyText = d.pages[0]!.lines.filter((l) => l.role === "body").map((l) => l.text);
  assert.deepEqual(bodyText, ["48/246. Financing of the United Nations Mission in Haiti", "The General Assembly,"]);
  assert.ok(d.furniture.every((f) => f.reason.length > 0 && f.rule.length > 0));
});

test("finds page numbers, job numbers, barcodes and recycling marks by pattern", () => {
  const d = run([
    [body(600, "Some body text of the first page."), { str: "13-43968", x: 72, y: 31, size: 10 }, { str: "*1343968*", x: 261, y: 30, size: 7 }, { str: "请回收", x: 489, y: 30, size: 9 }],
    [body(600, "More body text."), { str: "2/4", x: 72, y: 30, size: 10 }],
  ]);
  const roles = d.furniture.map((f) => `${f.page}:${f.text}:${f.role}`).sort();
  assert.deepEqual(roles, ["1:*1343968*:barcode", "1:13-43968:job-number", "1:请回收:recycling", "2:2/4:page-number"]);
});

test("finds an untagged running header by its repetition across pages", () => {
  const header = (n: number): ItemSpec => ({ str: `Report of the Committee, part ${n}`, x: 300, y: 750, size: 9 });
  const d = run([[body(600, "Text one.")], [header(2), body(600, "Text two.")], [header(3), body(600, "Text three.")], [header(4), body(600, "Text four.")]]);
  const headers = d.furniture.filter((f) => f.role === "running-header");
  assert.equal(headers.length, 3);
  assert.match(headers[0]!.reason, /repeats/);
});

test("keeps short footnotes whose shape recurs on other pages as footnotes, not a running footer", () => {
  // A/C.6/80/L.16: "2 Resolution 60/1." and "3 Resolution 67/1." at the foot of page 2,
  // "6 Resolution 70/1." at the foot of page 3 — the same text digits aside, under the rule.
  const notes = (entries: Array<[string, string]>): ItemSpec[] => [
    { str: "__________________", x: 100, y: 100, size: 8 },
    ...entries.flatMap(([marker, text], i): ItemSpec[] => [
      { str: marker, x: 117, y: 83 - i * 11, size: 5 },
      { str: text, x: 123, y: 80 - i * 11, size: 8.5 },
    ]),
  ];
  const d = run([
    [body(600, "Text one."), ...notes([["1", "Resolution 2625 (XXV), annex."]])],
    [body(600, "Text two."), ...notes([["2", "Resolution 60/1."], ["3", "Resolution 67/1."]])],
    [body(600, "Text three."), ...notes([["6", "Resolution 70/1."]])],
    [body(600, "Text four."), { str: "4/4", x: 72, y: 30, size: 10 }],
  ]);
  const footnotes = d.pages.flatMap((p) => p.lines.filter((l) => l.role === "footnote").map((l) => l.text));
  assert.deepEqual(footnotes, ["Resolution 2625 (XXV), annex.", "Resolution 60/1.", "Resolution 67/1.", "Resolution 70/1."]);
  assert.deepEqual(d.furniture.filter((f) => f.role === "running-footer"), []);
});

test("labels the footnote zone under a typed separator and leaves body text alone", () => {
  const d = run([
    [
      body(600, "Body paragraph with a callout."),
      { str: "__________________", x: 100, y: 120, size: 8 },
      { str: "1", x: 117, y: 103, size: 5 },
      { str: "A/48/803.", x: 123, y: 100, size: 8.5 },
    ],
  ]);
  const roles = d.pages[0]!.lines.map((l) => `${l.role}:${l.text}`);
  assert.deepEqual(roles, ["body:Body paragraph with a callout.", "furniture:__________________", "footnote:A/48/803."]);
});

test("takes '2/4' at the foot of a page for a page number but not a budget period '2026/27'", () => {
  const d = run([
    [body(600, "Body text."), { str: "2026/27", x: 72, y: 30, size: 10 }],
    [body(600, "More body text."), { str: "2/4", x: 72, y: 30, size: 10 }],
  ]);
  const numbers = d.furniture.filter((f) => f.role === "page-number").map((f) => f.text);
  assert.deepEqual(numbers, ["2/4"]);
});
