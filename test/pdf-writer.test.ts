/** The test PDF writer makes what the other tests assume: page sizes, raised superscripts, artifacts, images. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../src/extract/extract-text.js";
import { A4, writePdf } from "./support/pdf-writer.js";

test("writes an A4 page whose superscript callout is smaller and raised, and whose footer is an /Artifact", async () => {
  const bytes = writePdf({
    pages: [
      {
        size: A4,
        texts: [
          { x: 72, y: 700, size: 12, font: "STSong-Light", text: [{ text: "公约》" }, { text: "1", font: "Times-Roman", size: 7, rise: 5 }, { text: "的" }] },
          { x: 72, y: 40, size: 9, font: "Times-Roman", text: "2/2", artifact: true },
        ],
      },
    ],
  });
  const doc = await extractText(bytes, "a4.pdf");
  const page = doc.pages[0]!;
  assert.deepEqual([page.width, page.height], [...A4]);
  const items = page.items.filter((i) => i.str !== "");
  assert.deepEqual(items.map((i) => i.str), ["公约》", "1", "的", "2/2"]);
  const [body, callout, after, footer] = items;
  assert.ok(callout!.size < body!.size && callout!.y > body!.y, "callout is smaller and higher");
  assert.equal(after!.x, callout!.x + callout!.width, "the next run follows the callout on the line");
  assert.deepEqual([body!.artifact, footer!.artifact], [false, true]);
});

test("writes the same bytes for the same spec (no dates, fixed file id)", () => {
  const spec = { pages: [{ texts: [{ x: 72, y: 700, size: 12, font: "Helvetica" as const, text: "Same" }] }], encrypt: { userPassword: "x" } };
  assert.deepEqual(writePdf(spec), writePdf(spec));
});

test("an image-only page has an image and no text for pdf.js", async () => {
  const bytes = writePdf({ pages: [{ image: true }, { texts: [{ x: 72, y: 700, size: 12, font: "Times-Roman", text: "Text" }] }] });
  const doc = await extractText(bytes, "mixed.pdf");
  assert.deepEqual(
    doc.pages.map((p) => p.charCount),
    [0, 4],
  );
});
