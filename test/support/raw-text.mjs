/**
 * Every page's text content as pdf.js gives it (items and marked-content tags, as extract-text
 * asks for them), for comparing two pdf.js set-ups: the pinned pdf.js as shipped (in a child
 * process: stock-text.mjs) against this project's (patched worker side, DirectPort).
 *
 * Example: `await rawText(pdfjs, bytes)` → [[{ str, dir, width, height, transform, fontName, hasEOL }, …], …]
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

export async function rawText(pdfjs, bytes, worker) {
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    cMapUrl: join(root, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(root, "standard_fonts") + "/",
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    stopAtErrors: false,
    ...(worker === undefined ? {} : { worker }),
  });
  const pdf = await task.promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      pages.push(JSON.parse(JSON.stringify(content.items)));
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
