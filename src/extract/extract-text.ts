/**
 * Stage 1, extract: pdf.js text items with geometry, font and marked-content tags.
 * The bytes come in from the caller (no file I/O here); fonts and CMaps from pdfjs-dist.
 */
import { join } from "node:path";
import { sha256Hex } from "./sha256.js";
import { isWhiteSpaceCode } from "../conventions/white-space.js";
import { loadPdfJs, PDFJS_ROOT, type PdfJs } from "./load-pdfjs.js";
import { classifyLoadError, checkHeader } from "./classify-error.js";
import { DocumentError } from "../errors/document-error.js";
import { openDecodeBudget, type DecodeBudget } from "./decode-budget.js";
import { openDirectWorker, type PdfWorker } from "./direct-port.js";
import { newDocument, type Page, type TextItem, type UnDocument } from "../model/document.js";
import { newItem } from "./text-item.js";

const CMAP_URL = join(PDFJS_ROOT, "cmaps") + "/";
const STANDARD_FONT_DATA_URL = join(PDFJS_ROOT, "standard_fonts") + "/";

export interface Options {
  /** Refuse documents with more pages than this. */
  maxPages?: number;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
  /** Refuse a page with more text items (and marked-content tags) than this. */
  maxPageItems?: number;
}

/** The extraction limits a pipeline's options set (the rest of the options are the stages'). */
export function extractOptions(options: { maxPages?: number | undefined; maxBytes?: number | undefined }): Options {
  const { maxPages, maxBytes } = options;
  return { ...(maxPages === undefined ? {} : { maxPages }), ...(maxBytes === undefined ? {} : { maxBytes }) };
}

const DEFAULT_MAX_PAGES = 2000;
/** The largest UN PDFs are a few tens of MB; anything past this is refused before parsing. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** Refuses a file over the byte limit, with its size in the one-line reason. */
export function checkSize(size: number, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 3 : 0);
    throw new DocumentError("too-large", `file too large (${mb(size)} MB, more than the limit of ${mb(maxBytes)} MB)`);
  }
}
/**
 * Text items (and marked-content tags and line ends, which pdf.js reports as items too) per
 * page. A dense UN page (a budget table in 7-point type) gives a few thousand; a page with more
 * than this is a crafted one whose items would only cost time. Reading stops at the limit, so
 * the page costs no more than the limit.
 */
export const DEFAULT_MAX_PAGE_ITEMS = 50_000;
/**
 * The whole document's text items: ten times a long UN report (600 pages of ~400 items). The
 * model holds every item through every stage, so this bounds a document's memory (about
 * 0.5 KB an item through the pipeline) as the page limit cannot.
 */
export const MAX_DOCUMENT_ITEMS = 2_500_000;

type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
  dir?: string;
}
interface RawMarkedContent {
  type: "beginMarkedContent" | "beginMarkedContentProps" | "endMarkedContent";
  tag?: string;
}

/** Reads a PDF into pages of text items; throws DocumentError for bad input. */
export async function extractText(bytes: Uint8Array, file: string, options: Options = {}): Promise<UnDocument> {
  checkSize(bytes.length, options.maxBytes);
  checkHeader(bytes);
  const sha256 = sha256Hex(bytes);
  const pdfjs = await loadPdfJs();
  // Everything pdf.js decodes for this document is charged here (decode-budget.ts).
  const budget = openDecodeBudget();
  try {
    return await readDocument(pdfjs, bytes, file, sha256, options, budget);
  } catch (error) {
    if (budget.exceeded !== null) throw new DocumentError("too-large", budget.exceeded);
    throw error;
  } finally {
    budget.close();
  }
}

async function readDocument(pdfjs: PdfJs, bytes: Uint8Array, file: string, sha256: string, options: Options, budget: DecodeBudget): Promise<UnDocument> {
  // pdf.js's two sides talk without copying each message (direct-port.ts).
  const direct = openDirectWorker(pdfjs);
  try {
    return await openAndRead(pdfjs, direct?.worker, bytes, file, sha256, options, budget);
  } finally {
    direct?.close();
  }
}

async function openAndRead(pdfjs: PdfJs, worker: PdfWorker | undefined, bytes: Uint8Array, file: string, sha256: string, options: Options, budget: DecodeBudget): Promise<UnDocument> {
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given, and reads it in place: hand it a copy.
    data: bytes.slice(),
    ...(worker === undefined ? {} : { worker }),
    isEvalSupported: false,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    stopAtErrors: false,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw classifyLoadError(error, bytes);
  }
  try {
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    // pdf.js takes the page count from the page tree's /Count as written: -1 or 0 is possible.
    if (!Number.isSafeInteger(pdf.numPages) || pdf.numPages < 1) {
      throw new DocumentError("corrupt", `corrupt PDF (page tree gives ${pdf.numPages} pages)`);
    }
    if (pdf.numPages > maxPages) {
      throw new DocumentError("too-large", `${pdf.numPages} pages, more than the limit of ${maxPages}`);
    }
    const pages = await readPages(pdf, pdf.numPages, options.maxPageItems ?? DEFAULT_MAX_PAGE_ITEMS, budget);
    if (pages.every((page) => page.charCount === 0)) {
      throw new DocumentError("no-text", "no text layer (scanned or image-only PDF)");
    }
    return newDocument(file, sha256, pages);
  } finally {
    await pdf.destroy();
  }
}

/**
 * The pages in order, one request to pdf.js at a time. Both of pdf.js's sides run in this
 * thread, so several requests in flight only interleave their work; with messages between them
 * costing next to nothing (direct-port.ts), one at a time was the cheapest (less live at each
 * collection: a window of four → one took ~2 % off a run's CPU on the raw corpus).
 */
async function readPages(pdf: PdfDocument, count: number, maxPageItems: number, budget: DecodeBudget): Promise<Page[]> {
  const pages: Page[] = [];
  let items = 0;
  for (let number = 1; number <= count; number++) {
    const page = await readPage(pdf, number, maxPageItems, budget);
    if (budget.exceeded !== null) throw new DocumentError("too-large", budget.exceeded);
    items += page.items.length;
    if (items > MAX_DOCUMENT_ITEMS) {
      throw new DocumentError("too-large", `more than ${MAX_DOCUMENT_ITEMS.toLocaleString("en")} text items in the document (the limit), by page ${number}`);
    }
    pages.push(page);
  }
  return pages;
}

async function readPage(pdf: PdfDocument, number: number, maxItems: number, budget: DecodeBudget): Promise<Page> {
  let page, viewport, raw;
  try {
    // A wrecked xref or page tree fails here ("Bad (uncompressed) XRef entry", a kid that is not
    // a page), not at load, so it is the file's fault too.
    page = await pdf.getPage(number);
    viewport = page.getViewport({ scale: 1 });
    raw = await readTextContent(page, number, maxItems, budget);
  } catch (error) {
    throw classifyLoadError(error);
  }
  if (raw === null) {
    page.cleanup();
    throw new DocumentError("too-large", budget.exceeded ?? "text item limit");
  }
  const items = toItems(raw, number, viewport.viewBox);
  page.cleanup();
  return {
    number,
    width: viewport.viewBox[2]! - viewport.viewBox[0]!,
    height: viewport.viewBox[3]! - viewport.viewBox[1]!,
    items,
    lines: [],
    charCount: items.reduce((n, item) => n + countChars(item.str), 0),
  };
}

type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

/**
 * The page's text items and marked-content tags, as getTextContent gives them, read from its
 * stream so that reading stops (and pdf.js stops producing) past `maxItems`: null then, with the
 * reason on the budget. (Cancelling the stream instead leaves pdf.js's task unfinished, and
 * `pdf.destroy()` then waits for it forever.)
 */
async function readTextContent(page: PdfPage, number: number, maxItems: number, budget: DecodeBudget): Promise<Array<RawTextItem | RawMarkedContent> | null> {
  const reader = page.streamTextContent({ includeMarkedContent: true }).getReader();
  const items: Array<RawTextItem | RawMarkedContent> = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return items;
    for (const item of (value as { items: Array<RawTextItem | RawMarkedContent> }).items) items.push(item);
    if (items.length > maxItems) {
      // pdf.js stops at its next item (the text-budget-stop patch); what it sends until then is dropped.
      budget.stop(`page ${number} has more than ${maxItems.toLocaleString("en")} text items (the limit per page)`);
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());
      return null;
    }
  }
}

/** Characters that count for conservation: code points other than white space (`\s`). */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character (and never white space); a lone surrogate counts too.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        n++;
        continue;
      }
    }
    if (!isWhiteSpaceCode(c)) n++;
  }
  return n;
}

function toItems(raw: Array<RawTextItem | RawMarkedContent>, page: number, viewBox: number[]): TextItem[] {
  const items: TextItem[] = [];
  // Per open marked-content level: the innermost tag so far and whether an /Artifact is open,
  // so each item reads them in constant time however deep the nesting (a crafted page nests
  // thousands of levels).
  const stack: Array<{ tag: string | null; artifact: boolean }> = [];
  const [vx = 0, vy = 0] = viewBox;
  for (const entry of raw) {
    if ("type" in entry) {
      if (entry.type === "endMarkedContent") stack.pop();
      else {
        const outer = stack.at(-1);
        const tag = entry.tag ?? null;
        stack.push({ tag: tag ?? outer?.tag ?? null, artifact: tag === "Artifact" || (outer?.artifact ?? false) });
      }
      continue;
    }
    if (entry.str === "" && !entry.hasEOL) continue;
    const [a = 1, b = 0, , d = 1, e = 0, f = 0] = entry.transform;
    const size = Math.hypot(b, d) || Math.abs(a) || entry.height;
    const open = stack.at(-1);
    items.push(
      newItem(
        items.length,
        page,
        entry.str,
        round(e - vx),
        round(f - vy),
        round(entry.width),
        round(size),
        entry.fontName,
        open?.artifact ?? false,
        open?.tag ?? null,
        entry.hasEOL,
        entry.dir === "rtl",
        // The text matrix's first column is the baseline's direction: (0, −s) reads down the page.
        Math.abs(b) > Math.abs(a) ? (b < 0 ? "down" : "up") : undefined,
      ),
    );
  }
  return items;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
