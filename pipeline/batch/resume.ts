/**
 * Resume: which inputs already have complete output from this pipeline version and options.
 * The record is `<out>/.uncorpus/index.jsonl`, one line per document written
 * ({"sha256","key","output"}), appended after the JSON is renamed into place, so a run killed at
 * any moment leaves a record that is true (a torn last line is ignored). A document counts as
 * complete only when its JSON file exists and names the same sha256.
 * Example line: {"sha256":"7b6a…","key":"0.1.0+f1 {\"tokenize\":true}","output":"en/A/80/590.json"}
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { appendFile, mkdir, open, readdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PIPELINE_VERSION } from "../../src/version.js";
import type { PipelineOptions } from "../../src/index.js";
import { writeAtomic } from "../write-atomic.js";

export const STATE_DIR = ".uncorpus";
const INDEX_FILE = "index.jsonl";
/** Bytes read from the head of a JSON output to find its "sha256" and "pages" fields. */
const HEAD_BYTES = 4096;

export interface ResumeEntry {
  sha256: string;
  key: string;
  /** Relative to the output folder, "/"-separated. */
  output: string;
}

/**
 * What an output depends on besides the input bytes: the pipeline version, the code that made it
 * (src/ and the bundled dictionary, hashed, with the versions of pdf.js and nodejieba, so that a
 * changed heuristic redoes the documents), the user dictionary's contents (not its path) and the
 * options that change output.
 * Example: `0.1.0+f1 code:3f2a9c0b71d4 {"tokenize":true,"pos":false,"userDict":"9e1c…","maxPages":null}`.
 */
export async function resumeKey(options: PipelineOptions): Promise<string> {
  const userDict = options.userDict === undefined ? null : await hashFile(options.userDict).catch(() => `unreadable ${options.userDict}`);
  const relevant = { tokenize: options.tokenize ?? true, pos: options.pos ?? false, userDict, maxPages: options.maxPages ?? null };
  return `${PIPELINE_VERSION} code:${await codeHash()} ${JSON.stringify(relevant)}`;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Besides src/: the bundled UN dictionary, and the packages whose versions change what comes out. */
const CODE_FILES = ["data/un-user-dict.utf8", "node_modules/pdfjs-dist/package.json", "node_modules/nodejieba/package.json"];

let codeHashPromise: Promise<string> | undefined;

/** sha256 (12 hex) over src/ and CODE_FILES, by sorted path; files that are absent count as absent. */
export function codeHash(): Promise<string> {
  codeHashPromise ??= (async () => {
    const hash = createHash("sha256");
    const files = [...(await listFiles(join(ROOT, "src"))).map((f) => relative(ROOT, f)), ...CODE_FILES].sort();
    for (const file of files) {
      const bytes = await readFile(join(ROOT, file)).catch(() => null);
      hash.update(`${file}\0${bytes === null ? "absent" : bytes.length}\0`);
      if (bytes !== null) hash.update(bytes);
    }
    return hash.digest("hex").slice(0, 12);
  })();
  return codeHashPromise;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

export class ResumeIndex {
  readonly #out: string;
  readonly #entries: Map<string, ResumeEntry>;

  private constructor(out: string, entries: Map<string, ResumeEntry>) {
    this.#out = out;
    this.#entries = entries;
  }

  static async load(out: string): Promise<ResumeIndex> {
    const entries = new Map<string, ResumeEntry>();
    const text = await readFile(join(out, STATE_DIR, INDEX_FILE), "utf8").catch(() => "");
    for (const line of text.split("\n")) {
      const entry = parseEntry(line);
      if (entry !== null) entries.set(entry.sha256, entry);
    }
    return new ResumeIndex(out, entries);
  }

  /** The output a previous run left for these bytes under this key, if it is still complete. */
  async complete(sha256: string, key: string): Promise<(ResumeEntry & { pages: number }) | null> {
    const entry = this.#entries.get(sha256);
    if (entry === undefined || entry.key !== key) return null;
    const head = await readHead(join(this.#out, entry.output));
    if (head === null || !head.includes(`"sha256": "${sha256}"`)) return null;
    return { ...entry, pages: Number(/"pages": (\d+)/.exec(head)?.[1] ?? 0) };
  }

  /** Outputs already claimed by earlier runs (so a new document does not take their name). */
  outputs(): Map<string, string> {
    const claimed = new Map<string, string>();
    for (const entry of this.#entries.values()) claimed.set(entry.output, entry.sha256);
    return claimed;
  }

  async record(entry: ResumeEntry): Promise<void> {
    this.#entries.set(entry.sha256, entry);
    const path = join(this.#out, STATE_DIR, INDEX_FILE);
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, JSON.stringify(entry) + "\n");
  }

  /** Rewrites the index with one line per document (drops superseded lines), atomically. */
  async compact(): Promise<void> {
    const lines = [...this.#entries.values()].sort((a, b) => a.sha256.localeCompare(b.sha256)).map((e) => JSON.stringify(e) + "\n");
    await writeAtomic(join(this.#out, STATE_DIR, INDEX_FILE), lines.join(""));
  }
}

function parseEntry(line: string): ResumeEntry | null {
  if (line.trim() === "") return null;
  try {
    const value = JSON.parse(line) as Partial<ResumeEntry>;
    if (typeof value.sha256 === "string" && typeof value.key === "string" && typeof value.output === "string") {
      return { sha256: value.sha256, key: value.key, output: value.output };
    }
  } catch {
    // A line torn by a killed run: ignore it, its document is redone.
  }
  return null;
}

/** The first bytes of a JSON output (file, sha256 and pages come first), or null when absent. */
async function readHead(path: string): Promise<string | null> {
  const handle = await open(path, "r").catch(() => null);
  if (handle === null) return null;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** Streaming sha256 of a file (inputs can be large; nothing is held in memory). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
