/**
 * Draws PDF pages as images with pdf.js, on @napi-rs/canvas (pdfjs-dist's optional dependency for
 * Node), for the inspector. The same hardening as extraction: no eval, no system fonts, glyphs
 * drawn as paths (no font-face loading). WebP keeps a page at 1.5× (108 dpi) near 75 KB.
 */
import { join } from "node:path";
import { loadPdfJs, PDFJS_ROOT } from "../../src/extract/load-pdfjs.js";

export interface PageImage {
  page: number;
  /** `data:image/webp;base64,…` */
  src: string;
  width: number;
  height: number;
}

/** Pixels per PDF point: 1.5 × 72 = 108 dpi, enough to read 10-point Chinese. */
const RENDER_SCALE = 1.5;
const WEBP_QUALITY = 80;

/** The canvas pdf.js makes in Node (an @napi-rs/canvas Canvas). */
interface NodeCanvas {
  toBuffer(mime: "image/webp", quality: number): Buffer;
}
interface CanvasFactory {
  create(width: number, height: number): { canvas: NodeCanvas; context: unknown };
}

/** Renders the pages in `pages` (1-based; all when null) in order. */
export async function renderPages(bytes: Uint8Array, pages: ReadonlySet<number> | null): Promise<PageImage[]> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    cMapUrl: join(PDFJS_ROOT, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_ROOT, "standard_fonts") + "/",
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const factory = pdf.canvasFactory as CanvasFactory;
    const images: PageImage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      if (pages !== null && !pages.has(number)) continue;
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: RENDER_SCALE });
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      let made;
      try {
        made = factory.create(width, height);
      } catch (error) {
        throw new Error(`cannot draw pages: @napi-rs/canvas (an optional dependency of pdfjs-dist) is not usable here (${error instanceof Error ? error.message : String(error)})`);
      }
      await page.render({ canvasContext: made.context as never, canvas: made.canvas as never, viewport }).promise;
      images.push({ page: number, src: `data:image/webp;base64,${made.canvas.toBuffer("image/webp", WEBP_QUALITY).toString("base64")}`, width, height });
      page.cleanup();
    }
    return images;
  } finally {
    await task.destroy();
  }
}
