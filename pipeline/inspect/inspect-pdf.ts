/**
 * One inspector page from one PDF: runs the pipeline (without tokens, which the page does not
 * show), places its decisions on the pages (src/inspect/overlays.ts), draws the pages and writes
 * the HTML. Used by `uncorpus inspect` and by `uncorpus eval` for its report's links.
 */
import { basename } from "node:path";
import { processPdf, type PipelineOptions, type UnDocument } from "../../src/index.js";
import { buildOverlays } from "../../src/inspect/overlays.js";
import { inspectorHtml } from "./inspector-html.js";
import { renderPages } from "./render-pages.js";

interface Inspection {
  doc: UnDocument;
  html: string;
}

/** `pages`: 1-based page numbers to draw, or null for all. */
export async function inspectPdf(bytes: Uint8Array, file: string, pages: ReadonlySet<number> | null, options: PipelineOptions = {}): Promise<Inspection> {
  const doc = await processPdf(bytes, basename(file), { tokenize: false, ...options });
  return { doc, html: await inspectDocument(doc, bytes, pages) };
}

/** The page of a document already processed from `bytes`. */
export async function inspectDocument(doc: UnDocument, bytes: Uint8Array, pages: ReadonlySet<number> | null): Promise<string> {
  const images = await renderPages(bytes, pages);
  return inspectorHtml({ file: doc.file, metadata: doc.metadata, overlays: buildOverlays(doc), images });
}
