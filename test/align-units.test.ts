/**
 * Alignment on hand-built pieces: the Gale–Church programme, the anchors (numbers across the
 * languages' label styles, footnote markers called once), the joining of texts, number agreement,
 * pairing by symbol, and the output formats (CSV ids, TMX escaping).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { alignLengths } from "../src/align/gale-church.js";
import { alignPieces } from "../src/align/align-pieces.js";
import { findAnchors, type AnchorBlock } from "../src/align/find-anchors.js";
import { joinTexts } from "../src/align/join-texts.js";
import { pairModel } from "../src/align/length-ratios.js";
import { lengthAgreement } from "../src/align/length-model.js";
import { numberAgreement } from "../src/align/number-agreement.js";
import { pairDocuments } from "../src/align/pair-documents.js";
import { paragraphKey } from "../src/align/paragraph-key.js";
import { splitSentenceIds } from "../src/align/rows.js";
import { escapeXml, tmxUnit } from "../src/align/tmx.js";
import { textLength } from "../src/align/text-length.js";

const EN_FR = pairModel("en", "fr");

test("Gale–Church pairs lengths one to one when they keep the language ratio", () => {
  const beads = alignLengths([100, 40, 250], [114, 46, 285], EN_FR);
  assert.deepEqual(beads, [
    { a: [0], b: [0] },
    { a: [1], b: [1] },
    { a: [2], b: [2] },
  ]);
});

test("Gale–Church joins two paragraphs of one version that the other prints as one (2–1)", () => {
  const beads = alignLengths([100, 120, 300], [251, 342], EN_FR);
  assert.deepEqual(beads, [
    { a: [0, 1], b: [0] },
    { a: [2], b: [1] },
  ]);
});

test("Gale–Church prefers joining a short extra paragraph to a neighbour over leaving it alone", () => {
  // The cost of 1–0 grows with the length left out (Gale & Church's own measure), so an extra
  // heading of a few characters joins the paragraph next to it rather than stand alone.
  const beads = alignLengths([200, 8, 300], [228, 342], EN_FR);
  assert.deepEqual(beads, [
    { a: [0], b: [0] },
    { a: [1, 2], b: [1] },
  ]);
});

test("pieces with no counterpart at all stand alone (1–0)", () => {
  assert.deepEqual(alignLengths([40, 60], [], EN_FR), [
    { a: [0], b: [] },
    { a: [1], b: [] },
  ]);
});

test("Chinese counts characters: an English paragraph and its Chinese version agree by the zh ratio", () => {
  const en = "Decides to include in the provisional agenda of its one hundredth session the sub-item entitled “Open sharing of ocean science data”.";
  const zh = "决定在大会第一百届会议临时议程中列入题为“海洋科学数据的开放共享”的分项目。";
  assert.equal(textLength(zh), 38);
  assert.ok(lengthAgreement(textLength(en), textLength(zh), pairModel("en", "zh")) > 0.3);
  assert.ok(lengthAgreement(textLength(en), textLength(zh), EN_FR) < 1e-4, "with the French ratio they would not");
});

test("a numbered paragraph keeps its identity across the label styles of the languages", () => {
  assert.equal(paragraphKey("(a)", "4"), "4 a");
  assert.equal(paragraphKey("a)", "4."), "4 a");
  assert.equal(paragraphKey("（a）", "4"), "4 a");
  assert.equal(paragraphKey("(أ)", "٤"), "4 a");
  assert.equal(paragraphKey("(هـ)", "4"), "4 e");
  assert.equal(paragraphKey("(iii)", null), "iii");
});

function block(number: string | null, parent: string | null = null, callouts: string[] = []): AnchorBlock {
  return { number, parent, callouts: callouts.map((marker) => ({ marker })) };
}

test("anchors numbered paragraphs by (parent, number) and footnotes called once on each side", () => {
  const en = [block(null, null, ["1"]), block(null), block("1"), block("(a)", "1"), block(null, null, ["2"]), block("2")];
  const ru = [block(null, null, ["1"]), block("1"), block("a)", "1."), block(null), block(null, null, ["2"]), block("2")];
  assert.deepEqual(findAnchors(en, ru), [
    { a: 0, b: 0, kind: "footnote" },
    { a: 2, b: 1, kind: "number" },
    { a: 3, b: 2, kind: "number" },
    { a: 4, b: 4, kind: "footnote" },
    { a: 5, b: 5, kind: "number" },
  ]);
});

test("a footnote marker called twice anchors nothing: translations move repeated callouts", () => {
  // A/RES/48/246: "2/" after paragraph 2 in English, after paragraph 6 in Spanish.
  const en = [block(null, null, ["2"]), block("2", null, ["2"]), block("6")];
  const es = [block(null, null, ["2"]), block("2"), block("6", null, ["2"])];
  assert.deepEqual(findAnchors(en, es), [
    { a: 1, b: 1, kind: "number" },
    { a: 2, b: 2, kind: "number" },
  ]);
});

test("anchors keep reading order: a footnote out of order with the numbers is dropped", () => {
  const en = [block("1", null, ["5"]), block("2"), block("3")];
  const fr = [block("1"), block("2"), block("3", null, ["5"])];
  assert.deepEqual(
    findAnchors(en, fr).map((a) => [a.a, a.b]),
    [
      [0, 0],
      [1, 1],
      [2, 2],
    ],
  );
});

test("an anchored paragraph may take its continuation along (2–1), and units carry their anchor", () => {
  const en = [
    { id: "b0001", text: "1. ".repeat(1) + "x".repeat(100) },
    { id: "b0002", text: "y".repeat(100) },
    { id: "b0003", text: "z".repeat(150) },
  ];
  const fr = [
    { id: "b0001", text: "x".repeat(228) },
    { id: "b0002", text: "z".repeat(171) },
  ];
  const units = alignPieces(en, fr, EN_FR, [
    { a: 0, b: 0, kind: "number" },
    { a: 2, b: 1, kind: "number" },
  ]);
  assert.deepEqual(
    units.map((u) => [u.a.ids.join("+"), u.b.ids.join("+"), u.anchor]),
    [
      ["b0001+b0002", "b0001", "number"],
      ["b0003", "b0002", "number"],
    ],
  );
  assert.ok(units.every((u) => u.score > 0.1 && !u.weak));
});

test("a unit with one side empty scores 0 and is weak", () => {
  const units = alignPieces([{ id: "f0001", text: "United Nations, Treaty Series, vol. 9999, No. 99999." }], [], EN_FR);
  const alone = units.find((u) => u.b.ids.length === 0);
  assert.ok(alone);
  assert.equal(alone.score, 0);
  assert.equal(alone.weak, true);
});

test("figures that disagree make a unit weak: closing lines printed in another order", () => {
  assert.equal(numberAgreement("3rd plenary meeting", "2044年9月20日"), 0);
  assert.equal(numberAgreement("20 September 2044", "2044年9月20日"), 1);
  assert.equal(numberAgreement("143,700 dollars", "143.700 dólares"), 1);
  assert.equal(numberAgreement("The General Assembly,", "大会，"), 1);
  const units = alignPieces([{ id: "b0017", text: "3rd plenary meeting" }], [{ id: "b0017", text: "2044年9月20日" }], pairModel("en", "zh"));
  assert.equal(units[0]!.weak, true);
});

test("joins the texts of a unit with one space, none between Chinese characters", () => {
  assert.equal(joinTexts(["The General Assembly,", "Recalling its resolutions,"]), "The General Assembly, Recalling its resolutions,");
  assert.equal(joinTexts(["大会，", "回顾其决议，"]), "大会，回顾其决议，");
  assert.equal(joinTexts(["第3次全体会议", "2044年9月20日"]), "第3次全体会议 2044年9月20日");
  assert.equal(joinTexts(["通过", "决议"]), "通过决议");
});

test("pairs the language versions of a symbol, languages in alphabetical order, variants left out", () => {
  const docs = [
    { id: "zh/A/RES/1", symbol: "A/RES/1", language: "zh" as const },
    { id: "en/A/RES/1", symbol: "A/RES/1", language: "en" as const },
    { id: "fr/A/RES/1", symbol: "A/RES/1", language: "fr" as const },
    { id: "en/A/RES/1~abc", symbol: "A/RES/1", language: "en" as const },
    { id: "en/A/RES/2", symbol: "A/RES/2", language: "en" as const },
    { id: "und/_nosymbol/x", symbol: null, language: null },
  ];
  const { pairs, left } = pairDocuments(docs);
  assert.deepEqual(
    pairs.map((p) => `${p.a.id} ${p.b.id}`),
    ["en/A/RES/1 fr/A/RES/1", "en/A/RES/1 zh/A/RES/1", "fr/A/RES/1 zh/A/RES/1"],
  );
  assert.deepEqual(left.map((l) => l.document.id).sort(), ["en/A/RES/1~abc", "en/A/RES/2", "und/_nosymbol/x"]);
});

test("sentence ids name each block once and number sentences within their block", () => {
  assert.deepEqual(splitSentenceIds(["b0003.4", "b0004.1"]), { blocks: "b0003+b0004", sentences: "4+1" });
  assert.deepEqual(splitSentenceIds(["b0003.2", "b0003.3"]), { blocks: "b0003", sentences: "2+3" });
  assert.deepEqual(splitSentenceIds(["f0001.1"]), { blocks: "f0001", sentences: "1" });
});

test("TMX text is escaped and stripped of characters XML forbids", () => {
  assert.equal(escapeXml(`a < b & "c" > d\u0001\ud800`), "a &lt; b &amp; &quot;c&quot; &gt; d");
  const tu = tmxUnit({ id: 1, props: [["x-symbol", "A/RES/<1>"]], segments: [["en", "line\none\ttab"]] });
  assert.match(tu, /<prop type="x-symbol">A\/RES\/&lt;1&gt;<\/prop>/);
  assert.match(tu, /<seg>line one tab<\/seg>/);
});
