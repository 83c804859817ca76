/**
 * Corpus outputs, written while a run goes: <outDir>/corpus/{documents,blocks,sentences,tokens,
 * footnotes,furniture}.csv and corpus.jsonl, one document at a time in the order they are added
 * (a run adds them in sorted input order as each is committed). Each file is a temporary file
 * renamed into place on `close`, so a failed run leaves the previous corpus (or none), never a
 * half-written table. `writeCorpus` does the same from per-document JSON files.
 */
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { basename, isAbsolute, join, relative, sep } from "node:path";
import { TABLE_NAMES, type TableName } from "../../src/corpus/columns.js";
import { FORMAT_VERSION, type DocumentJson } from "../../src/output/to-json.js";
import { openAtomic, type AtomicStream } from "./atomic-stream.js";
import { corpusChunks, tableHeader, type CorpusChunks } from "./corpus-chunks.js";

export const CORPUS_DIR = "corpus";
export const JSONL_FILE = "corpus.jsonl";

export class CorpusWriter {
  readonly #outDir: string;
  readonly #tables: ReadonlyMap<TableName, AtomicStream>;
  readonly #jsonl: AtomicStream;

  private constructor(outDir: string, tables: ReadonlyMap<TableName, AtomicStream>, jsonl: AtomicStream) {
    this.#outDir = outDir;
    this.#tables = tables;
    this.#jsonl = jsonl;
  }

  /** Opens every file under `<outDir>/corpus/` (as temporaries) and writes the tables' headers. */
  static async open(outDir: string): Promise<CorpusWriter> {
    const dir = join(outDir, CORPUS_DIR);
    const opened: AtomicStream[] = [];
    try {
      const tables = new Map<TableName, AtomicStream>();
      for (const name of TABLE_NAMES) {
        const file = await openAtomic(join(dir, `${name}.csv`));
        opened.push(file);
        tables.set(name, file);
        await append(file, tableHeader(name));
      }
      const jsonl = await openAtomic(join(dir, JSONL_FILE));
      opened.push(jsonl);
      return new CorpusWriter(outDir, tables, jsonl);
    } catch (error) {
      await Promise.all(opened.map((o) => o.abort().catch(() => undefined)));
      throw error;
    }
  }

  /** Appends one document's rows (corpus-chunks.ts), waiting while a file's buffer is full. */
  async add(chunks: CorpusChunks): Promise<void> {
    for (const [name, file] of this.#tables) await append(file, chunks.tables[name]);
    await append(this.#jsonl, chunks.jsonl);
  }

  /** Appends a document from its per-document JSON file (its id: the path under the output folder). */
  async addFile(file: string): Promise<void> {
    await this.add(corpusChunks(documentId(file, this.#outDir), await readDocumentJson(file)));
  }

  /** Ends every file and renames it into place. */
  async close(): Promise<void> {
    const files = [...this.#tables.values(), this.#jsonl];
    for (const { stream } of files) {
      stream.end();
      await once(stream, "finish");
    }
    for (const file of files) await file.commit();
  }

  /** Drops the unfinished files; the previous corpus, if any, stays. */
  async abort(): Promise<void> {
    await Promise.all([...this.#tables.values(), this.#jsonl].map((o) => o.abort().catch(() => undefined)));
  }
}

/** The corpus of the given per-document JSON files, in the given order. */
export async function writeCorpus(documentJsonFiles: readonly string[], outDir: string): Promise<void> {
  const writer = await CorpusWriter.open(outDir);
  try {
    for (const file of documentJsonFiles) await writer.addFile(file);
    await writer.close();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

async function append(file: AtomicStream, text: string | Uint8Array): Promise<void> {
  if (text.length !== 0 && !file.stream.write(text)) await once(file.stream, "drain");
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
