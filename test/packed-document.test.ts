/**
 * packed-document.ts: an extracted document moves from the thread that ran pdf.js to the thread
 * that runs the stages as flat arrays and one string. What arrives must be the document that
 * left, field for field, or the stages see other input on two threads than on one.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { packDocument, packedBuffers, unpackDocument } from "../src/extract/packed-document.js";
import { newItem } from "../src/extract/text-item.js";
import { extractText } from "../src/extract/extract-text.js";
import { newDocument, type Page, type UnDocument } from "../src/model/document.js";
import { writePdf } from "./support/pdf-writer.js";

const SHARED_RAW = resolve(import.meta.dirname, "..", "..", "shared", "corpus", "raw");

/** The document as it arrives on another thread: structured-cloned, its buffers transferred. */
function moved(doc: UnDocument): UnDocument {
  const packed = packDocument(doc);
  const arrays = Object.values(packed).filter((value) => ArrayBuffer.isView(value));
  assert.equal(arrays.length, 6);
  const arrived = structuredClone(packed, { transfer: packedBuffers(packed) });
  assert.ok(
    arrays.every((array) => array.byteLength === 0),
    "every array's buffer is transferred (detached here), none copied",
  );
  return unpackDocument(arrived);
}

/** Field order too: the stages make objects from items (spreads), and JSON would show it. */
function assertSameDocument(actual: UnDocument, expected: UnDocument): void {
  assert.deepStrictEqual(actual, expected);
  actual.pages.forEach((page, p) =>
    page.items.forEach((item, i) => assert.deepEqual(Object.keys(item), Object.keys(expected.pages[p]!.items[i]!), `page ${page.number} item ${i}`)),
  );
}

test("every kind of item comes back as it was: flags, tags, turned or not, odd numbers and text", () => {
  const texts = ["", " ", "General Assembly", "大会，", "𠀀 outside the BMP", "\u0000\u001f control", "مرحبا", "ab\ud800"];
  const tags = [null, "P", "Artifact", "H1", null];
  const numbers = [0, -0, 0.1 + 0.2, -72.5, 1e-9, 841.89, 12345678.12345678];
  const pages: Page[] = [1, 2, 7].map((number, p) => {
    const items = Array.from({ length: 40 + p }, (_, i) =>
      newItem(
        i,
        number,
        texts[(i + p) % texts.length]!,
        numbers[i % numbers.length]!,
        numbers[(i + 3) % numbers.length]!,
        numbers[(i + 5) % numbers.length]!,
        numbers[(i + 1) % numbers.length]!,
        `g_d0_f${(i * 7 + p) % 5}`,
        i % 3 === 0,
        tags[i % tags.length]!,
        i % 2 === 0,
        i % 11 === 0,
        i % 4 === 1 ? "down" : i % 4 === 2 ? "up" : undefined,
      ),
    );
    return { number, width: 595.28 + p, height: 841.89, items, lines: [], charCount: 1000 + p };
  });
  const doc = newDocument("sample.pdf", "ab".repeat(32), pages);
  const back = moved(doc);
  assertSameDocument(back, doc);
  assert.equal(Object.is(back.pages[0]!.items[1]!.x, -0), true, "−0 stays −0");
  assert.equal(back.pages[0]!.items.filter((item) => "turned" in item).length, 20, "`turned` is absent where it was absent");
});

test("a document with no items on some pages, and with none at all, comes back", () => {
  const empty = newDocument("empty.pdf", "00".repeat(32), [{ number: 1, width: 612, height: 792, items: [], lines: [], charCount: 0 }]);
  assertSameDocument(moved(empty), empty);
  assertSameDocument(moved(newDocument("none.pdf", "11".repeat(32), [])), newDocument("none.pdf", "11".repeat(32), []));
});

test("real extractions come back item for item (a generated PDF, and UN PDFs from ../shared when present)", async (t) => {
  const generated = writePdf({
    pages: [
      {
        texts: [
          { x: 72, y: 720, size: 12, font: "Times-Roman", text: "The General Assembly," },
          { x: 72, y: 700, size: 12, font: "STSong-Light", text: "大会，" },
          { x: 72, y: 60, size: 9, font: "Helvetica", text: "13-43968 (C)", artifact: true },
        ],
      },
      { texts: [{ x: 72, y: 720, size: 11, font: "Times-Bold", text: "2/5" }] },
    ],
  });
  const inputs: Array<[string, Uint8Array]> = [["generated.pdf", generated]];
  if (existsSync(SHARED_RAW)) {
    // Every language of the raw corpus, two files each (the first in name order).
    for (const lang of readdirSync(SHARED_RAW).filter((d) => /^[a-z]{2}$/.test(d)).sort()) {
      for (const name of readdirSync(join(SHARED_RAW, lang)).filter((f) => f.endsWith(".pdf")).sort().slice(0, 2)) {
        inputs.push([`${lang}/${name}`, new Uint8Array(readFileSync(join(SHARED_RAW, lang, name)))]);
      }
    }
  } else {
    t.diagnostic("../shared is absent: the generated PDF only");
  }
  for (const [name, bytes] of inputs) {
    const doc = await extractText(bytes, name);
    assert.ok(doc.pages.some((page) => page.items.length > 0), `${name} has text`);
    assertSameDocument(moved(doc), doc);
  }
});
