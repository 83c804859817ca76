/**
 * Crafted PDFs that attack the pipeline rather than merely being broken: each is small on disk
 * and aims at one resource (time through backtracking or superlinear passes, memory outside the
 * heap through decompression, work through item, page or nesting counts), with what must happen
 * to it: read as a document, or refused with a reason. The tests run them alone and in one
 * batch next to good files (test/hostile-input.test.ts); scripts/bench-hostile.ts measures them.
 * Example: hostileInputs().find((h) => h.file === "inflate-bomb.pdf") → refused, /limit per stream/.
 */
import { deflateRawSync, deflateSync, constants } from "node:zlib";
import type { DocumentErrorCode } from "../../src/errors/document-error.js";
import { garblePdf, writePdf, type PageSpec, type TextSpec } from "./pdf-writer.js";

export interface HostileInput {
  file: string;
  /** What it attacks, in words. */
  attack: string;
  bytes: Uint8Array;
  /** Read as a document, or refused with this code and reason words. */
  expect: { read: true } | { read: false; code: DocumentErrorCode; reason: RegExp };
}

const MB = 1024 * 1024;

const body = (y: number, text: string): TextSpec => ({ x: 72, y, size: 11, font: "Times-Roman", text });

/** A normal first page with the given masthead line and two numbered paragraphs. */
export function withMasthead(masthead: string): PageSpec {
  return {
    texts: [
      { x: 400, y: 740, size: 14, font: "Helvetica", text: masthead },
      { x: 72, y: 700, size: 12, font: "Times-Bold", text: "Report of the Secretary-General" },
      body(670, "1. The General Assembly takes note of this report."),
      body(650, "2. It decides to remain seized of the matter."),
    ],
  };
}

/**
 * A zlib stream of `bytes` zero bytes, made without ever holding them: one deflated megabyte
 * ending on a full flush (byte-aligned, no back-reference out of it) repeated, then the final
 * block and the Adler-32 of the whole (for zeros: a = 1, b = length mod 65521). Valid for zlib.
 */
export function zeroBomb(bytes: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const count = Math.ceil(bytes / MB);
  const total = count * MB;
  const adler = ((total % 65521) * 65536 + 1) >>> 0;
  const out = Buffer.alloc(2 + chunk.length * count + 2 + 4);
  out[0] = 0x78;
  out[1] = 0xda;
  for (let i = 0; i < count; i++) chunk.copy(out, 2 + i * chunk.length);
  const end = 2 + chunk.length * count;
  out[end] = 0x03; // final, fixed-Huffman block holding only end-of-block
  out[end + 1] = 0x00;
  out.writeUInt32BE(adler, end + 2);
  return new Uint8Array(out);
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

/**
 * `count` one-letter text items on a grid, 1-point type with gaps of several ems between them
 * and every other item a little raised, so that pdf.js keeps each one an item of its own.
 */
function denseContent(count: number, columns: number): Uint8Array {
  const ops: string[] = ["BT /F0 1 Tf"];
  const rows = Math.ceil(count / columns);
  for (let i = 0; i < count; i++) {
    const x = 20 + (i % columns) * (570 / columns);
    const y = 770 - Math.floor(i / columns) * (750 / rows) + (i % 2) * 0.3;
    ops.push(`1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm (${String.fromCharCode(97 + (i % 26))}) Tj`);
  }
  ops.push("ET");
  return new Uint8Array(deflateSync(latin1(ops.join("\n"))));
}

/** Text nested `depth` marked-content levels deep, one item at every level. */
function nestedContent(depth: number): Uint8Array {
  const ops: string[] = [];
  for (let i = 0; i < depth; i++) ops.push(`/Span BMC BT /F0 9 Tf 1 0 0 1 72 ${(700 - (i % 600)).toFixed(0)} Tm (w${i % 10}) Tj ET`);
  for (let i = 0; i < depth; i++) ops.push("EMC");
  return new Uint8Array(deflateSync(latin1(ops.join("\n"))));
}

/** `count` full lines of `length` Han characters in 10-point type, no punctuation: one run. */
function hanLines(count: number, length: number, page: number): TextSpec[] {
  const words = "会员国可持续发展目标国际合作联合国大会";
  return Array.from({ length: count }, (_, i) => ({
    x: 56,
    y: 760 - i * 12,
    size: 10,
    font: "STSong-Light" as const,
    text: Array.from({ length }, (_, k) => words[(page * count * length + i * length + k) % words.length]!).join(""),
  }));
}

function pages(count: number, text = (n: number) => `Page ${n}`): PageSpec[] {
  return Array.from({ length: count }, (_, i) => ({ texts: [body(700, text(i + 1))] }));
}

/** Every cross-reference offset wrong (the table garbled), the objects themselves intact. */
function brokenXref(): Uint8Array {
  const bytes = writePdf({ pages: [withMasthead("A/80/1")] });
  const text = new TextDecoder("latin1").decode(bytes);
  const xref = text.lastIndexOf("xref");
  return garblePdf(bytes, xref, text.lastIndexOf("trailer") - xref);
}

export function hostileInputs(): HostileInput[] {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN";
  return [
    {
      file: "backtracking-masthead.pdf",
      attack: "a masthead line `A/` + 40 letters + `!` (the symbol pattern backtracked exponentially on it)",
      bytes: writePdf({ pages: [withMasthead(`A/${letters}!`), withMasthead(`A/${letters}!`)] }),
      expect: { read: true },
    },
    {
      file: "long-line.pdf",
      attack: "one line of 5,000 spaces and slashes (polynomial patterns over a long line)",
      bytes: writePdf({ pages: [withMasthead("A/80/1"), { texts: [{ x: 10, y: 400, size: 0.5, font: "Helvetica", text: "A" + " / ".repeat(1700) + "x" }] }] }),
      expect: { read: false, code: "too-large", reason: /line of [\d,]+ characters, more than the limit/ },
    },
    {
      file: "inflate-bomb.pdf",
      attack: "one FlateDecode content stream of 1.5 MB that inflates to 1.5 GB",
      bytes: writePdf({ pages: [{ ...withMasthead("A/80/2"), raw: { data: zeroBomb(1536 * MB), filter: "FlateDecode" } }] }),
      expect: { read: false, code: "too-large", reason: /decodes to more than \d+ MB \(the limit per stream\)/ },
    },
    {
      file: "inflate-many.pdf",
      attack: "12 content streams of 30 KB that inflate to 30 MB each (360 MB in all)",
      bytes: writePdf({ pages: Array.from({ length: 12 }, () => ({ ...withMasthead("A/80/3"), raw: { data: zeroBomb(30 * MB), filter: "FlateDecode" as const } })) }),
      expect: { read: false, code: "too-large", reason: /more than \d+ MB in all \(the limit per document\)/ },
    },
    {
      file: "dense-page.pdf",
      attack: "a page of 100,000 text items",
      bytes: writePdf({ pages: [{ ...withMasthead("A/80/4"), raw: { data: denseContent(100_000, 250), filter: "FlateDecode" } }] }),
      expect: { read: false, code: "too-large", reason: /page 1 has more than [\d,]+ text items \(the limit per page\)/ },
    },
    {
      file: "dense-page-under-limit.pdf",
      attack: "a page of 20,000 text items, under the limit (the passes over items must stay near-linear)",
      bytes: writePdf({ pages: [{ ...withMasthead("A/80/5"), raw: { data: denseContent(20_000, 100), filter: "FlateDecode" } }] }),
      expect: { read: true },
    },
    {
      file: "deep-nesting.pdf",
      attack: "text 6,000 marked-content levels deep (the tag stack was copied per item)",
      bytes: writePdf({ pages: [{ ...withMasthead("A/80/6"), raw: { data: nestedContent(6000), filter: "FlateDecode" } }] }),
      expect: { read: true },
    },
    {
      file: "han-flood.pdf",
      attack: "180,000 Han characters with no punctuation, one paragraph over 60 pages (segmented by the run's one jieba, which all workers share)",
      bytes: writePdf({ pages: Array.from({ length: 60 }, (_, p) => ({ texts: hanLines(58, 50, p) })) }),
      expect: { read: true },
    },
    {
      file: "many-pages.pdf",
      attack: "5,000 pages, over the page limit",
      bytes: writePdf({ pages: pages(5000) }),
      expect: { read: false, code: "too-large", reason: /5000 pages, more than the limit of \d+/ },
    },
    {
      file: "broken-xref.pdf",
      attack: "a garbled cross-reference table (pdf.js rebuilds it from the objects)",
      bytes: brokenXref(),
      expect: { read: true },
    },
    {
      file: "absurd-geometry.pdf",
      attack: "text at sizes and positions far outside the page (1e-4 pt, 1e9 pt, negative)",
      bytes: writePdf({
        pages: [
          {
            ...withMasthead("A/80/7"),
            texts: [...withMasthead("A/80/7").texts!, { x: -1e6, y: 1e9, size: 1e-4, font: "Helvetica", text: "tiny" }, { x: 1e9, y: -1e6, size: 1e6, font: "Helvetica", text: "huge" }],
          },
        ],
      }),
      expect: { read: true },
    },
  ];
}
