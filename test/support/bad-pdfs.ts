/**
 * The bad inputs the tests make for themselves, each with the error code and the reason words
 * users must see: an empty file, a text file named .pdf, a PDF cut in half, corrupt PDFs, a
 * damaged page tree, an encrypted PDF, a scan without a text layer, and a document over the page limit.
 * Example: badInputs().find((c) => c.file === "encrypted.pdf") → code "encrypted".
 */
import type { DocumentErrorCode } from "../../src/errors/document-error.js";
import { garblePdf, truncatePdf, writePdf, type PageSpec } from "./pdf-writer.js";

/** The page limit the tests run with (the "huge" case has more pages). */
export const TEST_MAX_PAGES = 3;
export const USER_PASSWORD = "secret";

export interface BadInput {
  file: string;
  bytes: Uint8Array;
  code: DocumentErrorCode;
  /** Words the one-line reason must contain. */
  reason: RegExp;
}

/** A plain English document of `count` pages, one paragraph a page. */
export function latinPdf(count: number, label = "Report"): Uint8Array {
  const pages: PageSpec[] = [];
  for (let n = 1; n <= count; n++) {
    pages.push({
      texts: [
        { x: 72, y: 720, size: 12, font: "Times-Bold", text: `${label}, page ${n}` },
        { x: 72, y: 690, size: 12, font: "Times-Roman", text: `1. The General Assembly takes note of page ${n} of this report.` },
      ],
    });
  }
  return writePdf({ pages, title: label });
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

/** Objects and cross-reference table overwritten; header, trailer and %%EOF intact. */
function corruptObjects(): Uint8Array {
  const bytes = latinPdf(2, "Corrupt");
  const text = new TextDecoder("latin1").decode(bytes);
  const trailer = text.lastIndexOf("trailer");
  const headerEnd = text.indexOf("1 0 obj");
  return garblePdf(bytes, headerEnd, trailer - headerEnd);
}

/**
 * One edit to the page tree, same length so every xref offset stays right: damage the fuzz
 * campaign (test/fuzz-batch.test.ts) found failing as "internal error" instead of "corrupt".
 */
function editPageTree(find: RegExp, replace: (match: string) => string): Uint8Array {
  const text = new TextDecoder("latin1").decode(latinPdf(1, "Damaged"));
  const edited = text.replace(find, (match) => {
    const out = replace(match);
    if (out.length !== match.length) throw new Error(`editPageTree: ${match} → ${out} changes the length`);
    return out;
  });
  if (edited === text) throw new Error(`editPageTree: ${find} not found`);
  return latin1(edited);
}

export function badInputs(): BadInput[] {
  const encrypted = writePdf({
    pages: [{ texts: [{ x: 72, y: 720, size: 12, font: "Helvetica", text: "Confidential" }] }],
    encrypt: { userPassword: USER_PASSWORD },
  });
  return [
    { file: "empty.pdf", bytes: new Uint8Array(0), code: "empty", reason: /empty file/ },
    { file: "not-a-pdf.pdf", bytes: latin1("Minutes of the meeting, plain text saved as .pdf\n"), code: "not-pdf", reason: /not a PDF/ },
    { file: "truncated.pdf", bytes: truncatePdf(latinPdf(3, "Truncated"), 0.5), code: "truncated", reason: /truncated/ },
    { file: "corrupt-objects.pdf", bytes: corruptObjects(), code: "corrupt", reason: /corrupt/ },
    {
      file: "corrupt-junk.pdf",
      bytes: latin1("%PDF-1.7\n" + "not a PDF body, only junk after the header\n".repeat(30) + "%%EOF\n"),
      code: "corrupt",
      reason: /corrupt/,
    },
    {
      // pdf.js reports the page count as written: -1 pages.
      file: "negative-page-count.pdf",
      bytes: editPageTree(/\/Kids \[(\d+) 0 R\] \/Count 1/, (m) => m.replace("] /Count 1", "]/Count -1")),
      code: "corrupt",
      reason: /corrupt PDF \(page tree gives -1 pages\)/,
    },
    {
      // The page tree's kid is the page's content stream, not a page: pdf.js fails in getPage.
      file: "kid-not-a-page.pdf",
      bytes: editPageTree(/\/Kids \[13 0 R\]/, () => "/Kids [12 0 R]"),
      code: "corrupt",
      reason: /PDF \(pdf\.js.*kid reference/,
    },
    { file: "encrypted.pdf", bytes: encrypted, code: "encrypted", reason: /encrypted.*password/ },
    { file: "image-only.pdf", bytes: writePdf({ pages: [{ image: true }, { image: true }] }), code: "no-text", reason: /no text layer/ },
    { file: "huge.pdf", bytes: latinPdf(TEST_MAX_PAGES + 2, "Huge"), code: "too-large", reason: new RegExp(`${TEST_MAX_PAGES + 2} pages.*limit of ${TEST_MAX_PAGES}`) },
  ];
}
