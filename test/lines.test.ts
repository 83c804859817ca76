import { test } from "node:test";
import assert from "node:assert/strict";
import { linesOfPage } from "../src/lines/build-lines.js";
import { closeCjkGaps } from "../src/lines/script.js";
import { repairSpacing, closeSpreadDigits } from "../src/lines/repair-spacing.js";
import { page } from "./stages/build.js";

test("never puts a space between two Han characters, whatever the gap (the -spaced variant)", () => {
  const lines = linesOfPage(
    page(1, [
      { str: "又", x: 100, y: 700 },
      { str: "认", x: 118, y: 700 },
      { str: "识 到", x: 136, y: 700, width: 30 },
      { str: "，", x: 172, y: 700 },
      { str: "各国", x: 190, y: 700 },
    ]),
  );
  assert.equal(lines.length, 1);
  assert.equal(lines[0]!.text, "又认识到，各国");
});

test("keeps the printed space between Han and Latin text and joins Latin words with one space", () => {
  const lines = linesOfPage(
    page(1, [
      { str: "于", x: 100, y: 700 },
      { str: "2013", x: 118, y: 700 },
      { str: "年", x: 148, y: 700 },
      { str: "Budget", x: 100, y: 650, size: 10, width: 30 },
      { str: "performance", x: 133, y: 650, size: 10, width: 50 },
    ]),
  );
  assert.deepEqual(
    lines.map((l) => l.text),
    ["于 2013 年", "Budget performance"],
  );
});

test("turns a raised small number into a callout with its offset, not text", () => {
  const lines = linesOfPage(
    page(1, [
      { str: "国际公约》", x: 100, y: 500 },
      { str: "1", x: 160, y: 504.7, size: 7 },
      { str: "等适用", x: 164, y: 500 },
    ]),
  );
  assert.equal(lines.length, 1);
  assert.equal(lines[0]!.text, "国际公约》等适用");
  assert.deepEqual(lines[0]!.callouts, [{ marker: "1", offset: 5 }]);
});

test("splits a running header's two columns but keeps a paragraph number with its text", () => {
  const lines = linesOfPage(
    page(1, [
      { str: "A/RES/68/4", x: 72, y: 746, size: 10 },
      { str: "国际移徙与发展高级别对话宣言", x: 414, y: 746, size: 9 },
      { str: "6.", x: 100, y: 700 },
      { str: "认识到必须", x: 126, y: 700 },
    ]),
  );
  assert.deepEqual(
    lines.map((l) => l.text),
    ["A/RES/68/4", "国际移徙与发展高级别对话宣言", "6. 认识到必须"],
  );
});

test("closes CJK gaps only between CJK characters", () => {
  assert.equal(closeCjkGaps("是 妇 女 和 女"), "是妇女和女");
  assert.equal(closeCjkGaps("第 2220 卷"), "第 2220 卷");
});

test("repairs spaces pdf.js puts before hyphens and full stops", () => {
  assert.equal(repairSpacing("the Secretary -General and above -mentioned"), "the Secretary-General and above-mentioned");
  assert.equal(repairSpacing("меньшинств . Далее"), "меньшинств. Далее");
});

test("closes letter-spaced digits only in densely set items, not in table cells", () => {
  assert.equal(closeSpreadDigits("第 2 2 2 0 卷", 52, 9), "第 2220 卷");
  assert.equal(closeSpreadDigits("1 1 1 1", 97, 8.5), "1 1 1 1");
});

test("reads an Arabic line right to left, so its words keep their order", () => {
  const lines = linesOfPage(
    page(1, [
      { str: "العامة", x: 300, y: 700, width: 40, rtl: true },
      { str: "الجمعية", x: 350, y: 700, width: 45, rtl: true },
    ]),
  );
  assert.equal(lines[0]!.text, "الجمعية العامة");
});

test("repairSpacing gives what its two patterns give, on every mix of letters, digits, spaces, hyphens and stops", () => {
  const patterns = (text: string): string =>
    text.replace(/(?<=\p{L}) -(?=\p{L})|(?<=\p{L}) -$/gu, "-").replace(/(?<=[\p{L}\d)]) (?=[.,](?:\s|$))/gu, "");
  const pieces = ["a", "Я", "7", ")", " ", " ", "-", ".", ",", "\n", "大"];
  let seed = 5;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 20000; i++) {
    let text = "";
    for (let n = Math.floor(random() * 9); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
    assert.equal(repairSpacing(text), patterns(text), JSON.stringify(text));
  }
});
