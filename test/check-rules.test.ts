/** Each check rule on hand-built documents: it fires on the error it exists for, and stays quiet on the correct form. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { numberingSequence } from "../src/check/numbering-sequence.js";
import { subItemSequence, successors } from "../src/check/sub-item-sequence.js";
import { splitParagraph } from "../src/check/split-paragraph.js";
import { footnoteCallout } from "../src/check/footnote-callout.js";
import { repeatedFootnoteMarker } from "../src/check/repeated-footnote-marker.js";
import { adoptionInText } from "../src/check/adoption-in-text.js";
import { mastheadInText } from "../src/check/masthead-in-text.js";
import { pageNumberInText } from "../src/check/page-number-in-text.js";
import { jobNumberInText } from "../src/check/job-number-in-text.js";
import { blocks, checked, footnote, furniture } from "./support/check-document.js";

const letters = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
};

test("numbering: 1, 2, 3 and a restart at 1 (an annex) pass; 25.1, 25.2, 26.1 pass", () => {
  const doc = checked({ blocks: blocks(["1||Decides;", "2||Requests;", "3||Decides.", "|Annex", "1||First.", "2||Second.", "25.1||Budget.", "25.2||More.", "26.1||Next section."]) });
  assert.deepEqual(numberingSequence.run(doc), []);
});

test("numbering: a number out of step (25 and 26 lost their dots: 24 then 27) is found, with actual and expected", () => {
  const doc = checked({ blocks: blocks(["23||A;", "24||B;", "|25 Condemns … 26 Urges …", "27||C."]) });
  const [first, ...rest] = numberingSequence.run(doc);
  assert.equal(rest.length, 1, "the first number 23 is out of step too (expected 1)");
  assert.equal(first!.block, "b0001");
  const late = rest[0]!;
  assert.equal(late.block, "b0004");
  assert.equal(late.actual, "27");
  assert.equal(late.expected, "25");
  assert.equal(late.page, 1);
});

test("numbering: a wrapped line read as a section number (“0.7 per cent”) is out of step", () => {
  const doc = checked({ blocks: blocks(["25.1||Text.", "25.2||Allocate at least", "0.7||per cent of gross national income.", "25.3||Next."]) });
  const findings = numberingSequence.run(doc);
  assert.deepEqual(findings.map((f) => [f.block, f.actual, f.expected]), [["b0003", "0.7", "0.1"]]);
});

test("sub-items: (a) … (z), (aa) … (qq) under 2 and (i) … (iv) under (b) pass; (h), (i), (j) are letters", () => {
  const items = [...letters("a", "z"), ...letters("a", "q").map((c) => c + c)].map((x) => `(${x})|2|Item;`);
  const doc = checked({
    blocks: blocks(["1||Decides:", "(a)|1|one;", "(b)|1|two:", "(i)|(b)|x;", "(ii)|(b)|y;", "(iii)|(b)|z;", "(iv)|(b)|w;", "(c)|1|three.", "2||Urges:", ...items]),
  });
  assert.deepEqual(subItemSequence.run(doc), []);
});

test("sub-items: (ii) read as a roman numeral under (hh), and (cc) after (aa), are found", () => {
  const doc = checked({ blocks: blocks(["1||Urges:", "(gg)|1|a;", "(hh)|1|b;", "(ii)|(hh)|c;", "(jj)|1|d;"]) });
  const findings = subItemSequence.run(doc);
  assert.equal(findings[0]?.block, "b0002", "(gg) is not the first item under 1");
  assert.ok(findings.some((f) => f.block === "b0004" && f.actual === "(ii)" && f.expected === "(a) or (i) or (1)"));
  const skipped = checked({ blocks: blocks(["3||Urges:", "(a)|3|x;", "(b)|3|y;", "(c)|3|z;", "(cc)|3|w;"]) });
  assert.deepEqual(subItemSequence.run(skipped).map((f) => [f.actual, f.expected]), [["(cc)", "(d)"]]);
});

test("sub-items: a parent printed nowhere before is found; lists under unnumbered paragraphs may restart", () => {
  const orphan = checked({ blocks: blocks(["1||Decides:", "(a)|7|one;"]) });
  assert.equal(subItemSequence.run(orphan).length, 1);
  const unnumbered = checked({ blocks: blocks(["|Noting:", "(a)||one;", "(b)||two;", "|Recalling:", "(a)||one;"]) });
  assert.deepEqual(subItemSequence.run(unnumbered), []);
  assert.deepEqual(successors("(z)"), ["(aa)"]);
  assert.deepEqual(successors("(i)"), ["(j)", "(ii)"]);
  assert.deepEqual(successors("(viii)"), ["(ix)"]);
});

test("split paragraph: no closing punctuation, then a lower-case start (across a table), is found", () => {
  const doc = checked({
    blocks: blocks([
      { text: "Requests the Secretary-General to" },
      { text: "1\t2", kind: "table" },
      { text: "continue to report on the implementation." },
    ]),
  });
  const findings = splitParagraph.run(doc);
  assert.deepEqual(findings.map((f) => [f.block, f.actual]), [["b0003", "b0001 + b0003"]]);
});

test("split paragraph: closing punctuation, a capital, a numbered sub-item or Chinese are no finding", () => {
  const doc = checked({
    blocks: blocks([
      "|Recalling its resolution 68/4 (of 3 October 2013),",
      "|and noting the report;",
      "|Strategy",
      "|The Mission will continue",
      "1||Decides to:",
      "(a)|1|establish a fund;",
      "|大会",
      "|决定继续审议",
    ]),
  });
  assert.deepEqual(splitParagraph.run(doc), []);
});

test("footnotes: a numbered footnote with no callout is found; one called from the masthead, a * note or a linked one is not", () => {
  const doc = checked({
    blocks: blocks(["|Text."]),
    footnotes: [footnote(1, "1", "A/80/150.", 1, null), footnote(2, "*", "Reissued.", 1, null), footnote(3, "2", "Linked.", 1, "b0001"), footnote(4, "26", "August–4 September 2002.", 2, null)],
    furniture: [furniture(1, "Item 154 of the provisional agenda1", "masthead"), furniture(2, "2/3", "page-number")],
    pageCount: 3,
  });
  const findings = footnoteCallout.run(doc);
  assert.deepEqual(findings.map((f) => [f.block, f.page]), [["f0004", 2]]);
});

test("footnotes: a marker printed twice is found; a restart at 1 (an annex) is not", () => {
  const twice = checked({ footnotes: [footnote(1, "25", "a"), footnote(2, "26", "August 2002 (United Nations publication)."), footnote(3, "26", "b")] });
  assert.deepEqual(repeatedFootnoteMarker.run(twice).map((f) => f.block), ["f0003"]);
  const annex = checked({ footnotes: [footnote(1, "1", "a"), footnote(2, "2", "b"), footnote(3, "1", "c"), footnote(4, "2", "d"), footnote(5, "a", "x"), footnote(6, "a", "y")] });
  assert.deepEqual(repeatedFootnoteMarker.run(annex), []);
});

test("adoption lines in the body are found: the date line, the bracket line, the adoption line", () => {
  const doc = checked({
    blocks: blocks([
      { text: "on 4 December 2024", kind: "heading" },
      { text: "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/79/431, para. 33)]", kind: "heading" },
      { text: "Resolution adopted by the General Assembly on 4 December 2024", kind: "heading" },
      "|The General Assembly,",
    ]),
  });
  assert.deepEqual(adoptionInText.run(doc).map((f) => f.block), ["b0001", "b0002", "b0003"]);
});

test("adoption: the closing date under the meeting line, and prose citing an adopted resolution, are body", () => {
  const doc = checked({
    blocks: blocks([
      "|The General Assembly,",
      "|Recalling the resolution adopted by the General Assembly on 4 December 2024,",
      "1||Decides to remain seized of the matter.",
      "|45th plenary meeting",
      "|4 December 2024",
    ]),
  });
  assert.deepEqual(adoptionInText.run(doc), []);
});

test("masthead lines in the body are found on page 1, and the symbol as a running header on any page", () => {
  const doc = checked({
    metadata: { symbol: "A/80/600" },
    pageCount: 3,
    blocks: blocks([
      { text: "Agenda item 65", kind: "heading" },
      { text: "Distr.: General" },
      { text: "Text." },
      { text: "A/80/600", pages: [3] },
    ]),
  });
  assert.deepEqual(mastheadInText.run(doc).map((f) => f.block), ["b0001", "b0002", "b0004"]);
});

test("masthead: a later heading “General Assembly”, prose about a session, a footnote citing a symbol are not findings", () => {
  const doc = checked({
    metadata: { symbol: "A/80/600" },
    pageCount: 5,
    blocks: blocks([
      { text: "Report on the work of the Committee on its twenty-second session", kind: "heading" },
      { text: "General Assembly", kind: "heading", pages: [5] },
    ]),
    footnotes: [footnote(1, "1", "A/80/177.")],
  });
  assert.deepEqual(mastheadInText.run(doc), []);
});

test("page numbers in text are found when the number is the page's own: “59/63” in a note on page 59, a block “3/12” on page 3", () => {
  const doc = checked({
    pageCount: 63,
    blocks: blocks([{ text: "63/63", pages: [63] }]),
    footnotes: [footnote(1, "a", "Reassignment. Conversion. 59/63", 59)],
  });
  assert.deepEqual(pageNumberInText.run(doc).map((f) => [f.block, f.actual]), [["b0001", "63/63"], ["f0001", "59/63"]]);
});

test("page numbers: a “3” in a chart on page 41, a year, a resolution number not on its page are not findings", () => {
  const doc = checked({
    pageCount: 45,
    blocks: blocks([{ text: "3", pages: [41] }, { text: "2029", pages: [4] }, { text: "Recalling Human Rights Council resolution 2/45 of 9 June 2023,", pages: [5] }]),
  });
  assert.deepEqual(pageNumberInText.run(doc), []);
});

test("job numbers in text are found: the document's own inside a block, and a whole footer line", () => {
  const doc = checked({
    metadata: { jobNumber: "26-01095" },
    blocks: blocks(["|26-01095Abbreviations: ASG, Assistant Secretary-General.", "|24-22871 (E) 161224"]),
  });
  assert.deepEqual(jobNumberInText.run(doc).map((f) => f.block), ["b0001", "b0002"]);
  const clean = checked({ metadata: { jobNumber: "26-01095" }, blocks: blocks(["|In 2024-2025, 12,345 staff were paid.", "|Text."]) });
  assert.deepEqual(jobNumberInText.run(clean), []);
});
