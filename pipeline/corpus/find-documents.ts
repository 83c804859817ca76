/**
 * The per-document JSON files already in an output folder, in the order `uncorpus run` assembles
 * them (sorted paths): everything under the language folders, nothing from the corpus, the
 * aligned files, check reports or the state folder. `uncorpus corpus DIR` builds on it, for
 * output that queue workers wrote on many machines.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { STATE_DIR } from "../batch/resume.js";
import { CORPUS_DIR } from "./write-corpus.js";

/** Top-level folders of an output folder that hold no per-document JSON. */
const NOT_DOCUMENTS = new Set([STATE_DIR, CORPUS_DIR, "aligned"]);

export async function findDocumentJson(out: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (entry.isDirectory() && !NOT_DOCUMENTS.has(entry.name) && !entry.name.startsWith(".")) await walk(join(out, entry.name), found);
  }
  return found.sort();
}

async function walk(dir: string, found: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile() && entry.name.endsWith(".json")) found.push(path);
  }
}
