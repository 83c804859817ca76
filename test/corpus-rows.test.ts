import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { TABLES, TABLE_NAMES } from "../src/corpus/columns.js";
import { escapeFormula, unescapeFormula } from "../src/corpus/escape-formula.js";
import { tokenRows, documentRow } from "../src/corpus/rows.js";
import { emptyMetadata } from "../src/model/document.js";
import type { DocumentJson } from "../src/output/to-json.js";
import { documentId } from "../pipeline/corpus/write-corpus.js";

const DOCS = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");

function json(partial: Partial<DocumentJson>): DocumentJson {
  return {
    uncorpus: 1,
    file: "x.pdf",
    sha256: "0".repeat(64),
    pages: 1,
    metadata: emptyMetadata(),
    blocks: [],
    footnotes: [],
    furniture: [],
    messages: [],
    ...partial,
  };
}

test("escapes cells that would start a spreadsheet formula, and only those", () => {
  for (const cell of ["=1+1", "+1", "-5", "@SUM(A1)", "\tx", "\rx", "'quoted"]) {
    assert.equal(escapeFormula(cell), `'${cell}`);
    assert.equal(unescapeFormula(escapeFormula(cell)), cell);
  }
  for (const cell of ["", "大会", "A/RES/68/4", "5-3", " =x", "'", "'abc"]) {
    assert.equal(unescapeFormula(escapeFormula(cell)), cell, `round-trips ${JSON.stringify(cell)}`);
  }
  assert.equal(escapeFormula("大会"), "大会");
  assert.equal(escapeFormula("5-3"), "5-3");
});

test("numbers each token's sentence, and leaves white space between sentences without one", () => {
  const text = "First. Second.";
  const doc = json({
    blocks: [{
      id: "b0001", kind: "paragraph", number: null, parent: null, text, pages: [1], bbox: [0, 0, 0, 0], callouts: [],
      sentences: [{ start: 0, end: 6, text: "First." }, { start: 7, end: 14, text: "Second." }],
      tokens: [
        { kind: "word", text: "First", start: 0, end: 5 },
        { kind: "punctuation", text: ".", start: 5, end: 6 },
        { kind: "whitespace", text: " ", start: 6, end: 7 },
        { kind: "word", text: "Second", start: 7, end: 13 },
        { kind: "punctuation", text: ".", start: 13, end: 14 },
      ],
    }],
  });
  assert.deepEqual([...tokenRows("d", doc)].map((r) => r.sentence), [1, 1, null, 2, 2]);
  assert.deepEqual([...tokenRows("d", doc)].map((r) => r.token), [1, 2, 3, 4, 5]);
});

test("joins agenda items with '; ' and counts blocks, footnotes and furniture", () => {
  const row = documentRow("en/A/1", json({ metadata: { ...emptyMetadata(), agendaItems: ["21(e)", "22"] } }));
  assert.equal(row.agenda_items, "21(e); 22");
  assert.deepEqual([row.blocks, row.footnotes, row.furniture], [0, 0, 0]);
  assert.deepEqual(Object.keys(row), [...TABLES.documents]);
});

test("names a document by its JSON path under the output folder", () => {
  assert.equal(documentId(join("out", "zh", "A", "RES", "68", "4.json"), "out"), "zh/A/RES/68/4");
  assert.equal(documentId(join("elsewhere", "x~abc.json"), "out"), "x~abc");
});

test("the README column dictionary documents every column of every table", () => {
  for (const name of TABLE_NAMES) {
    const start = DOCS.indexOf(`#### ${name}.csv`);
    assert.ok(start !== -1, `README.md has a section for ${name}.csv`);
    const section = DOCS.slice(start, DOCS.indexOf("###", start + 4));
    const documented = [...section.matchAll(/^\| `([a-z_0-9]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(documented, [...TABLES[name]], `${name}.csv columns in order`);
  }
});

test("corpus records written by hand are csv-stringify's bytes for the tables' options, on hostile cells", async () => {
  const { stringify } = await import("csv-stringify/sync");
  const { csvOptions } = await import("../src/corpus/csv-options.js");
  const { csvRecord } = await import("../src/corpus/csv-records.js");
  // Separators, quotes, formula triggers (ASCII and full-width), every kind of white space at the
  // edges, CJK, a surrogate pair: each alone and in seeded random mixes.
  const alphabet = ['"', ",", "\r", "\n", "\r\n", " ", "\t", "\u00a0", "\u3000", "\u2028", "=", "+", "-", "@", "'", "\uff1d", "a", "Z", "中", "，", "😀", "0", "."];
  let seed = 20261203;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const cells: Array<string | number | null> = [null, "", 0, -5, 1.25, 1e21, ...alphabet];
  for (let i = 0; i < 5000; i++) {
    const length = random(6);
    let cell = "";
    for (let j = 0; j < length; j++) cell += alphabet[random(alphabet.length)];
    cells.push(cell);
  }
  const columns = TABLES.tokens;
  for (let i = 0; i < cells.length; i += columns.length) {
    const record = columns.map((_, j) => cells[(i + j) % cells.length] ?? null);
    const expected = stringify([record], { ...csvOptions(columns), header: false, bom: false });
    assert.equal(csvRecord(record), expected, JSON.stringify(record));
  }
});

test("a cell with a bare line break (a table block's rows) is quoted, so an RFC 4180 reader keeps the record whole", async () => {
  const { parse } = await import("csv-parse/sync");
  const { stringify } = await import("csv-stringify/sync");
  const { csvOptions } = await import("../src/corpus/csv-options.js");
  const { csvRecord } = await import("../src/corpus/csv-records.js");
  const record = ["en/A/80/590", "b0012", "Category\tApportionment\nMilitary personnel\t37 339.0", "x\ry"];
  assert.equal(csvRecord(record), '"en/A/80/590",b0012,"Category\tApportionment\nMilitary personnel\t37 339.0","x\ry"\r\n'.replace('"en/A/80/590"', "en/A/80/590"));
  assert.equal(stringify([record], { ...csvOptions(["a", "b", "c", "d"]), header: false, bom: false }), csvRecord(record));
  assert.deepEqual(parse(csvRecord(record) + csvRecord(record)), [record, record]);
});
