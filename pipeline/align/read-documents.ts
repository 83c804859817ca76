/**
 * Finds and reads the per-document JSON files of an output folder for alignment: every
 * `<lang>/….json` under it, except the folders uncorpus writes other things into (corpus/,
 * aligned/, eval/, the run's state). A file that is not a readable document JSON is reported in
 * one line and skipped.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { FORMAT_VERSION, type DocumentJson } from "../../src/output/to-json.js";
import { documentId } from "../corpus/write-corpus.js";

/** Top-level folders of an output folder that hold no per-document JSON. */
const NOT_DOCUMENTS = new Set(["corpus", "aligned", "eval", "bench"]);

export async function findDocumentFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string, top: boolean): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
      if (top && (NOT_DOCUMENTS.has(entry.name) || entry.name.startsWith("."))) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, false);
      else if (!top && entry.isFile() && entry.name.endsWith(".json")) files.push(path);
    }
  };
  await walk(dir, true);
  return files;
}

export async function readDocument(file: string, outDir: string): Promise<{ id: string; doc: DocumentJson }> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not readable as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isDocumentJson(value)) throw new Error(`${file}: not an uncorpus document JSON (format ${FORMAT_VERSION})`);
  return { id: documentId(file, outDir), doc: value };
}

function isDocumentJson(value: unknown): value is DocumentJson {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Record<keyof DocumentJson, unknown>>;
  return v.uncorpus === FORMAT_VERSION && Array.isArray(v.blocks) && Array.isArray(v.footnotes) && typeof v.metadata === "object" && v.metadata !== null;
}
