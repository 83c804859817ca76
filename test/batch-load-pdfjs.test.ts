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

test("the pinned pdf.js gets its worker-side source patches (a pdf.js upgrade that no longer matches one fails here, not silently slower)", async () => {
  const { loadPdfJs, pdfJsPatches } = await import("../src/extract/load-pdfjs.js");
  const { WORKER_PATCHES } = await import("../src/extract/pdfjs-patches.js");
  await loadPdfJs();
  assert.deepEqual([...pdfJsPatches()], WORKER_PATCHES.map((patch) => patch.name));
});

test("a source patch applies only when every patch matches exactly once; otherwise the source is left as shipped", async () => {
  const { applyPatches } = await import("../src/extract/pdfjs-patches.js");
  const patches = [
    { name: "a", why: "", find: "alpha", replace: "ALPHA" },
    { name: "b", why: "", find: "beta", replace: "BETA" },
  ];
  assert.deepEqual(applyPatches("alpha beta", patches), { source: "ALPHA BETA", applied: ["a", "b"] });
  assert.deepEqual(applyPatches("alpha gamma", patches), { source: "alpha gamma", applied: [] });
  assert.deepEqual(applyPatches("alpha beta beta", patches), { source: "alpha beta beta", applied: [] });
});

test("text inside nested q/Q state changes comes out with the right positions and fonts through the patched pdf.js", async () => {
  const { processPdf } = await import("../src/index.js");
  const { writePdf } = await import("./support/pdf-writer.js");
  const texts = [
    { x: 72, y: 720, size: 11, font: "Times-Roman" as const, text: "The General Assembly,", nested: 3 },
    { x: 72, y: 700, size: 9, font: "Helvetica" as const, text: "Recalling its resolution 67/1,", nested: 1 },
    { x: 72, y: 680, size: 14, font: "Times-Bold" as const, text: "Decides to continue.", nested: 2 },
  ];
  const doc = await processPdf(writePdf({ pages: [{ texts }] }), "nested.pdf");
  const items = doc.pages[0]!.items.filter((item) => item.str !== "");
  assert.deepEqual(items.map((item) => item.str), texts.map((t) => t.text));
  assert.deepEqual(items.map((item) => [Math.round(item.x), Math.round(item.size)]), texts.map((t) => [t.x, t.size]));
  assert.equal(new Set(items.map((item) => item.fontName)).size, 3);
});
