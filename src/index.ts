/** Public entry: run the whole pipeline on one PDF's bytes. No file I/O happens in src/. */
import { extractText } from "./extract/extract-text.js";
import { stages } from "./stages.js";
import type { UnDocument } from "./model/document.js";
import type { PipelineOptions } from "./options.js";

export type * from "./model/document.js";
export type { PipelineOptions } from "./options.js";
export { DocumentError } from "./errors/document-error.js";
export { stages } from "./stages.js";

/** Milliseconds per stage of one document: "extract", then every stage of src/stages.ts by name. */
export type StageTimes = Record<string, number>;

/** `times`, when given, receives how long each stage took (uncorpus run --profile). */
export async function processPdf(bytes: Uint8Array, file: string, options: PipelineOptions = {}, times?: StageTimes): Promise<UnDocument> {
  let last = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    if (times !== undefined) times[name] = (times[name] ?? 0) + (now - last);
    last = now;
  };
  const doc = await extractText(bytes, file, {
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  lap("extract");
  for (const stage of stages) {
    stage.run(doc, options);
    lap(stage.name);
  }
  return doc;
}
