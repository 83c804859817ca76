/**
 * The order `uncorpus run` gives documents in its corpus files (sorted input paths), found again
 * for an output folder that holds only per-document JSON: so that `uncorpus corpus DIR` writes the
 * same bytes as a local run of the same documents, whoever wrote them.
 *
 * The input paths come from what wrote the folder: a run's `manifest.jsonl` (one line per input,
 * with its path and SHA-256) and the queue's `.uncorpus/queue-inputs.jsonl` (one line per job that
 * `uncorpus queue add` added). A per-document JSON names its input's SHA-256, which joins the two.
 * Documents whose input is not on record (copied in by hand) go last, in output-path order.
 */
import { appendFile, mkdir, open, readFile } from "node:fs/promises";
import { join } from "node:path";
import { MANIFEST_FILE } from "../batch/manifest.js";
import { STATE_DIR } from "../batch/resume.js";

/** `uncorpus queue add` appends one line per added job here: {"path": "/abs/in.pdf", "sha256": "…"}. */
export const QUEUE_INPUTS_FILE = "queue-inputs.jsonl";
/** A per-document JSON names its SHA-256 in its first lines (src/output/to-json.ts writes it fourth). */
const HEAD_BYTES = 1024;
const SHA256_FIELD = /"sha256": ?"([0-9a-f]{64})"/;

interface InputLine {
  path: string;
  sha256: string;
}

/** Records the inputs `queue add` put on the queue, for `uncorpus corpus` to order by later. */
export async function recordQueuedInputs(out: string, inputs: readonly InputLine[]): Promise<void> {
  if (inputs.length === 0) return;
  const dir = join(out, STATE_DIR);
  await mkdir(dir, { recursive: true });
  await appendFile(join(dir, QUEUE_INPUTS_FILE), inputs.map((line) => JSON.stringify({ path: line.path, sha256: line.sha256 }) + "\n").join(""));
}

/** `files` (per-document JSON under `out`) in the order a local run of their inputs gives them. */
export async function inInputOrder(out: string, files: readonly string[]): Promise<string[]> {
  const pathOf = await inputPaths(out);
  const keyed = await Promise.all(files.map(async (file) => ({ file, input: pathOf.get((await sha256Of(file)) ?? "") ?? null })));
  return keyed
    .sort((a, b) => {
      if (a.input !== b.input) {
        if (a.input === null) return 1;
        if (b.input === null) return -1;
        return a.input < b.input ? -1 : 1;
      }
      return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
    })
    .map((entry) => entry.file);
}

/** SHA-256 → the first input path (in sorted order) seen with those bytes. */
async function inputPaths(out: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const file of [join(out, MANIFEST_FILE), join(out, STATE_DIR, QUEUE_INPUTS_FILE)]) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      const entry = parseLine(line);
      if (entry === null) continue;
      const known = found.get(entry.sha256);
      if (known === undefined || entry.path < known) found.set(entry.sha256, entry.path);
    }
  }
  return found;
}

function parseLine(line: string): InputLine | null {
  if (line.trim() === "") return null;
  try {
    const value = JSON.parse(line) as Partial<InputLine>;
    return typeof value.path === "string" && typeof value.sha256 === "string" ? { path: value.path, sha256: value.sha256 } : null;
  } catch {
    return null; // a line cut short by a killed run
  }
}

async function sha256Of(file: string): Promise<string | null> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return SHA256_FIELD.exec(buffer.toString("utf8", 0, bytesRead))?.[1] ?? null;
  } finally {
    await handle.close();
  }
}
