/**
 * `uncorpus align DIR`: reads the per-document JSON of an output folder, pairs the language
 * versions of each symbol (src/align/pair-documents.ts), aligns each pair (src/align/) and writes
 * DIR/aligned/: paragraphs.csv and sentences.csv (the corpus tables' CSV conventions), and per
 * language pair <a>-<b>.tmx and the Moses files <a>-<b>.<a>, <a>-<b>.<b> from the sentence units
 * with both sides (line n of each Moses file is the n-th <tu> of the TMX file). Every file is
 * complete or absent; files of an earlier alignment that this one does not write are removed.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { alignDocuments } from "../../src/align/align-documents.js";
import { pairDocuments, type DocumentRef } from "../../src/align/pair-documents.js";
import { RELATIVE_TO_ENGLISH } from "../../src/align/length-ratios.js";
import { PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, paragraphRow, roundScore, sentenceRow, splitSentenceIds, type PairInfo } from "../../src/align/rows.js";
import { TMX_FOOTER, oneLine, tmxHeader, tmxUnit } from "../../src/align/tmx.js";
import type { Language } from "../../src/model/document.js";
import type { DocumentJson } from "../../src/output/to-json.js";
import { openLines, openTable, type TableWriter } from "../corpus/table-writer.js";
import { findDocumentFiles, readDocument } from "./read-documents.js";

export const ALIGNED_DIR = "aligned";

export interface AlignSummary {
  documents: number;
  pairs: number;
  paragraphs: number;
  sentences: number;
  weakParagraphs: number;
  weakSentences: number;
  /** Language pairs written, "en-fr" … */
  languagePairs: string[];
  /** Files that could not be read (one line each: "<file>: <reason>"). */
  errors: string[];
  /** Documents aligned with nothing, and why. */
  left: Array<{ document: string; reason: string }>;
  /** Paragraph units of runs without sentences (--no-tokens): no sentence units for them. */
  withoutSentences: number;
}

interface Ref extends DocumentRef {
  file: string;
  language: Language | null;
}

type Lines = Awaited<ReturnType<typeof openLines>>;

interface PairFiles {
  tmx: Lines;
  a: Lines;
  b: Lines;
  units: number;
}

export async function writeAligned(outDir: string, log: (line: string) => void = () => {}): Promise<AlignSummary> {
  const summary: AlignSummary = { documents: 0, pairs: 0, paragraphs: 0, sentences: 0, weakParagraphs: 0, weakSentences: 0, languagePairs: [], errors: [], left: [], withoutSentences: 0 };
  const refs: Ref[] = [];
  for (const file of await findDocumentFiles(outDir)) {
    try {
      const { id, doc } = await readDocument(file, outDir);
      const language = doc.metadata.language;
      if (language !== null && !Object.hasOwn(RELATIVE_TO_ENGLISH, language)) throw new Error(`${file}: unknown language "${String(language)}"`);
      refs.push({ id, file, symbol: doc.metadata.symbol, language });
    } catch (error) {
      summary.errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  summary.documents = refs.length;
  const { pairs, left } = pairDocuments(refs);
  summary.left = left.map(({ document, reason }) => ({ document: document.id, reason }));
  const dir = join(outDir, ALIGNED_DIR);
  const opened: Array<{ close(): Promise<void>; abort(): Promise<void> }> = [];
  const perPair = new Map<string, PairFiles>();
  try {
    const paragraphs: TableWriter = await openTable(join(dir, "paragraphs.csv"), PARAGRAPH_COLUMNS);
    opened.push(paragraphs);
    const sentences: TableWriter = await openTable(join(dir, "sentences.csv"), SENTENCE_COLUMNS);
    opened.push(sentences);
    // Pairs come sorted by symbol: the versions of one symbol are read once, then let go.
    let symbol: string | null = null;
    let docs = new Map<string, DocumentJson>();
    for (const pair of pairs) {
      if (symbol !== pair.symbol) [symbol, docs] = [pair.symbol, new Map()];
      const load = async (ref: Ref): Promise<DocumentJson> => {
        const doc = docs.get(ref.id) ?? (await readDocument(ref.file, outDir)).doc;
        docs.set(ref.id, doc);
        return doc;
      };
      let docA: DocumentJson;
      let docB: DocumentJson;
      try {
        [docA, docB] = [await load(pair.a), await load(pair.b)];
      } catch (error) {
        // Changed or removed since it was listed: that pair is skipped, the others go on.
        const message = error instanceof Error ? error.message : String(error);
        if (!summary.errors.includes(message)) summary.errors.push(message);
        continue;
      }
      const la = pair.a.language!;
      const lb = pair.b.language!;
      const info: PairInfo = { symbol: pair.symbol, documentA: pair.a.id, documentB: pair.b.id, languageA: la, languageB: lb };
      const alignment = alignDocuments(docA, docB, { a: la, b: lb });
      summary.pairs++;
      summary.withoutSentences += alignment.withoutSentences;
      for (const unit of alignment.paragraphs) {
        summary.paragraphs++;
        if (unit.weak) summary.weakParagraphs++;
        await paragraphs.write(paragraphRow(info, unit));
      }
      const key = `${la}-${lb}`;
      let files = perPair.get(key);
      if (files === undefined) {
        files = { tmx: await openLines(join(dir, `${key}.tmx`)), a: await openLines(join(dir, `${key}.${la}`)), b: await openLines(join(dir, `${key}.${lb}`)), units: 0 };
        opened.push(files.tmx, files.a, files.b);
        perPair.set(key, files);
        await files.tmx.write(tmxHeader(la, "sentence"));
      }
      for (const unit of alignment.sentences) {
        summary.sentences++;
        if (unit.weak) summary.weakSentences++;
        const row = sentenceRow(info, unit);
        await sentences.write(row);
        if (unit.a.ids.length === 0 || unit.b.ids.length === 0) continue;
        const [textA, textB] = [String(row.text_a), String(row.text_b)];
        const sa = splitSentenceIds(unit.a.ids);
        const sb = splitSentenceIds(unit.b.ids);
        files.units++;
        await files.tmx.write(
          tmxUnit({
            id: files.units,
            props: [
              ["x-symbol", pair.symbol],
              [`x-document-${la}`, pair.a.id],
              [`x-document-${lb}`, pair.b.id],
              [`x-block-${la}`, sa.blocks],
              [`x-block-${lb}`, sb.blocks],
              [`x-sentence-${la}`, sa.sentences],
              [`x-sentence-${lb}`, sb.sentences],
              ["x-score", String(roundScore(unit.score))],
            ],
            segments: [
              [la, textA],
              [lb, textB],
            ],
          }),
        );
        await files.a.write(oneLine(textA) + "\n");
        await files.b.write(oneLine(textB) + "\n");
      }
      log(`${pair.symbol} ${la}–${lb}: ${alignment.paragraphs.length} paragraph units, ${alignment.sentences.length} sentence units`);
    }
    for (const files of perPair.values()) await files.tmx.write(TMX_FOOTER);
    for (const writer of opened) await writer.close();
  } catch (error) {
    await Promise.all(opened.map((o) => o.abort().catch(() => undefined)));
    throw error;
  }
  summary.languagePairs = [...perPair.keys()].sort();
  await removeStale(dir, new Set(["paragraphs.csv", "sentences.csv", ...[...perPair.keys()].flatMap((key) => [`${key}.tmx`, ...key.split("-").map((l) => `${key}.${l}`)])]));
  return summary;
}

/** Files of an earlier alignment (language pairs no longer present) go, so the folder is this alignment only. */
async function removeStale(dir: string, written: ReadonlySet<string>): Promise<void> {
  const ours = /^(?:paragraphs\.csv|sentences\.csv|[a-z]{2}-[a-z]{2}\.(?:tmx|[a-z]{2}))$/;
  for (const name of await readdir(dir)) if (ours.test(name) && !written.has(name)) await rm(join(dir, name), { force: true });
}
