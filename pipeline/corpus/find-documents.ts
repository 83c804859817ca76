/**
 * The per-document JSON files already in an output folder, in the order `uncorpus run` assembles
 * them (sorted paths): everything under the language folders (two letters, or "und" — see
 * src/output/output-path.ts), nothing from the corpus, the aligned files, check, eval or
 * inspector reports, or the state folder. `uncorpus corpus DIR` builds on it, for
 * output that queue workers wrote on many machines.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** The language folders `outputPath` makes; corpus/, aligned/, eval/, inspect/, .uncorpus/ are not. */
const LANGUAGE_FOLDER = /^(?:[a-z]{2}|und)$/;

export async function findDocumentJson(out: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (entry.isDirectory() && LANGUAGE_FOLDER.test(entry.name)) await walk(join(out, entry.name), found);
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
