/**
 * Estimates the length ratios of src/align/length-ratios.ts from an output folder: for every
 * document that has an English version of the same symbol, the numbered paragraphs that anchor
 * each other (same (parent, number), once on each side) give pairs of lengths (text-length.ts);
 * per language, ratio c = Σ l / Σ l_en and variance s² = Σ (l − c·l_en)² / Σ l_en.
 *
 * Usage: npx tsx scripts/estimate-length-ratios.ts OUTPUT_DIR [OUTPUT_DIR …]
 */
import { findAnchors } from "../src/align/find-anchors.js";
import { pairDocuments } from "../src/align/pair-documents.js";
import { textLength } from "../src/align/text-length.js";
import { findDocumentFiles, readDocument } from "../pipeline/align/read-documents.js";
import type { DocumentJson } from "../src/output/to-json.js";

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error("usage: npx tsx scripts/estimate-length-ratios.ts OUTPUT_DIR [OUTPUT_DIR …]");
  process.exit(2);
}
const docs: Array<{ id: string; symbol: string | null; language: DocumentJson["metadata"]["language"]; doc: DocumentJson }> = [];
for (const dir of dirs) {
  for (const file of await findDocumentFiles(dir)) {
    const { id, doc } = await readDocument(file, dir);
    docs.push({ id: `${dir}:${id}`, symbol: doc.metadata.symbol, language: doc.metadata.language, doc });
  }
}
const samples = new Map<string, Array<[number, number]>>();
for (const pair of pairDocuments(docs).pairs) {
  const [en, other] = pair.a.language === "en" ? [pair.a, pair.b] : pair.b.language === "en" ? [pair.b, pair.a] : [null, null];
  if (en === null || other === null) continue;
  const list = samples.get(other.language!) ?? [];
  for (const anchor of findAnchors(en.doc.blocks, other.doc.blocks)) {
    if (anchor.kind !== "number") continue;
    list.push([textLength(en.doc.blocks[anchor.a]!.text), textLength(other.doc.blocks[anchor.b]!.text)]);
  }
  samples.set(other.language!, list);
}
for (const [language, pairs] of [...samples].sort()) {
  const sumEn = pairs.reduce((s, [e]) => s + e, 0);
  const ratio = pairs.reduce((s, [, l]) => s + l, 0) / sumEn;
  const variance = pairs.reduce((s, [e, l]) => s + (l - ratio * e) ** 2, 0) / sumEn;
  console.log(`${language}: ratio ${ratio.toFixed(3)}, variance ${variance.toFixed(2)} (${pairs.length} paragraph pairs, ${sumEn} English characters)`);
}
const european = [...samples].filter(([language]) => language !== "zh").flatMap(([, pairs]) => pairs);
if (european.length > 0) {
  // One variance for the languages written with an alphabet, for a language with few pairs.
  let sumEn = 0;
  let squares = 0;
  for (const [language, pairs] of samples) {
    if (language === "zh") continue;
    const ratio = pairs.reduce((s, [, l]) => s + l, 0) / pairs.reduce((s, [e]) => s + e, 0);
    sumEn += pairs.reduce((s, [e]) => s + e, 0);
    squares += pairs.reduce((s, [e, l]) => s + (l - ratio * e) ** 2, 0);
  }
  console.log(`pooled variance of the alphabetic languages: ${(squares / sumEn).toFixed(2)} (${european.length} paragraph pairs)`);
}
