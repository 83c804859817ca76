/**
 * Alignment throughput, for `npm run bench` (scripts/bench.ts) and on its own
 * (`npx tsx scripts/bench-align.ts [--corpus DIR] [--repeat N]`): the PDFs of the corpus whose
 * symbol exists in two languages or more (raw/MANIFEST.tsv) and the bundled sample pair go
 * through the pipeline once (not timed); then `uncorpus align` on that output folder runs
 * `repeat` times, timed as a whole (reading the JSON, aligning, writing CSV, TMX and Moses) and
 * for the aligning alone (documents already in memory).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { alignDocuments } from "../src/align/align-documents.js";
import { pairDocuments } from "../src/align/pair-documents.js";
import type { DocumentJson } from "../src/output/to-json.js";
import { findDocumentFiles, readDocument } from "../pipeline/align/read-documents.js";
import { writeAligned } from "../pipeline/align/write-aligned.js";
import { runDocuments } from "../pipeline/run.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface AlignMeasure {
  documents: number;
  pairs: number;
  /** Paragraph and sentence units per alignment of the folder. */
  paragraphUnits: number;
  sentenceUnits: number;
  repeat: number;
  /** `uncorpus align DIR` as a whole. */
  seconds: number;
  unitsPerSecond: number;
  documentsPerSecond: number;
  /** Aligning alone, documents in memory. */
  alignSeconds: number;
  alignUnitsPerSecond: number;
  alignDocumentsPerSecond: number;
}

export async function benchAlignment(corpus: string, repeat: number, log: (line: string) => void): Promise<AlignMeasure> {
  const inputs = [...parallelPdfs(corpus), join(ROOT, "input", "A_RES_99_1_sample-en.pdf"), join(ROOT, "input", "A_RES_99_1_sample-zh.pdf")];
  const out = mkdtempSync(join(tmpdir(), "uncorpus-bench-align-"));
  try {
    log(`bench: align: the pipeline on ${inputs.length} PDFs with a version in another language (not timed)…`);
    await runDocuments(inputs, { out, jobs: 1, corpus: false });
    const docs: Array<{ id: string; symbol: string | null; language: DocumentJson["metadata"]["language"]; doc: DocumentJson }> = [];
    for (const file of await findDocumentFiles(out)) {
      const { id, doc } = await readDocument(file, out);
      docs.push({ id, symbol: doc.metadata.symbol, language: doc.metadata.language, doc });
    }
    const { pairs } = pairDocuments(docs);
    let started = performance.now();
    let summary = await writeAligned(out);
    for (let i = 1; i < repeat; i++) summary = await writeAligned(out);
    const seconds = (performance.now() - started) / 1000;
    started = performance.now();
    let units = 0;
    for (let i = 0; i < repeat; i++) {
      for (const pair of pairs) {
        const alignment = alignDocuments(pair.a.doc, pair.b.doc, { a: pair.a.language!, b: pair.b.language! });
        units += alignment.paragraphs.length + alignment.sentences.length;
      }
    }
    const alignSeconds = (performance.now() - started) / 1000;
    const perRun = summary.paragraphs + summary.sentences;
    const documentsInPairs = new Set(pairs.flatMap((p) => [p.a.id, p.b.id])).size;
    return {
      documents: documentsInPairs,
      pairs: pairs.length,
      paragraphUnits: summary.paragraphs,
      sentenceUnits: summary.sentences,
      repeat,
      seconds: round(seconds),
      unitsPerSecond: round((perRun * repeat) / seconds),
      documentsPerSecond: round((documentsInPairs * repeat) / seconds),
      alignSeconds: round(alignSeconds),
      alignUnitsPerSecond: round(units / alignSeconds),
      alignDocumentsPerSecond: round((documentsInPairs * repeat) / alignSeconds),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function describeAlignment(m: AlignMeasure): string {
  return (
    `alignment: ${m.pairs} document pairs (${m.documents} documents), ${m.paragraphUnits} paragraph + ${m.sentenceUnits} sentence units per pass, ${m.repeat} passes: ` +
    `uncorpus align ${m.unitsPerSecond} units/s, ${m.documentsPerSecond} documents/s; aligning alone ${m.alignUnitsPerSecond} units/s, ${m.alignDocumentsPerSecond} documents/s`
  );
}

/** PDFs listed in <corpus>/raw/MANIFEST.tsv whose symbol has more than one language there. */
function parallelPdfs(corpus: string): string[] {
  const manifest = join(corpus, "raw", "MANIFEST.tsv");
  if (!existsSync(manifest)) return [];
  const [head, ...rows] = readFileSync(manifest, "utf8").trim().split("\n").map((line) => line.split("\t"));
  const file = head!.indexOf("file");
  const symbol = head!.indexOf("symbol");
  const languages = new Map<string, number>();
  for (const row of rows) languages.set(row[symbol]!, (languages.get(row[symbol]!) ?? 0) + 1);
  return rows.filter((row) => languages.get(row[symbol]!)! > 1).map((row) => join(corpus, "raw", row[file]!));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { corpus: { type: "string", default: join(ROOT, "..", "shared", "corpus") }, repeat: { type: "string", default: "5" } } });
  const measure = await benchAlignment(resolve(values.corpus), Math.max(1, Number(values.repeat)), (line) => process.stderr.write(line + "\n"));
  process.stdout.write(describeAlignment(measure) + "\n");
}
