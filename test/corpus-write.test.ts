import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { TABLES, TABLE_NAMES, type TableName } from "../src/corpus/columns.js";
import { unescapeFormula } from "../src/corpus/escape-formula.js";
import { csvOptions } from "../src/corpus/csv-options.js";
import { jsonlLine } from "../src/corpus/jsonl-record.js";
import { blockRows, documentRow, footnoteRows, furnitureRows, sentenceRows, tokenRows } from "../src/corpus/rows.js";
import { emptyMetadata, type UnDocument } from "../src/model/document.js";
import { toDocumentJson, type DocumentJson } from "../src/output/to-json.js";
import { tokenize } from "../src/tokenize/tokenize.js";
import { documentId, writeCorpus } from "../pipeline/corpus/write-corpus.js";

const NASTY = '=HYPERLINK("http://x","click"), then "quotes",\ncommas\r\nand lines';

function sampleDocument(language: "zh" | "en", texts: readonly string[]): UnDocument {
  return {
    file: `sample-${language}.pdf`,
    sha256: language.repeat(32),
    pageCount: 2,
    pages: [],
    furniture: [
      { page: 1, bbox: [72, 740.5, 300, 752], text: "Distr.: General", role: "masthead", rule: "mark-masthead", reason: "masthead line" },
      { page: 2, bbox: [280, 20, 320, 30], text: "-2-", role: "page-number", rule: "mark-band-furniture", reason: "page number" },
    ],
    metadata: { ...emptyMetadata(), language, symbol: "A/RES/68/4", agendaItems: ["21(e)", "+22"], title: NASTY, session: 68 },
    blocks: texts.map((text, i) => ({
      id: `b${String(i + 1).padStart(4, "0")}`,
      kind: i === 0 ? "heading" : "paragraph",
      number: i === 0 ? null : String(i),
      parent: null,
      text,
      pages: i === texts.length - 1 ? [1, 2] : [1],
      bbox: [0, 0, 0, 0],
      callouts: [],
    })),
    footnotes: [{ id: "f0001", marker: "1", text: "@see A/68/L.5; -5 “quoted”.", page: 1, block: "b0002", offset: 3 }],
    messages: [],
  };
}

function setup(t: { after(fn: () => void): void }, docs: readonly UnDocument[]): { out: string; files: string[]; jsons: DocumentJson[] } {
  const out = mkdtempSync(join(tmpdir(), "uncorpus-corpus-"));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const files: string[] = [];
  const jsons: DocumentJson[] = [];
  docs.forEach((doc, i) => {
    tokenize(doc, {});
    const json = toDocumentJson(doc);
    const file = join(out, doc.metadata.language ?? "und", "A", "RES", "68", `${4 + i}.json`);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, JSON.stringify(json));
    files.push(file);
    jsons.push(JSON.parse(JSON.stringify(json)) as DocumentJson);
  });
  return { out, files, jsons };
}

function readTable(out: string, name: TableName): Record<string, string>[] {
  const raw = readFileSync(join(out, "corpus", `${name}.csv`), "utf8");
  assert.ok(raw.startsWith("\uFEFF"), `${name}.csv starts with a UTF-8 BOM`);
  const rows = parse(raw, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unescapeFormula(v)])));
}

const str = (value: string | number | null | undefined): string => (value === null || value === undefined ? "" : String(value));

const texts = {
  zh: ["68/4. 国际移徙与发展高级别对话宣言", "=SUM(A1:A9) 确认移徙者对原籍国、过境国和目的地国的贡献；并承认其复杂关系。", NASTY],
  en: ["Declaration", "+1 recalls \"resolution\" 68/4, of 2013.\nDecides, again.", "-5 degrees; @everyone"],
};

test("writes every table with a header row in the documented column order", async (t) => {
  const { out, files } = setup(t, [sampleDocument("zh", texts.zh)]);
  await writeCorpus(files, out);
  for (const name of TABLE_NAMES) {
    const raw = readFileSync(join(out, "corpus", `${name}.csv`), "utf8");
    assert.equal(raw.slice(1, raw.indexOf("\r\n")), TABLES[name].join(","), `${name}.csv header`);
  }
  assert.deepEqual(readdirSync(join(out, "corpus")).sort(), [...TABLE_NAMES.map((n) => `${n}.csv`), "corpus.jsonl"].sort());
});

test("parses every CSV back to the values of the per-document JSON", async (t) => {
  const { out, files, jsons } = setup(t, [sampleDocument("zh", texts.zh), sampleDocument("en", texts.en)]);
  await writeCorpus(files, out);
  const ids = files.map((f) => documentId(f, out));
  assert.deepEqual(ids, ["zh/A/RES/68/4", "en/A/RES/68/5"]);

  const documents = readTable(out, "documents");
  assert.deepEqual(documents.map((d) => d.document), ids);
  jsons.forEach((json, i) => {
    const row = documents[i];
    assert.equal(row?.title, json.metadata.title);
    assert.equal(row?.agenda_items, "21(e); +22");
    assert.equal(row?.session, "68");
    assert.equal(row?.sha256, json.sha256);
  });

  const blocks = readTable(out, "blocks");
  const expectedBlocks = jsons.flatMap((json, i) =>
    json.blocks.map((b) => ({ document: ids[i] ?? "", block: b.id, kind: b.kind, number: str(b.number), parent: str(b.parent), page: str(b.pages[0]), page_end: str(b.pages.at(-1)), text: b.text })),
  );
  assert.deepEqual(blocks, expectedBlocks);

  const sentences = readTable(out, "sentences");
  const expectedSentences = jsons.flatMap((json, i) =>
    [...json.blocks.map((b) => ["body", b] as const), ...json.footnotes.map((f) => ["footnote", f] as const)].flatMap(([part, item]) =>
      (item.sentences ?? []).map((s, k) => ({ document: ids[i] ?? "", part, block: item.id, sentence: String(k + 1), start: String(s.start), end: String(s.end), text: s.text })),
    ),
  );
  assert.deepEqual(sentences, expectedSentences);

  const tokens = readTable(out, "tokens");
  const expectedTokens = jsons.flatMap((json) => [...json.blocks, ...json.footnotes].flatMap((item) => item.tokens ?? []));
  assert.equal(tokens.length, expectedTokens.length);
  tokens.forEach((row, k) => {
    const token = expectedTokens[k];
    assert.deepEqual([row.text, row.kind, row.start, row.end, row.pos], [token?.text, token?.kind, str(token?.start), str(token?.end), str(token?.pos)]);
  });
  for (const [i, json] of jsons.entries()) {
    for (const item of [...json.blocks, ...json.footnotes]) {
      const own = tokens.filter((r) => r.document === ids[i] && r.block === item.id);
      assert.equal(own.map((r) => r.text).join(""), item.text, `${ids[i]} ${item.id} reassembles from tokens.csv`);
      for (const r of own.filter((x) => x.sentence !== "")) {
        const s = item.sentences?.[Number(r.sentence) - 1];
        assert.ok(s !== undefined && s.start <= Number(r.start) && Number(r.end) <= s.end, "token lies inside its sentence");
      }
    }
  }

  const footnotes = readTable(out, "footnotes");
  assert.deepEqual(footnotes.map((f) => [f.footnote, f.marker, f.block, f.offset, f.text]), jsons.flatMap((j) => j.footnotes.map((f) => [f.id, f.marker, str(f.block), str(f.offset), f.text])));

  const furniture = readTable(out, "furniture");
  assert.deepEqual(furniture.map((f) => [f.page, f.role, f.rule, f.reason, f.x0, f.y1, f.text]), jsons.flatMap((j) => j.furniture.map((f) => [str(f.page), f.role, f.rule, f.reason, str(f.bbox[0]), str(f.bbox[3]), f.text])));
});

test("a cell with quotes, commas, newlines and a leading = round-trips and cannot run as a formula", async (t) => {
  const { out, files } = setup(t, [sampleDocument("zh", texts.zh)]);
  await writeCorpus(files, out);
  const raw = readFileSync(join(out, "corpus", "blocks.csv"), "utf8");
  const parsed = parse(raw, { bom: true, columns: true }) as Record<string, string>[];
  const cell = parsed.find((r) => r.block === "b0003")?.text ?? "";
  assert.equal(cell, `'${NASTY}`, "the raw cell carries the apostrophe");
  assert.equal(unescapeFormula(cell), NASTY);
  assert.ok(raw.includes('"\'=HYPERLINK(""http://x"",""click""), then ""quotes"",\ncommas\r\nand lines"'), "RFC 4180 quoting");
  for (const row of parsed) {
    for (const value of Object.values(row)) assert.ok(!/^[=+\-@\t\r]/.test(value), `no cell starts a formula: ${JSON.stringify(value)}`);
  }
  assert.ok(raw.split("\r\n").length > parsed.length, "records end with CRLF");
});

test("writes one JSON document per line in corpus.jsonl, in input order", async (t) => {
  const { out, files, jsons } = setup(t, [sampleDocument("zh", texts.zh), sampleDocument("en", texts.en)]);
  await writeCorpus(files, out);
  const lines = readFileSync(join(out, "corpus", "corpus.jsonl"), "utf8").split("\n");
  assert.equal(lines.pop(), "", "ends with a newline");
  const records = lines.map((l) => JSON.parse(l) as { document: string; blocks: { text: string; sentences?: string[] }[]; metadata: unknown });
  assert.deepEqual(records.map((r) => r.document), ["zh/A/RES/68/4", "en/A/RES/68/5"]);
  records.forEach((r, i) => {
    assert.deepEqual(r.blocks.map((b) => b.text), jsons[i]?.blocks.map((b) => b.text));
    assert.deepEqual(r.blocks.map((b) => b.sentences), jsons[i]?.blocks.map((b) => b.sentences?.map((s) => s.text)));
    assert.deepEqual(r.metadata, jsons[i]?.metadata);
  });
});

test("a bad input file leaves the previous corpus untouched and no temporary files", async (t) => {
  const { out, files } = setup(t, [sampleDocument("en", texts.en)]);
  await writeCorpus(files, out);
  const before = readFileSync(join(out, "corpus", "tokens.csv"), "utf8");
  const bad = join(out, "bad.json");
  writeFileSync(bad, '{"uncorpus": 1, "blocks": "nope"}');
  await assert.rejects(writeCorpus([...files, bad], out), /bad\.json: not an uncorpus document JSON/);
  assert.equal(readFileSync(join(out, "corpus", "tokens.csv"), "utf8"), before);
  assert.deepEqual(readdirSync(join(out, "corpus")).filter((f) => f.endsWith(".tmp")), []);
});

test("an empty input list still writes every table with its header", async (t) => {
  const out = mkdtempSync(join(tmpdir(), "uncorpus-corpus-"));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  await writeCorpus([], out);
  assert.equal(readFileSync(join(out, "corpus", "tokens.csv"), "utf8"), "\uFEFF" + TABLES.tokens.join(",") + "\r\n");
  assert.equal(readFileSync(join(out, "corpus", "corpus.jsonl"), "utf8"), "");
});

test("documents appended one at a time give the bytes of stringifying all their rows at once", async (t) => {
  const docs = Array.from({ length: 20 }, (_, i) => sampleDocument(i % 3 === 0 ? "zh" : "en", i % 3 === 0 ? texts.zh : [...texts.en, `Paragraph of document ${i}.`]));
  const { out, files, jsons } = setup(t, docs);
  await writeCorpus(files, out);
  const ids = files.map((f) => documentId(f, out));
  const sources = { documents: (id: string, j: DocumentJson) => [documentRow(id, j)], blocks: blockRows, sentences: sentenceRows, tokens: tokenRows, footnotes: footnoteRows, furniture: furnitureRows };
  for (const name of TABLE_NAMES) {
    const rows = jsons.flatMap((json, i) => [...sources[name](ids[i] ?? "", json)]);
    assert.equal(readFileSync(join(out, "corpus", `${name}.csv`), "utf8"), stringify(rows, csvOptions(TABLES[name])), `${name}.csv`);
  }
  assert.equal(readFileSync(join(out, "corpus", "corpus.jsonl"), "utf8"), jsons.map((json, i) => jsonlLine(ids[i] ?? "", json)).join(""));
});
