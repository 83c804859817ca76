import { test } from "node:test";
import assert from "node:assert/strict";

// Captured before anything in this process loads pdf.js (node --test runs each file in its own process).
const natives = {
  push: Array.prototype.push,
  stringify: JSON.stringify,
  parse: JSON.parse,
  toString: Function.prototype.toString,
};

test("loading pdf.js keeps the engine's push, JSON.stringify, JSON.parse and toString (core-js would replace them)", async () => {
  const { loadPdfJs } = await import("../src/extract/load-pdfjs.js");
  const pdfjs = await loadPdfJs();
  assert.equal(typeof pdfjs.getDocument, "function");
  assert.equal(Array.prototype.push, natives.push);
  assert.equal(JSON.stringify, natives.stringify);
  assert.equal(JSON.parse, natives.parse);
  assert.equal(Function.prototype.toString, natives.toString);
});

test("loading pdf.js sets up its worker side in this thread (globalThis.pdfjsWorker), so no later import replaces them again", async () => {
  const { loadPdfJs } = await import("../src/extract/load-pdfjs.js");
  await loadPdfJs();
  const worker = (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker;
  assert.equal(typeof worker?.WorkerMessageHandler, "function");
  const { processPdf } = await import("../src/index.js");
  const { writePdf } = await import("./support/pdf-writer.js");
  const doc = await processPdf(writePdf({ pages: [{ texts: [{ x: 72, y: 720, size: 11, font: "Times-Roman", text: "The General Assembly met." }] }] }), "a.pdf");
  assert.equal(doc.pageCount, 1);
  assert.equal(JSON.stringify, natives.stringify);
  assert.equal(Array.prototype.push, natives.push);
});
