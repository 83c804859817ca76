/**
 * Corpus outputs: streams per-document JSON files (src/output/to-json.ts), one at a time and in
 * the given order, into <outDir>/corpus/{documents,blocks,sentences,tokens,footnotes,furniture}.csv
 * and corpus.jsonl. Every file appears complete (temp file, then rename) or not at all. With
 * `jobs` > 1, worker threads write contiguous parts that are then joined in order (same bytes).
 */
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { basename, isAbsolute, join, relative, sep } from "node:path";
import { Piscina } from "piscina";
import { TABLES, TABLE_NAMES, type Cell, type TableName } from "../../src/corpus/columns.js";
import { jsonlLine } from "../../src/corpus/jsonl-record.js";
import { blockRows, documentRow, footnoteRows, furnitureRows, sentenceRows, tokenRows } from "../../src/corpus/rows.js";
import { FORMAT_VERSION, type DocumentJson } from "../../src/output/to-json.js";
import { siblingModule, workerExecArgv } from "../batch/pool.js";
import { STATE_DIR } from "../batch/resume.js";
import { openAtomic, type AtomicStream } from "./atomic-stream.js";
import { openLines, openTable, tableHeader, type TableWriter } from "./table-writer.js";

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

export interface CorpusOptions {
  /**
   * Threads that assemble parts of the corpus at once (default 1: this thread only). Each takes a
   * contiguous run of the sorted documents and writes its rows to part files; the parts are then
   * joined in order behind the header, so the files are byte for byte what one thread writes.
   */
  jobs?: number;
}

/** Fewer documents than this per thread are assembled in this thread: starting threads costs more. */
const MIN_DOCUMENTS_PER_THREAD = 8;
/** Parts per thread, so a thread that drew large documents does not hold the others up. */
const PARTS_PER_THREAD = 4;

export async function writeCorpus(documentJsonFiles: readonly string[], outDir: string, options: CorpusOptions = {}): Promise<void> {
  const jobs = Math.min(options.jobs ?? 1, Math.floor(documentJsonFiles.length / MIN_DOCUMENTS_PER_THREAD));
  if (jobs <= 1) {
    await writeTables(documentJsonFiles, outDir, join(outDir, CORPUS_DIR), "", true);
    return;
  }
  // Under the run's temporary folder, which the next run clears if this one is killed.
  const tmp = join(outDir, STATE_DIR, "tmp");
  await mkdir(tmp, { recursive: true });
  const partDir = await mkdtemp(join(tmp, "corpus-"));
  try {
    const parts = split(documentJsonFiles, jobs * PARTS_PER_THREAD);
    await runParts(parts.map((files, i) => ({ files, outDir, partDir, prefix: partPrefix(i) })), jobs);
    await joinParts(join(outDir, CORPUS_DIR), partDir, parts.length);
  } finally {
    await rm(partDir, { recursive: true, force: true });
  }
}

/** One part of a parallel assembly: records only, to `<partDir>/<prefix><table>.csv` and `.jsonl`. */
export interface CorpusPart {
  files: readonly string[];
  outDir: string;
  partDir: string;
  prefix: string;
}

export async function writeCorpusPart(part: CorpusPart): Promise<void> {
  await writeTables(part.files, part.outDir, part.partDir, part.prefix, false);
}

/** Streams the documents, one at a time and in order, into the tables and the JSONL file in `dir`. */
async function writeTables(documentJsonFiles: readonly string[], outDir: string, dir: string, prefix: string, header: boolean): Promise<void> {
  const tables = new Map<TableName, TableWriter>();
  const opened: { abort(): Promise<void> }[] = [];
  try {
    for (const name of TABLE_NAMES) {
      const table = await openTable(join(dir, `${prefix}${name}.csv`), TABLES[name], { header });
      tables.set(name, table);
      opened.push(table);
    }
    const jsonl = await openLines(join(dir, `${prefix}${JSONL_FILE}`));
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

/** Part files sort and join in this order: `000000.tokens.csv`, `000001.tokens.csv`, … */
function partPrefix(index: number): string {
  return `${String(index).padStart(6, "0")}.`;
}

/** `items` cut into at most `count` contiguous runs of near-equal length, in order. */
function split<T>(items: readonly T[], count: number): T[][] {
  const runs: T[][] = [];
  const n = Math.min(count, items.length);
  for (let i = 0; i < n; i++) runs.push(items.slice(Math.floor((i * items.length) / n), Math.floor(((i + 1) * items.length) / n)));
  return runs;
}

const PART_WORKER = siblingModule("corpus-worker", import.meta.url);

async function runParts(parts: readonly CorpusPart[], jobs: number): Promise<void> {
  const pool = new Piscina<CorpusPart, void>({ filename: PART_WORKER, minThreads: jobs, maxThreads: jobs, execArgv: workerExecArgv() });
  try {
    await Promise.all(parts.map((part) => pool.run(part)));
  } finally {
    await pool.destroy();
  }
}

/** Each table: header, then its parts in order, into a file that appears complete or not at all. */
async function joinParts(dir: string, partDir: string, count: number): Promise<void> {
  const files: Array<[string, string]> = [...TABLE_NAMES.map((name) => [`${name}.csv`, tableHeader(TABLES[name])] as [string, string]), [JSONL_FILE, ""]];
  const opened: AtomicStream[] = [];
  try {
    for (const [name, head] of files) {
      const target = await openAtomic(join(dir, name));
      opened.push(target);
      if (head !== "" && !target.stream.write(head)) await once(target.stream, "drain");
      for (let i = 0; i < count; i++) {
        for await (const chunk of createReadStream(join(partDir, `${partPrefix(i)}${name}`))) {
          if (!target.stream.write(chunk)) await once(target.stream, "drain");
        }
      }
      target.stream.end();
      await once(target.stream, "finish");
    }
    for (const target of opened) await target.commit();
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
