/**
 * The byte writers behind the per-document JSON and the corpus chunks give exactly the UTF-8
 * of the text they stand for: ByteSink over pieces of every width (ASCII, Latin-1, CJK, astral,
 * lone surrogates) and across its growth, and a document's JSON bytes against its JSON text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ByteSink } from "../src/output/byte-sink.js";
import { documentBytes, stringifyDocument } from "../src/output/to-json.js";
import { processPdf } from "../src/index.js";
import { writePdf } from "./support/pdf-writer.js";

const PIECES = ["a", "résolution", "大会，", "😀", "\ud800", "\udfff", "\"quoted\"\r\n", "", "Ж".repeat(5000), "x".repeat(70_000)];

test("ByteSink gives the UTF-8 of each piece written, in order, however it grows", () => {
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (const initial of [1, 16, 64 * 1024]) {
    const sink = new ByteSink(initial);
    const written: string[] = [];
    for (let i = 0; i < 400; i++) {
      const piece = PIECES[Math.floor(random() * PIECES.length)]!;
      sink.write(piece);
      written.push(piece);
    }
    // Each piece by itself: a lone surrogate is U+FFFD even when the next piece would pair it.
    assert.deepEqual(Buffer.from(sink.bytes()), Buffer.concat(written.map((piece) => Buffer.from(piece, "utf8"))));
  }
});

test("a document's JSON bytes are the UTF-8 of its JSON text", async () => {
  const doc = await processPdf(
    writePdf({
      pages: [
        {
          texts: [
            { x: 72, y: 720, size: 11, font: "Times-Roman", text: "The General Assembly, “recalling” its résolution 67/1," },
            { x: 72, y: 700, size: 11, font: "STSong-Light", text: "大会，回顾其决议。" },
          ],
        },
      ],
    }),
    "bytes.pdf",
  );
  const text = stringifyDocument(doc);
  assert.ok(text.includes("大会"));
  assert.deepEqual(Buffer.from(documentBytes(doc)), Buffer.from(text, "utf8"));
});
