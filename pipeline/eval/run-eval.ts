/**
 * Runs the evaluation: reads every gold record in one or more folders (the shared gold and the
 * project's own, say), runs the pipeline once on each PDF they name, scores the output, checks conservation, and holds each document to its bars.
 * Orchestration only; every metric lives in src/eval/.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { processPdf, DocumentError, type UnDocument } from "../../src/index.js";
import { toDocumentJson } from "../../src/output/to-json.js";
import { parseGold, type Gold, type GoldScope } from "../../src/eval/gold.js";
import { compareDocument } from "../../src/eval/compare-document.js";
import { checkConservation } from "../../src/eval/conservation.js";
import type { DocumentScore } from "../../src/eval/metrics.js";
import { checkBars, emptyGroups, type BarResult, type Thresholds } from "../../src/eval/thresholds.js";
import { summarise, type Overall } from "../../src/eval/summarise.js";

export interface EvalOptions {
  /** Folders of gold records; a record's name (its file name) must be unique across them. */
  gold: readonly string[];
  corpus: string;
  thresholds: Thresholds | null;
  /** Only gold files whose name contains one of these. */
  only?: readonly string[];
  log?: (line: string) => void;
  /** Also write each scored document's inspector page here, as `<gold name>.html` (see inspectorFile). */
  inspectDir?: string;
}

export interface DocumentResult {
  gold: string;
  file: string;
  scope: GoldScope | null;
  pages: number | null;
  /** Why the document could not be scored (bad gold file, missing PDF, pipeline failure). */
  error: string | null;
  score: DocumentScore | null;
  bars: BarResult[];
  ok: boolean;
}

export interface EvalRun {
  documents: DocumentResult[];
  overall: Overall;
  /** Threshold groups that selected no document (each counts as a missed bar). */
  emptyGroups: string[];
  ok: boolean;
}

export class GoldFolderError extends Error {
  override name = "GoldFolderError";
}

interface GoldEntry {
  name: string;
  path: string;
}

/**
 * Every `*.json` in the folders, sorted by name. Threshold groups select records by file name, so
 * a name found in two folders is refused rather than scored twice under one name.
 */
export async function listGold(dirs: readonly string[]): Promise<GoldEntry[]> {
  const byName = new Map<string, GoldEntry>();
  for (const dir of dirs) {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (!e.isFile() || !e.name.endsWith(".json")) continue;
      const earlier = byName.get(e.name);
      if (earlier !== undefined) throw new GoldFolderError(`gold record ${e.name} is in both ${earlier.path} and ${join(dir, e.name)}`);
      byName.set(e.name, { name: e.name, path: join(dir, e.name) });
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function runEvaluation(options: EvalOptions): Promise<EvalRun> {
  const log = options.log ?? (() => undefined);
  const only = options.only ?? [];
  const entries = (await listGold(options.gold)).filter(({ name }) => only.length === 0 || only.some((part) => name.includes(part)));
  const documents: DocumentResult[] = [];
  for (const { name, path } of entries) {
    const result = await evaluateOne(path, name, options);
    if (options.thresholds !== null) result.bars = checkBars(options.thresholds, result);
    result.ok = result.error === null && result.bars.every((bar) => bar.ok);
    log(`${name}: ${result.error ?? (result.ok ? "ok" : `${result.bars.filter((b) => !b.ok).length} of ${result.bars.length} bars missed`)}`);
    documents.push(result);
  }
  const empty = options.thresholds === null || only.length > 0 ? [] : emptyGroups(options.thresholds, documents);
  return {
    documents,
    overall: summarise(documents.map((d) => d.score)),
    emptyGroups: empty,
    ok: documents.length > 0 && empty.length === 0 && documents.every((d) => d.ok),
  };
}

async function evaluateOne(path: string, name: string, options: EvalOptions): Promise<DocumentResult> {
  const result: DocumentResult = { gold: name, file: "", scope: null, pages: null, error: null, score: null, bars: [], ok: false };
  let gold: Gold;
  try {
    gold = parseGold(JSON.parse(await readFile(path, "utf8")) as unknown, name);
  } catch (error) {
    result.error = `gold record unreadable: ${message(error)}`;
    return result;
  }
  result.file = gold.file;
  result.scope = gold.scope;
  const pdf = resolve(options.corpus, gold.file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(pdf));
  } catch (error) {
    result.error = `PDF not found: ${join(options.corpus, gold.file)} (${message(error)})`;
    return result;
  }
  try {
    const doc = await processPdf(bytes, basename(pdf), { tokenize: false });
    result.pages = doc.pageCount;
    result.score = { ...compareDocument(gold, toDocumentJson(doc)), conservation: checkConservation(doc) };
    if (options.inspectDir !== undefined) await writeInspection(doc, bytes, join(options.inspectDir, inspectorFile(name)), options.log);
  } catch (error) {
    result.error = error instanceof DocumentError ? `pipeline refused the PDF: ${error.message}` : `pipeline failed: ${message(error)}`;
  }
  return result;
}

/** The inspector page of a scored document; a page that cannot be drawn is logged, not a failure of the evaluation. */
async function writeInspection(doc: UnDocument, bytes: Uint8Array, path: string, log: ((line: string) => void) | undefined): Promise<void> {
  try {
    const [{ inspectDocument }, { writeAtomic }] = await Promise.all([import("../inspect/inspect-pdf.js"), import("../write-atomic.js")]);
    await writeAtomic(path, await inspectDocument(doc, bytes, null));
  } catch (error) {
    log?.(`${doc.file}: no inspector page (${message(error)})`);
  }
}

/** The file name of a gold record's inspector page: "N1343968.json" → "N1343968.html". */
export function inspectorFile(gold: string): string {
  return gold.replace(/\.json$/i, "") + ".html";
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
}
