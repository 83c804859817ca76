/**
 * End to end over every PDF in the shared corpus (70 real UN PDFs, 4 reconstructed Chinese):
 * each runs through the whole pipeline without error, yields body text, and loses or
 * duplicates no character on its way from pdf.js to body, footnotes and furniture.
 * Skips when ../shared is absent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { processPdf } from "../src/index.js";
import { checkConservation } from "../src/eval/conservation.js";

const CORPUS = resolve(import.meta.dirname, "..", "..", "shared", "corpus");

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.endsWith(".pdf") ? [join(dir, e.name)] : []))
    .sort();
}

test("every shared PDF runs through the pipeline with nothing lost or duplicated", async (t) => {
  if (!existsSync(CORPUS)) {
    t.skip(`../shared not found: no corpus at ${CORPUS}`);
    return;
  }
  const files = pdfsUnder(CORPUS);
  assert.ok(files.length >= 70, `expected the 74 shared PDFs, found ${files.length}`);
  const problems: string[] = [];
  for (const file of files) {
    const doc = await processPdf(new Uint8Array(readFileSync(file)), file, { tokenize: false });
    if (doc.blocks.length === 0) problems.push(`${file}: no body blocks`);
    const score = checkConservation(doc);
    for (const p of score.problems) problems.push(`${file}: ${p.message}`);
  }
  assert.deepEqual(problems, []);
});
