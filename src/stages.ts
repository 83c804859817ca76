/**
 * The pipeline, in one ordered list. Each stage reads the document model and adds to it.
 * Extraction (bytes → pages of text items) runs before these; see `processPdf` in index.ts.
 */
import type { UnDocument } from "./model/document.js";
import type { PipelineOptions } from "./options.js";
import { buildLines } from "./lines/build-lines.js";
import { denoise } from "./denoise/denoise.js";
import { repair } from "./repair/repair.js";
import { readMetadata } from "./metadata/read-metadata.js";
import { segment } from "./segment/segment.js";
import { tokenize } from "./tokenize/tokenize.js";
import { check } from "./check/check.js";

export interface Stage {
  name: string;
  run(doc: UnDocument, options: PipelineOptions): void;
}

export const stages: readonly Stage[] = [
  { name: "lines", run: buildLines }, // 2. items → lines (CJK-aware joins, callouts, hyphenation)
  { name: "denoise", run: denoise }, // 3. furniture out of the body, each with page, bbox, role, reason
  { name: "repair", run: repair }, // 4. split words rejoined, inline callouts out of the text
  { name: "metadata", run: readMetadata }, // 5. symbol, language, job number, dates, session, title…
  { name: "segment", run: segment }, // 6. headings, numbered paragraphs, footnotes linked to callouts
  { name: "tokenize", run: tokenize }, // 7. sentences and tokens (nodejieba for zh, retext otherwise)
  { name: "check", run: check }, // 8. checks that need no gold: numbering, split paragraphs, footnotes, leaks, conservation
];

/**
 * Every stage in order on an extracted document. `times`, when given, receives how long each
 * took, by stage name (uncorpus run --profile).
 */
export function runStages(doc: UnDocument, options: PipelineOptions, times?: Record<string, number>): void {
  for (const stage of stages) {
    const began = performance.now();
    stage.run(doc, options);
    if (times !== undefined) times[stage.name] = (times[stage.name] ?? 0) + (performance.now() - began);
  }
}
