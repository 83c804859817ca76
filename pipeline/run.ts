/** Orchestration: read each input, run the pipeline, write its JSON. No heuristics here. */
import { readFile } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { processPdf, DocumentError, type PipelineOptions } from "../src/index.js";
import { stringifyDocument } from "../src/output/to-json.js";
import { outputPath } from "../src/output/output-path.js";
import { writeAtomic } from "./write-atomic.js";

export interface RunResult {
  input: string;
  status: "ok" | "failed";
  output: string | null;
  pages: number;
  error: string | null;
}

export interface RunOptions extends PipelineOptions {
  out: string;
  log?: (line: string) => void;
}

export async function runDocuments(inputs: readonly string[], options: RunOptions): Promise<RunResult[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const claimed = new Map<string, string>();
  const results: RunResult[] = [];
  for (const input of inputs) {
    const result = await runOne(input, options, claimed);
    if (result.error !== null) log(`${input}: ${result.error}`);
    results.push(result);
  }
  return results;
}

async function runOne(input: string, options: RunOptions, claimed: Map<string, string>): Promise<RunResult> {
  try {
    const bytes = new Uint8Array(await readFile(input));
    const doc = await processPdf(bytes, basename(input), options);
    let rel = outputPath(doc.metadata.symbol, doc.metadata.language, doc.file);
    // Two inputs with one symbol and language (e.g. variants of a document): the later one
    // in sorted input order gets its content hash in the name, so nothing is overwritten.
    const owner = claimed.get(rel);
    if (owner !== undefined && owner !== doc.sha256) rel = rel.replace(/\.json$/, `~${doc.sha256.slice(0, 12)}.json`);
    claimed.set(rel, doc.sha256);
    const target = resolve(options.out, rel);
    if (!isInside(resolve(options.out), target)) throw new Error(`output path escapes the output folder: ${rel}`);
    await writeAtomic(target, stringifyDocument(doc));
    return { input, status: "ok", output: join(options.out, rel), pages: doc.pageCount, error: null };
  } catch (error) {
    const reason = error instanceof DocumentError ? error.message : `internal error: ${oneLine(error)}`;
    return { input, status: "failed", output: null, pages: 0, error: reason };
  }
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}
