/**
 * End to end on the bundled sample (input/A_RES_99_1_sample-zh.pdf), against the expected
 * result written by the same script from the same text (test/fixtures/sample/expected.json):
 * what users rely on — body blocks with their numbers, the footnote linked and its callout gone,
 * no furniture in the body, the masthead's metadata, furniture kept with a role, stable output.
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { processPdf, type UnDocument } from "../src/index.js";
import { stringifyDocument } from "../src/output/to-json.js";
import { normaliseText } from "../src/eval/normalise.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE = join(ROOT, "input", "A_RES_99_1_sample-zh.pdf");

interface Expected {
  symbol: string;
  language: string;
  jobNumber: string;
  metadata: Record<string, unknown>;
  blocks: Array<{ kind: string; number?: string; parent?: string; text: string }>;
  footnotes: Array<{ marker: string; text: string; paragraph: string | null }>;
  absent: string[];
}

const expected = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "sample", "expected.json"), "utf8")) as Expected;
const bytes = new Uint8Array(readFileSync(SAMPLE));
let doc: UnDocument;

before(async () => {
  doc = await processPdf(bytes, "A_RES_99_1_sample-zh.pdf");
});

test("pdf.js reads the sample's Chinese text through the non-embedded CJK font's CMap", () => {
  const page1 = doc.pages[0]!.items.map((item) => item.str).join("");
  assert.match(page1, /鼓励尚未加入《海洋科学数据共享公约》/);
  assert.match(page1, /请回收/);
});

test("reads every body block of the sample with its text and number, in reading order", () => {
  const actual = doc.blocks.map((b) => `${b.number ?? "-"} ${normaliseText(b.text)}`);
  const wanted = expected.blocks.map((b) => `${b.number ?? "-"} ${normaliseText(b.text)}`);
  assert.deepEqual(actual, wanted);
});

test("gives each block its kind and each sub-item its parent paragraph", () => {
  const actual = doc.blocks.map((b) => `${b.kind} ${b.number ?? "-"} ← ${b.parent ?? "-"}`);
  const wanted = expected.blocks.map((b) => `${b.kind} ${b.number ?? "-"} ← ${b.parent ?? "-"}`);
  assert.deepEqual(actual, wanted);
});

test("joins paragraph 3, continued on the next page, into one block on pages 1 and 2", () => {
  const three = doc.blocks.find((b) => b.number === "3");
  assert.ok(three, "paragraph 3 found");
  assert.deepEqual(three.pages, [1, 2]);
  assert.equal(normaliseText(three.text), normaliseText(expected.blocks.find((b) => b.number === "3")!.text));
});

test("links the footnote to its paragraph and takes the superscript callout out of the text", () => {
  assert.deepEqual(
    doc.footnotes.map((f) => ({ marker: f.marker, text: normaliseText(f.text) })),
    expected.footnotes.map((f) => ({ marker: f.marker, text: normaliseText(f.text) })),
  );
  const footnote = doc.footnotes[0]!;
  const block = doc.blocks.find((b) => b.id === footnote.block);
  assert.ok(block, `footnote ${footnote.marker} is linked to a block (got ${String(footnote.block)})`);
  assert.equal(block.number, expected.footnotes[0]!.paragraph);
  assert.ok(!block.text.includes("》1"), "callout left in the text");
  const anchor = "《海洋科学数据共享公约》";
  assert.equal(footnote.offset, block.text.indexOf(anchor) + anchor.length, "callout offset right after the convention's name");
  assert.deepEqual(
    block.callouts.map((c) => c.marker),
    [footnote.marker],
  );
});

test("leaves no masthead, header, footer or page-number string in the body or the footnotes", () => {
  const texts = [...doc.blocks.map((b) => b.text), ...doc.footnotes.map((f) => f.text)].map(normaliseText);
  const leaks = expected.absent.filter((s) => texts.some((t) => t.includes(normaliseText(s))));
  assert.deepEqual(leaks, []);
});

test("reads symbol, language, job number and the resolution's metadata from the masthead", () => {
  const { metadata } = doc;
  assert.equal(metadata.symbol, expected.symbol);
  assert.equal(metadata.language, expected.language);
  assert.equal(metadata.jobNumber, expected.jobNumber);
  const actual: Record<string, unknown> = {};
  for (const key of Object.keys(expected.metadata)) actual[key] = (metadata as unknown as Record<string, unknown>)[key];
  assert.deepEqual(actual, expected.metadata);
});

test("keeps the running header, page number and page-1 footer in furniture, each with its role", () => {
  const roles = (page: number, text: string): string[] =>
    doc.furniture.filter((f) => f.page === page && normaliseText(f.text).includes(normaliseText(text))).map((f) => f.role);
  assert.ok(roles(2, "2/2").some((r) => r === "page-number"), `"2/2" on page 2: ${roles(2, "2/2").join(", ") || "not in furniture"}`);
  assert.ok(roles(2, expected.symbol).includes("running-header"), "symbol in page 2's running header");
  assert.ok(roles(2, String(expected.metadata["title"])).includes("running-header"), "title in page 2's running header");
  assert.ok(roles(1, expected.jobNumber).includes("job-number"), "job number on page 1");
  assert.ok(roles(1, "请回收").includes("recycling"), "请回收 on page 1");
  assert.ok(roles(1, "*4400001*").includes("barcode"), "barcode text on page 1");
});

test("processing the same bytes twice gives byte-identical JSON", async () => {
  const again = await processPdf(bytes, "A_RES_99_1_sample-zh.pdf");
  assert.equal(stringifyDocument(again), stringifyDocument(doc));
});

test("the checked-in sample and expected.json are what scripts/make-sample.ts writes", async () => {
  const { spawnSync } = await import("node:child_process");
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "make-sample.ts"), "--check"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stderr + result.stdout);
});
