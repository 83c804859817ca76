/**
 * The speed-ups around pdf.js change nothing it reads: the worker-side source patches
 * (pdfjs-patches.ts: chunking, known fonts, hex strings, operator arguments …) and the
 * message port that does not copy text chunks (direct-port.ts) give, item for item, the text
 * content the pinned pdf.js gives as shipped. The shipped one runs in a child process, so none
 * of this process's patches reach it. Fixtures are made here (many font changes, hex strings,
 * pages past the 1,000-item chunk, CJK); real UN PDFs from ../shared are added when present.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writePdf, type FontName, type TextSpec } from "./support/pdf-writer.js";

const ROOT = resolve(import.meta.dirname, "..");
const SHARED = resolve(ROOT, "..", "shared", "corpus");
const REAL = ["raw/en/test.pdf", "raw/ru/ohchr_1_ru.pdf", "raw/en/A_81_6 (SECT. 29D).pdf", "raw/fr/plan_2_fr.pdf", "reconstructed/zh/N1343968.pdf", "resolutions/en/A_RES_79_5.pdf"];

/** A page of `lines` lines, each of several runs that change font and size (a Tf per run). */
function fontChangingPage(lines: number, seed: number): { texts: TextSpec[] } {
  const fonts: FontName[] = ["Times-Roman", "Times-Bold", "Helvetica"];
  const texts: TextSpec[] = [];
  for (let i = 0; i < lines; i++) {
    const y = 800 - (i % 90) * 8.5;
    const runs = Array.from({ length: 4 }, (_, r) => ({ text: `w${seed}.${i}.${r} `, font: fonts[(i + r) % 3]!, size: r === 2 ? 6 : 8, ...(r === 2 ? { rise: 3 } : {}) }));
    texts.push({ x: 40 + Math.floor(i / 90) * 140, y, size: 8, font: "Times-Roman", text: runs, ...(i % 7 === 0 ? { nested: 2 } : {}), ...(i % 11 === 0 ? { artifact: true } : {}) });
  }
  return { texts };
}

function fixtures(): Array<{ name: string; bytes: Uint8Array }> {
  return [
    { name: "fonts.pdf", bytes: writePdf({ pages: [fontChangingPage(360, 1), fontChangingPage(40, 2)] }) },
    {
      name: "cjk.pdf",
      bytes: writePdf({
        pages: [{ texts: Array.from({ length: 60 }, (_, i) => ({ x: 60, y: 780 - i * 12, size: 10, font: (i % 2 === 0 ? "STSong-Light" : "SimHei") as FontName, text: `大会第${i}段，回顾其决议。` })) }],
      }),
    },
  ];
}

test("text content through the patched pdf.js and its direct port equals the shipped pdf.js's, item for item", async () => {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-patched-"));
  try {
    const files: Array<{ name: string; path: string }> = fixtures().map(({ name, bytes }) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return { name, path };
    });
    const real = REAL.map((rel) => ({ name: rel, path: join(SHARED, rel) })).filter((f) => existsSync(f.path));
    if (real.length === 0) console.log("# ../shared is absent: fixtures only");
    files.push(...real);
    const stock = JSON.parse(
      execFileSync(process.execPath, [join(ROOT, "test", "support", "stock-text.mjs"), ...files.map((f) => f.path)], { cwd: ROOT, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }),
    ) as unknown[][][];

    const { loadPdfJs, pdfJsPatches } = await import("../src/extract/load-pdfjs.js");
    const { openDirectWorker } = await import("../src/extract/direct-port.js");
    // @ts-expect-error -- a plain .mjs support module, shared with the child process
    const { rawText } = (await import("./support/raw-text.mjs")) as { rawText: (pdfjs: unknown, bytes: Uint8Array, worker?: unknown) => Promise<unknown[][]> };
    const pdfjs = await loadPdfJs();
    assert.ok(pdfJsPatches().includes("text-chunk-size"), "the patches are in effect in this process");
    let items = 0;
    for (const [i, file] of files.entries()) {
      const direct = openDirectWorker(pdfjs);
      assert.ok(direct !== null);
      try {
        const ours = await rawText(pdfjs, new Uint8Array(readFileSync(file.path)), direct.worker);
        assert.deepEqual(ours, stock[i], file.name);
        items += ours.reduce((n, page) => n + page.length, 0);
      } finally {
        direct.close();
      }
    }
    // The fixtures alone reach past one 1,000-item chunk on a page and change font on every run.
    assert.ok((stock[0]![0] as unknown[]).length > 1000, `first fixture page has ${(stock[0]![0] as unknown[]).length} items`);
    assert.ok(items > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the direct port copies every message but text chunks, and hands a chunk's items over as they were sent", async () => {
  const { DirectPort } = await import("../src/extract/direct-port.js");
  const port = new DirectPort();
  const seen: unknown[] = [];
  port.addEventListener("message", (event: { data: unknown }) => seen.push(event.data));
  const chunk = { items: [{ str: "a" }], styles: { f1: { fontFamily: "serif" } } };
  port.postMessage({ stream: 4, streamId: 1, chunk });
  // What getTextContent does right after sending: new arrays on the same chunk object.
  chunk.items = [];
  chunk.styles = {} as typeof chunk.styles;
  const nested = { action: "GetPage", data: { view: [0, 0, 595, 842] } };
  port.postMessage(nested);
  nested.data.view[2] = 1;
  const flat = { stream: 6, streamId: 1, desiredSize: 100 };
  port.postMessage(flat);
  flat.desiredSize = 0;
  await new Promise((done) => setImmediate(done));
  assert.deepEqual(seen, [
    { stream: 4, streamId: 1, chunk: { items: [{ str: "a" }], styles: { f1: { fontFamily: "serif" } } } },
    { action: "GetPage", data: { view: [0, 0, 595, 842] } },
    { stream: 6, streamId: 1, desiredSize: 100 },
  ]);
});

test("a listener added with a signal stops hearing the port when the signal aborts, as pdf.js's MessageHandler expects", async () => {
  const { DirectPort } = await import("../src/extract/direct-port.js");
  const port = new DirectPort();
  const controller = new AbortController();
  let heard = 0;
  port.addEventListener("message", () => heard++, { signal: controller.signal });
  port.postMessage({ n: 1 });
  await new Promise((done) => setImmediate(done));
  controller.abort();
  port.postMessage({ n: 2 });
  await new Promise((done) => setImmediate(done));
  assert.equal(heard, 1);
});
