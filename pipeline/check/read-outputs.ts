/**
 * The per-document JSON files of an output folder (any `uncorpus run --out` folder, old ones
 * too; found as `uncorpus corpus` finds them), each read as the checks need it. One that cannot
 * be read or parsed, or is not in the per-document format, is reported with its reason.
 * Example: output/en/A/RES/79/1.json → { id: "en/A/RES/79/1", doc: { pageCount: 3, … } }.
 */
import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { DocumentJson } from "../../src/output/to-json.js";
import { FORMAT_VERSION } from "../../src/output/to-json.js";
import { findDocumentJson } from "../corpus/find-documents.js";

export interface OutputDocument {
  /** Path under the folder without ".json", "/"-separated: the corpus's document id. */
  id: string;
  json: DocumentJson;
}

export interface Unreadable {
  file: string;
  reason: string;
}

export async function readOutputs(dir: string): Promise<{ documents: OutputDocument[]; unreadable: Unreadable[] }> {
  const documents: OutputDocument[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of await findDocumentJson(dir)) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, "utf8")) as unknown;
    } catch (error) {
      unreadable.push({ file, reason: error instanceof SyntaxError ? `not JSON (${error.message})` : String(error) });
      continue;
    }
    const problem = isRecord(value) ? shapeProblem(value) : "not a JSON object";
    if (problem !== null) {
      unreadable.push({ file, reason: problem });
      continue;
    }
    documents.push({ id: relative(dir, file).split(sep).join("/").replace(/\.json$/, ""), json: value as unknown as DocumentJson });
  }
  return { documents, unreadable };
}

/** What the checks rely on, in words when it is missing. */
function shapeProblem(value: Record<string, unknown>): string | null {
  if (value["uncorpus"] !== FORMAT_VERSION) return `format version ${JSON.stringify(value["uncorpus"])}, this uncorpus reads ${FORMAT_VERSION}`;
  if (typeof value["pages"] !== "number") return `"pages" is not a number`;
  if (!isRecord(value["metadata"])) return `"metadata" is not an object`;
  for (const key of ["blocks", "footnotes", "furniture", "messages"]) if (!Array.isArray(value[key])) return `"${key}" is not an array`;
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
