/**
 * End to end over the shared corpus: every raw PDF's symbol, language and job number against
 * MANIFEST.tsv and the gold records, and every metadata field of the four Chinese A/RES/68/4
 * variants against their gold. Each document is read twice: from raw items only (independent
 * of the lines stage) and after the lines and denoise stages, as the pipeline runs it.
 * Skips when ../shared is absent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { extractText } from "../src/extract/extract-text.js";
import { buildLines } from "../src/lines/build-lines.js";
import { denoise } from "../src/denoise/denoise.js";
import { readMetadata } from "../src/metadata/read-metadata.js";
import type { Metadata, UnDocument } from "../src/model/document.js";

const SHARED = resolve(import.meta.dirname, "..", "..", "shared");
const CORPUS = resolve(SHARED, "corpus");
const GOLD = resolve(SHARED, "gold");

interface Expected {
  file: string;
  fields: Partial<Metadata>;
}

/** MANIFEST rows (symbol, lang, job number without "(E)"), overlaid with each gold record's fields. */
function expectations(): Expected[] {
  const byFile = new Map<string, Partial<Metadata>>();
  const rows = readFileSync(resolve(CORPUS, "raw", "MANIFEST.tsv"), "utf8").trim().split("\n");
  const header = rows[0]!.split("\t");
  const col = (name: string) => header.indexOf(name);
  for (const row of rows.slice(1)) {
    const cells = row.split("\t");
    const job = cells[col("job_number")]!.replace(/\s*\([A-Z]{1,2}\)$/, "");
    byFile.set(`raw/${cells[col("file")]}`, {
      symbol: cells[col("symbol")]!,
      language: cells[col("lang")] as Metadata["language"],
      jobNumber: job === "" ? null : job,
    });
  }
  for (const name of readdirSync(GOLD).filter((f) => f.endsWith(".json"))) {
    const gold = JSON.parse(readFileSync(resolve(GOLD, name), "utf8")) as {
      file: string;
      symbol: string;
      language: Metadata["language"];
      jobNumber: string | null;
      metadata?: Partial<Metadata>;
    };
    const fields = { ...byFile.get(gold.file), symbol: gold.symbol, language: gold.language, jobNumber: gold.jobNumber, ...gold.metadata };
    byFile.set(gold.file, fields);
  }
  return [...byFile].map(([file, fields]) => ({ file, fields }));
}

function pick(metadata: Metadata, fields: Partial<Metadata>): Partial<Metadata> {
  return Object.fromEntries(Object.keys(fields).map((key) => [key, metadata[key as keyof Metadata]]));
}

test("reads symbol, language and job number of every shared PDF, and all gold metadata of A/RES/68/4", async (t) => {
  if (!existsSync(resolve(CORPUS, "raw", "MANIFEST.tsv")) || !existsSync(GOLD)) {
    t.skip(`../shared not found: no corpus at ${CORPUS}`);
    return;
  }
  const all = expectations();
  assert.ok(all.length >= 74, `expected the 70 raw PDFs and 4 reconstructions, found ${all.length}`);
  for (const { file, fields } of all) {
    await t.test(file, async () => {
      const doc: UnDocument = await extractText(new Uint8Array(readFileSync(resolve(CORPUS, file))), basename(file));
      readMetadata(doc, {});
      assert.deepEqual(pick(doc.metadata, fields), fields, "from raw items");
      buildLines(doc);
      denoise(doc);
      readMetadata(doc, {});
      assert.deepEqual(pick(doc.metadata, fields), fields, "from lines");
    });
  }
});
