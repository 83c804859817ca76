/** Bad input gets a stable error code and a one-line reason, never a crash or a half-read document. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { processPdf, DocumentError } from "../src/index.js";
import { classifyLoadError, hasEofMarker } from "../src/extract/classify-error.js";
import { badInputs, latinPdf, TEST_MAX_PAGES, USER_PASSWORD } from "./support/bad-pdfs.js";
import { truncatePdf } from "./support/pdf-writer.js";

const OPTIONS = { maxPages: TEST_MAX_PAGES, tokenize: false };

for (const bad of badInputs()) {
  test(`rejects ${bad.file} with code "${bad.code}" and a one-line reason`, async () => {
    const error = await processPdf(bad.bytes, bad.file, OPTIONS).then(
      () => assert.fail(`${bad.file} was processed, expected "${bad.code}"`),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DocumentError, `not a DocumentError: ${String(error)}`);
    assert.equal(error.code, bad.code, error.message);
    assert.match(error.message, bad.reason);
    assert.doesNotMatch(error.message, /[\r\n]/, "the reason must fit on one line");
  });
}

test("reads a good PDF with the same options, so the cases above fail for their own reason", async () => {
  const doc = await processPdf(latinPdf(TEST_MAX_PAGES), "good.pdf", OPTIONS);
  assert.equal(doc.pageCount, TEST_MAX_PAGES);
  assert.match(doc.pages.map((p) => p.items.map((i) => i.str).join(" ")).join(" "), /takes note of page 3/);
});

test("reads a PDF that lost only its last bytes (pdf.js rebuilds the cross-reference table)", async () => {
  const bytes = truncatePdf(latinPdf(2), 0.99);
  assert.equal(hasEofMarker(bytes), false);
  const doc = await processPdf(bytes, "cut-short.pdf", OPTIONS);
  assert.equal(doc.pageCount, 2);
});

test("the encrypted case is real encryption: pdf.js reads it with the user password", async () => {
  const encrypted = badInputs().find((b) => b.code === "encrypted")!;
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: encrypted.bytes.slice(), password: USER_PASSWORD, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join("");
    assert.equal(text, "Confidential");
  } finally {
    await pdf.destroy();
  }
});

test("tells truncated from corrupt by the missing %%EOF when pdf.js only says 'Invalid PDF structure'", () => {
  const invalid = Object.assign(new Error("Invalid PDF structure."), { name: "InvalidPDFException" });
  const whole = latinPdf(1);
  assert.equal(classifyLoadError(invalid, whole).code, "corrupt");
  assert.equal(classifyLoadError(invalid, truncatePdf(whole, 0.5)).code, "truncated");
  const password = Object.assign(new Error("No password given"), { name: "PasswordException" });
  assert.equal(classifyLoadError(password, whole).code, "encrypted");
});

test("refuses a file over the byte limit with its size in the reason, and reads it under the limit", async () => {
  const bytes = latinPdf(1);
  const error = await processPdf(bytes, "big.pdf", { ...OPTIONS, maxBytes: bytes.length - 1 }).then(
    () => assert.fail("a file over the byte limit was processed"),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DocumentError);
  assert.equal(error.code, "too-large");
  assert.match(error.message, /file too large \([\d.]+ MB, more than the limit of [\d.]+ MB\)/);
  const doc = await processPdf(bytes, "big.pdf", { ...OPTIONS, maxBytes: bytes.length });
  assert.equal(doc.pageCount, 1);
});
