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

/** Text of every kind a token can hold: quotes, backslashes, controls, 2- and 3-byte UTF-8, pairs, lone surrogates. */
function randomText(random: () => number): string {
  const pieces = ['"', "\\", "\n", "\u0000", "\u001f", "\u007f", "é", "ß", "—", "大会", "\u2028", "𠀀", "\ud800", "\udfff", "a", "Assembly", " ", ","];
  let text = "";
  for (let n = Math.floor(random() * 5); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

function seeded(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test("ByteSink's JSON strings, ASCII and bytes are the bytes JSON.stringify and Buffer.from give", () => {
  const random = seeded(7);
  const sink = new ByteSink(16);
  const expected: Buffer[] = [];
  for (let i = 0; i < 3000; i++) {
    const text = randomText(random);
    sink.writeJsonString(text);
    expected.push(Buffer.from(JSON.stringify(text)));
    sink.writeAscii(`,"n":${i}`);
    expected.push(Buffer.from(`,"n":${i}`));
    const bytes = Buffer.from(randomText(random));
    sink.writeBytes(bytes);
    expected.push(bytes);
  }
  assert.deepEqual(Buffer.from(sink.bytes()), Buffer.concat(expected));
});

test("tokens written straight into bytes give JSON.stringify's bytes; other objects in token arrays go the general way", async () => {
  const random = seeded(11);
  const doc = await processPdf(writePdf({ pages: [{ texts: [{ x: 72, y: 720, size: 12, font: "Times-Roman", text: "The General Assembly, recalling its resolution." }] }] }), "t.pdf");
  const block = doc.blocks[0]!;
  const tokens: unknown[] = [];
  for (let i = 0; i < 2000; i++) {
    const text = randomText(random);
    const token: Record<string, unknown> = { kind: ["word", "punctuation", "symbol", "whitespace"][i % 4], text, start: i * 3, end: i * 3 + text.length };
    if (i % 3 === 0) token["pos"] = randomText(random);
    tokens.push(token);
  }
  // Not tokens as the model makes them: keys in another order, a missing or extra key, odd values.
  tokens.push({ text: "a", kind: "word", start: 0, end: 1 }, { kind: "word", text: "a", start: 0 }, { kind: "word", text: "a", start: 0, end: 1, pos: "n", extra: 1 });
  tokens.push({ kind: "word", text: "a", start: -0, end: 1.5 }, { kind: "word", text: "a", start: 0, end: 1, pos: undefined }, { kind: 1, text: null, start: "0", end: 1 });
  (block as unknown as { tokens: unknown[] }).tokens = tokens;
  assert.deepEqual(Buffer.from(documentBytes(doc)), Buffer.from(stringifyDocument(doc)));
});
