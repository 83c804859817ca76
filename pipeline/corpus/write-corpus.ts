/**
 * Corpus outputs: streams per-document JSON files (src/output/to-json.ts), one at a time and in
 * the given order, into <outDir>/corpus/{documents,blocks,sentences,tokens,footnotes,furniture}.csv
 * and corpus.jsonl. Every file appears complete (temp file, then rename) or not at all.
 */
import { readFile } from "node:fs/promises";
import { basename, isAbsolute, join, relative, sep } from "node:path";
import { TABLES, TABLE_NAMES, type Cell, type TableName } from "../../src/corpus/columns.js";
import { jsonlLine } from "../../src/corpus/jsonl-record.js";
import { blockRows, documentRow, footnoteRows, furnitureRows, sentenceRows, tokenRows } from "../../src/corpus/rows.js";
import { FORMAT_VERSION, type DocumentJson } from "../../src/output/to-json.js";
import { openLines, openTable, type TableWriter } from "./table-writer.js";

export const CORPUS_DIR = "corpus";
export const JSONL_FILE = "corpus.jsonl";

type RowSource = (document: string, doc: DocumentJson) => Iterable<Readonly<Record<string, Cell>>>;

const SOURCES: Record<TableName, RowSource> = {
  documents: (document, doc) => [documentRow(document, doc)],
  blocks: blockRows,
  sentences: sentenceRows,
  tokens: tokenRows,
  footnotes: footnoteRows,
  furniture: furnitureRows,
};

export async function writeCorpus(documentJsonFiles: readonly string[], outDir: string): Promise<void> {
  const dir = join(outDir, CORPUS_DIR);
  const tables = new Map<TableName, TableWriter>();
  const opened: { abort(): Promise<void> }[] = [];
  try {
    for (const name of TABLE_NAMES) {
      const table = await openTable(join(dir, `${name}.csv`), TABLES[name]);
      tables.set(name, table);
      opened.push(table);
    }
    const jsonl = await openLines(join(dir, JSONL_FILE));
    opened.push(jsonl);
    for (const file of documentJsonFiles) {
      const doc = await readDocumentJson(file);
      const document = documentId(file, outDir);
      for (const name of TABLE_NAMES) {
        const table = tables.get(name);
        if (table === undefined) continue;
        for (const row of SOURCES[name](document, doc)) {
          const full = table.write(row);
          if (full !== null) await full;
        }
      }
      await jsonl.write(jsonlLine(document, doc));
    }
    for (const table of tables.values()) await table.close();
    await jsonl.close();
  } catch (error) {
    await Promise.all(opened.map((o) => o.abort().catch(() => undefined)));
    throw error;
  }
}

/** A document's id in the corpus: its JSON path under outDir without ".json" ("zh/A/RES/68/4"). */
export function documentId(file: string, outDir: string): string {
  const rel = relative(outDir, file);
  const inside = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  return (inside ? rel.split(sep).join("/") : basename(file)).replace(/\.json$/i, "");
}

async function readDocumentJson(file: string): Promise<DocumentJson> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not readable as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isDocumentJson(value)) throw new Error(`${file}: not an uncorpus document JSON (format ${FORMAT_VERSION})`);
  return value;
}

function isDocumentJson(value: unknown): value is DocumentJson {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Record<keyof DocumentJson, unknown>>;
  return (
    v.uncorpus === FORMAT_VERSION &&
    Array.isArray(v.blocks) &&
    Array.isArray(v.footnotes) &&
    Array.isArray(v.furniture) &&
    typeof v.metadata === "object" &&
    v.metadata !== null
  );
}
