import { test } from "node:test";
import assert from "node:assert/strict";
import { buildLines } from "../src/lines/build-lines.js";
import { denoise } from "../src/denoise/denoise.js";
import { repair } from "../src/repair/repair.js";
import { segment } from "../src/segment/segment.js";
import { readParagraphNumber } from "../src/segment/paragraph-number.js";
import { doc, page, type ItemSpec } from "./stages/build.js";

const FULL = 400; // width of a full justified line, x 100–500

function run(pages: ItemSpec[][]) {
  const d = doc(pages.map((specs, i) => page(i + 1, specs)));
  buildLines(d);
  denoise(d);
  repair(d);
  segment(d);
  return d;
}

test("reads printed paragraph numbers and leaves dates and figures alone", () => {
  assert.deepEqual(readParagraphNumber("1. Approves the budget"), { number: "1", length: 3 });
  assert.deepEqual(readParagraphNumber("25.1 The Office of the United Nations"), { number: "25.1", length: 5 });
  assert.deepEqual(readParagraphNumber("(iii) Promote"), { number: "(iii)", length: 6 });
  assert.deepEqual(readParagraphNumber("3.I.1 The Department"), { number: "3.I.1", length: 6 });
  assert.equal(readParagraphNumber("2013年10月3日")?.number, undefined);
  assert.equal(readParagraphNumber("588.6 641.7"), null);
});

test("splits Chinese numbered paragraphs without paragraph spacing, from hanging numbers and short last lines", () => {
  const d = run([
    [
      { str: "1.", x: 100, y: 700 },
      { str: "认识到国际移徙是对原籍国、过境国和目的地国发展具有重大影", x: 126, y: 700, width: 374 },
      { str: "响的一个多层面现实；", x: 126, y: 682, width: 120 },
      { str: "2.", x: 100, y: 664 },
      { str: "确认移徙者和移徙对原籍国、过境国和目的地国发展作出的重要", x: 126, y: 664, width: 374 },
      { str: "贡献；", x: 126, y: 646, width: 36 },
      { str: "3.", x: 100, y: 628 },
      { str: "决定提高现有体制和框架的能力。", x: 126, y: 628, width: 180 },
    ],
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.number, b.text]),
    [
      ["1", "认识到国际移徙是对原籍国、过境国和目的地国发展具有重大影响的一个多层面现实；"],
      ["2", "确认移徙者和移徙对原籍国、过境国和目的地国发展作出的重要贡献；"],
      ["3", "决定提高现有体制和框架的能力。"],
    ],
  );
});

test("joins a paragraph continued on the next page, past the running header and footnotes", () => {
  const d = run([
    [
      { str: "1. The Committee recommends that the General Assembly", x: 100, y: 700, size: 10, width: FULL },
      { str: "approve the proposals of the Secretary-General for the", x: 100, y: 688, size: 10, width: FULL },
      { str: "__________________", x: 100, y: 120, size: 8 },
      { str: "1", x: 117, y: 103, size: 5 },
      { str: "A/80/615.", x: 123, y: 100, size: 8.5 },
      { str: "2/3", x: 60, y: 36, size: 8.5 },
    ],
    [
      { str: "A/80/604/Add.6", x: 60, y: 733, size: 8.5 },
      { str: "period from 1 July 2026 to 30 June 2027.", x: 100, y: 700, size: 10, width: 200 },
      { str: "2. The Committee trusts that the Mission will report.", x: 100, y: 682, size: 10, width: 260 },
    ],
  ]);
  const numbered = d.blocks.filter((b) => b.number !== null);
  assert.equal(numbered.length, 2);
  assert.equal(
    numbered[0]!.text,
    "The Committee recommends that the General Assembly approve the proposals of the Secretary-General for the period from 1 July 2026 to 30 June 2027.",
  );
  assert.deepEqual(numbered[0]!.pages, [1, 2]);
});

test("links a footnote to the paragraph and offset of its callout, callout removed from the text", () => {
  const d = run([
    [
      { str: "15.", x: 100, y: 700 },
      { str: "注意到《保护所有移徙工人及其家庭成员权利国际公约》", x: 126, y: 700, width: 300 },
      { str: "1", x: 426.5, y: 704.7, size: 7 },
      { str: "等适用国际公约的贡献；", x: 430, y: 700, width: 70 },
      { str: "1", x: 101, y: 103, size: 5.2 },
      { str: "联合国，《条约汇编》，第 2220 卷，第 39481 号。", x: 126, y: 100, size: 9, width: 236 },
    ],
  ]);
  const [note] = d.footnotes;
  assert.ok(note);
  assert.equal(note.marker, "1");
  assert.equal(note.text, "联合国，《条约汇编》，第 2220 卷，第 39481 号。");
  const block = d.blocks.find((b) => b.id === note.block);
  assert.equal(block?.number, "15");
  assert.equal(block?.text.includes("1"), false);
  assert.equal(block?.text.slice(0, note.offset ?? 0), "注意到《保护所有移徙工人及其家庭成员权利国际公约》");
});

test("gives sub-items their parent paragraph and keeps a run-in (b) inside its paragraph", () => {
  const d = run([
    [
      { str: "3. To contribute to the objective, UNHCR will, in close", x: 100, y: 700, size: 10, width: FULL },
      { str: "cooperation with national and local authorities:", x: 100, y: 688, size: 10, width: 250 },
      { str: "(a) Swiftly and effectively respond to humanitarian crises;", x: 100, y: 670, size: 10, width: 300 },
      { str: "(b) Advocate for accession by States to instruments;", x: 100, y: 652, size: 10, width: 280 },
      { str: "4. Revenue amounted to $81,000, comprising: (a) investment", x: 100, y: 634, size: 10, width: FULL },
      { str: "(b) other revenue; and (c) the cancellation of obligations.", x: 100, y: 622, size: 10, width: 300 },
    ],
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.parent, b.number]),
    [
      [null, "3"],
      ["3", "(a)"],
      ["3", "(b)"],
      [null, "4"],
    ],
  );
});

test("keeps a table as a table block with rows of cells, out of the paragraphs", () => {
  const row = (y: number, a: string, b: string, c: string): ItemSpec[] => [
    { str: a, x: 123, y, size: 10, width: 60 },
    { str: b, x: 207, y, size: 10, width: 120 },
    { str: c, x: 352, y, size: 10, width: 120 },
  ];
  const d = run([
    [
      { str: "2. The table below shows the opening dates.", x: 123, y: 700, size: 10, width: 250 },
      ...row(660, "Seventy-sixth", "Tuesday, 14 September 2021", "Tuesday, 21 September 2021"),
      ...row(640, "Seventy-seventh", "Tuesday, 13 September 2022", "Tuesday, 20 September 2022"),
    ],
  ]);
  assert.deepEqual(
    d.blocks.map((b) => b.kind),
    ["paragraph", "table"],
  );
  assert.deepEqual(d.blocks[1]!.rows?.[0], ["Seventy-sixth", "Tuesday, 14 September 2021", "Tuesday, 21 September 2021"]);
});

test("undoes a line-end hyphen only when the document has the whole word elsewhere", () => {
  const d = run([
    [
      { str: "1. The sustainable develop-", x: 100, y: 700, size: 10, width: FULL },
      { str: "ment goals and lower-than-", x: 100, y: 688, size: 10, width: FULL },
      { str: "budgeted expenditures.", x: 100, y: 676, size: 10, width: 150 },
      { str: "2. Development and development policy are discussed.", x: 100, y: 658, size: 10, width: 300 },
    ],
  ]);
  assert.equal(d.blocks[0]!.text, "The sustainable development goals and lower-than-budgeted expenditures.");
});

test("rejoins words pdf.js split with a fake space, using the document as the dictionary", () => {
  const prose = "the programme and the convention and the programme and the convention and the programme and the convention";
  const d = run([
    [
      { str: `1. ${prose}.`, x: 100, y: 700, size: 10, width: FULL },
      { str: "th e program me and the Conv ention; it came in to force;", x: 100, y: 688, size: 10, width: FULL },
      { str: "Access Now and AccessNow and AccessNow; n/a n/a; la personne s’il and an and an.", x: 100, y: 676, size: 10, width: 300 },
    ],
  ]);
  const text = d.blocks[0]!.text;
  assert.match(text, /the programme and the Convention; it came in to force;/);
  assert.match(text, /Access Now and AccessNow/);
  assert.match(text, /n\/a n\/a; la personne s’il/);
});

test("keeps right-aligned closing lines as two paragraphs, not headings, whatever their font", () => {
  const d = run([
    [
      { str: "34. 又请秘书长在编写提交大会第六十九届会议的报告过程中适当考", x: 100, y: 700, width: 400 },
      { str: "虑本次高级别对话的结果。", x: 126, y: 682, width: 144 },
      { str: "2013 年 10 月 3 日", x: 400, y: 650, width: 100, font: "f9" },
      { str: "第 25 次全体会议", x: 410, y: 632, width: 90, font: "f9" },
    ],
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.kind, b.text]),
    [
      ["paragraph", "又请秘书长在编写提交大会第六十九届会议的报告过程中适当考虑本次高级别对话的结果。"],
      ["paragraph", "2013 年 10 月 3 日"],
      ["paragraph", "第 25 次全体会议"],
    ],
  );
});
