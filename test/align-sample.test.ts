/**
 * End to end, as users run it: `uncorpus run input --align` on the bundled Chinese sample and its
 * English version (input/, both typeset by scripts/make-sample.ts from one text), then the files
 * in aligned/: paragraph units in reading order with their anchors, the footnote paired by its
 * marker, the closing lines Chinese prints in the other order flagged weak, the CSV conventions,
 * TMX that parses as XML with one <tu> per two-sided sentence unit, Moses files line for line,
 * and the same bytes when aligned again.
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { SaxesParser } from "saxes";
import { writeAligned } from "../pipeline/align/write-aligned.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = mkdtempSync(join(tmpdir(), "uncorpus-align-sample-"));
const aligned = join(out, "aligned");
let stderr = "";

type Row = Record<string, string>;
const readCsv = (name: string): Row[] => parse(readFileSync(join(aligned, name)), { columns: true, bom: true }) as Row[];

before(() => {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline", "cli.ts"), "run", "input", "--out", out, "--jobs", "1", "--align"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  stderr = result.stderr;
  assert.equal(result.status, 0, result.stderr);
});

process.on("exit", () => rmSync(out, { recursive: true, force: true }));

test("run --align pairs the two sample versions by symbol and writes the aligned files", () => {
  assert.match(stderr, /1 document pairs \(en-zh\)/);
  assert.deepEqual(readdirSync(aligned).sort(), ["en-zh.en", "en-zh.tmx", "en-zh.zh", "paragraphs.csv", "sentences.csv"]);
});

test("paragraphs align one to one in reading order, anchored on numbers and the footnote marker", () => {
  const rows = readCsv("paragraphs.csv");
  assert.equal(rows.length, 19);
  assert.ok(rows.every((r) => r["document_a"] === "en/A/RES/99/1" && r["document_b"] === "zh/A/RES/99/1" && r["language_a"] === "en" && r["language_b"] === "zh"));
  assert.deepEqual(
    rows.map((r) => `${r["block_a"]}=${r["block_b"]}`),
    [...Array.from({ length: 18 }, (_, i) => `b${String(i + 1).padStart(4, "0")}`).map((id) => `${id}=${id}`), "f0001=f0001"],
  );
  const sub = rows.find((r) => r["text_b"] === "数据的长期保存和引用；");
  assert.equal(sub?.["text_a"], "The long-term preservation and citation of data;");
  assert.equal(sub?.["anchor"], "number");
  const note = rows[18]!;
  assert.equal(note["anchor"], "footnote");
  assert.equal(note["text_a"], "United Nations, Treaty Series, vol. 9999, No. 99999.");
  assert.equal(note["text_b"], "联合国，《条约汇编》，第 9999 卷，第 99999 号。");
});

test("flags weak exactly the closing lines that English and Chinese print in opposite order", () => {
  const weak = readCsv("paragraphs.csv").filter((r) => r["weak"] === "1");
  assert.deepEqual(
    weak.map((r) => [r["text_a"], r["text_b"]]),
    [
      ["3rd plenary meeting", "2044年9月20日"],
      ["20 September 2044", "第3次全体会议"],
    ],
  );
  assert.ok(weak.every((r) => Number(r["score"]) < 0.01));
});

test("the CSV files follow the corpus conventions: BOM, CRLF records, a header", () => {
  for (const name of ["paragraphs.csv", "sentences.csv"]) {
    const bytes = readFileSync(join(aligned, name));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${name} starts with a BOM`);
    const text = bytes.toString("utf8");
    assert.equal(text.split("\r\n").length - 1, text.split("\n").length - 1, `${name}: every record ends with CRLF`);
  }
  assert.equal(readFileSync(join(aligned, "sentences.csv"), "utf8").split("\r\n")[0], "\ufeffdocument_a,document_b,language_a,language_b,block_a,block_b,sentence_a,sentence_b,text_a,text_b,score,weak");
});

test("the TMX file is well-formed XML with one <tu> per two-sided sentence unit, in CSV order", () => {
  const xml = readFileSync(join(aligned, "en-zh.tmx"), "utf8");
  const units: Array<{ props: Record<string, string>; segs: Record<string, string> }> = [];
  const parser = new SaxesParser({ xmlns: false });
  let text = "";
  let prop: string | null = null;
  let lang: string | null = null;
  parser.on("error", (error) => assert.fail(`TMX is not well-formed: ${error.message}`));
  parser.on("opentag", (tag) => {
    text = "";
    if (tag.name === "tu") units.push({ props: {}, segs: {} });
    if (tag.name === "prop") prop = String(tag.attributes["type"]);
    if (tag.name === "tuv") lang = String(tag.attributes["xml:lang"]);
  });
  parser.on("text", (t) => (text += t));
  parser.on("closetag", (tag) => {
    const unit = units[units.length - 1];
    if (tag.name === "prop" && unit && prop) unit.props[prop] = text;
    if (tag.name === "seg" && unit && lang) unit.segs[lang] = text;
  });
  parser.write(xml).close();
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
  const rows = readCsv("sentences.csv").filter((r) => r["block_a"] !== "" && r["block_b"] !== "");
  assert.ok(rows.length >= 19);
  assert.equal(units.length, rows.length);
  units.forEach((unit, i) => {
    const row = rows[i]!;
    assert.equal(unit.props["x-symbol"], "A/RES/99/1");
    assert.equal(unit.props["x-block-en"], row["block_a"]);
    assert.equal(unit.props["x-sentence-zh"], row["sentence_b"]);
    assert.equal(unit.segs["en"], row["text_a"]);
    assert.equal(unit.segs["zh"], row["text_b"]);
  });
});

test("the Moses files hold one unit a line, line n of each the n-th <tu>", () => {
  const en = readFileSync(join(aligned, "en-zh.en"), "utf8").split("\n");
  const zh = readFileSync(join(aligned, "en-zh.zh"), "utf8").split("\n");
  const tus = readFileSync(join(aligned, "en-zh.tmx"), "utf8").match(/<tu /g)?.length;
  assert.equal(en.pop(), "");
  assert.equal(zh.pop(), "");
  assert.equal(en.length, tus);
  assert.equal(zh.length, tus);
  assert.equal(zh[zh.indexOf("数据的长期保存和引用；")]!, "数据的长期保存和引用；");
  assert.equal(en[zh.indexOf("数据的长期保存和引用；")], "The long-term preservation and citation of data;");
});

test("aligning again gives byte-identical files", async () => {
  const before = new Map(readdirSync(aligned).map((name) => [name, readFileSync(join(aligned, name))]));
  await writeAligned(out);
  for (const [name, bytes] of before) assert.ok(readFileSync(join(aligned, name)).equals(bytes), name);
});
