/** Public entry: run the whole pipeline on one PDF's bytes. No file I/O happens in src/. */
import { extractText } from "./extract/extract-text.js";
import { stages } from "./stages.js";
import type { UnDocument } from "./model/document.js";
import type { PipelineOptions } from "./options.js";

export type * from "./model/document.js";
export type { PipelineOptions } from "./options.js";
export { DocumentError } from "./errors/document-error.js";
export { stages } from "./stages.js";

export async function processPdf(bytes: Uint8Array, file: string, options: PipelineOptions = {}): Promise<UnDocument> {
  const doc = await extractText(bytes, file, {
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  for (const stage of stages) stage.run(doc, options);
  return doc;
}
