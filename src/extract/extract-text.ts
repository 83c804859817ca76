/**
 * Stage 1, extract: pdf.js text items with geometry, font and marked-content tags.
 * The bytes come in from the caller (no file I/O here); fonts and CMaps from pdfjs-dist.
 */
import { join } from "node:path";
import { sha256Hex } from "./sha256.js";
import { loadPdfJs, PDFJS_ROOT, type PdfJs } from "./load-pdfjs.js";
import { classifyLoadError, checkHeader } from "./classify-error.js";
import { DocumentError } from "../errors/document-error.js";
import { newDocument, type Page, type TextItem, type UnDocument } from "../model/document.js";

const CMAP_URL = join(PDFJS_ROOT, "cmaps") + "/";
const STANDARD_FONT_DATA_URL = join(PDFJS_ROOT, "standard_fonts") + "/";

export interface Options {
  /** Refuse documents with more pages than this. */
  maxPages?: number;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
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
/** How many pages are requested from pdf.js at once. */
const PAGES_IN_FLIGHT = 4;

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
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    data: bytes.slice(),
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
    if (pdf.numPages > maxPages) {
      throw new DocumentError("too-large", `${pdf.numPages} pages, more than the limit of ${maxPages}`);
    }
    const pages = await readPages(pdf, pdf.numPages);
    if (pages.every((page) => page.charCount === 0)) {
      throw new DocumentError("no-text", "no text layer (scanned or image-only PDF)");
    }
    return newDocument(file, sha256, pages);
  } finally {
    await pdf.destroy();
  }
}

/**
 * Pages in a sliding window: pdf.js answers each request through its in-thread message port, so
 * keeping a few requests in flight fills the gaps between them. Results keep page order.
 */
async function readPages(pdf: PdfDocument, count: number): Promise<Page[]> {
  const pages: Page[] = new Array<Page>(count);
  let next = 1;
  const reader = async (): Promise<void> => {
    while (next <= count) {
      const number = next++;
      pages[number - 1] = await readPage(pdf, number);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, count) }, reader));
  return pages;
}

async function readPage(pdf: PdfDocument, number: number): Promise<Page> {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  let content;
  try {
    content = await page.getTextContent({ includeMarkedContent: true });
  } catch (error) {
    throw classifyLoadError(error);
  }
  const items = toItems(content.items as Array<RawTextItem | RawMarkedContent>, number, viewport.viewBox);
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

/** Characters that count for conservation: everything but white space. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!WHITE_SPACE.test(ch)) n++;
  return n;
}

const WHITE_SPACE = /\s/u;

function toItems(raw: Array<RawTextItem | RawMarkedContent>, page: number, viewBox: number[]): TextItem[] {
  const items: TextItem[] = [];
  const stack: Array<string | null> = [];
  const [vx = 0, vy = 0] = viewBox;
  for (const entry of raw) {
    if ("type" in entry) {
      if (entry.type === "endMarkedContent") stack.pop();
      else stack.push(entry.tag ?? null);
      continue;
    }
    if (entry.str === "" && !entry.hasEOL) continue;
    const [a = 1, b = 0, , d = 1, e = 0, f = 0] = entry.transform;
    const size = Math.hypot(b, d) || Math.abs(a) || entry.height;
    const tag = [...stack].reverse().find((t) => t !== null) ?? null;
    items.push({
      index: items.length,
      page,
      str: entry.str,
      x: round(e - vx),
      y: round(f - vy),
      width: round(entry.width),
      size: round(size),
      fontName: entry.fontName,
      artifact: stack.includes("Artifact"),
      tag,
      hasEOL: entry.hasEOL,
      rtl: entry.dir === "rtl",
    });
  }
  return items;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
