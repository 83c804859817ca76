/**
 * `uncorpus align` on folders it did not write itself: a file that is not a document JSON gets
 * one line naming it and the rest aligns; a language outside the six cannot name an output file;
 * cells that a spreadsheet would run as formulas are escaped; a language pair that is gone
 * leaves no stale files behind.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { writeAligned } from "../pipeline/align/write-aligned.js";
import { stringifyDocument } from "../src/output/to-json.js";
import type { Language } from "../src/model/document.js";
import { textDocument } from "./support/text-document.js";

function folder(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-align-files-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function writeDoc(dir: string, id: string, language: string, texts: readonly string[]): void {
  const doc = textDocument(language as Language, texts);
  doc.metadata.symbol = "A/RES/1";
  const path = join(dir, `${id}.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, stringifyDocument(doc));
}

test("a file that is not a document JSON gets one line naming it, and the others align", async (t) => {
  const dir = folder(t);
  writeDoc(dir, "en/A/RES/1", "en", ["The General Assembly,"]);
  writeDoc(dir, "fr/A/RES/1", "fr", ["L’Assemblée générale,"]);
  mkdirSync(join(dir, "es", "A", "RES"), { recursive: true });
  writeFileSync(join(dir, "es", "A", "RES", "1.json"), "{ not json");
  writeDoc(dir, "xx/A/RES/1", "../../etc", ["Hostile"]);
  const summary = await writeAligned(dir);
  assert.equal(summary.errors.length, 2);
  assert.match(summary.errors[0]!, /es\/A\/RES\/1\.json: not readable as JSON/);
  assert.match(summary.errors[1]!, /xx\/A\/RES\/1\.json: unknown language "\.\.\/\.\.\/etc"/);
  assert.equal(summary.pairs, 1);
  assert.deepEqual(readdirSync(join(dir, "aligned")).sort(), ["en-fr.en", "en-fr.fr", "en-fr.tmx", "paragraphs.csv", "sentences.csv"]);
});

test("text cells that start like a formula are escaped in the aligned CSV, as in the corpus tables", async (t) => {
  const dir = folder(t);
  writeDoc(dir, "en/A/RES/1", "en", ["=HYPERLINK(\"http://x\")", "-5 per cent"]);
  writeDoc(dir, "fr/A/RES/1", "fr", ["=HYPERLINK(\"http://x\")", "-5 pour cent"]);
  await writeAligned(dir);
  const csv = readFileSync(join(dir, "aligned", "paragraphs.csv"), "utf8");
  assert.match(csv, /,"'=HYPERLINK\(""http:\/\/x""\)","'=HYPERLINK\(""http:\/\/x""\)",/);
  assert.match(csv, /,'-5 per cent,'-5 pour cent,/);
});

test("files of a language pair that is no longer there are removed", async (t) => {
  const dir = folder(t);
  writeDoc(dir, "en/A/RES/1", "en", ["The General Assembly,"]);
  writeDoc(dir, "fr/A/RES/1", "fr", ["L’Assemblée générale,"]);
  await writeAligned(dir);
  rmSync(join(dir, "fr"), { recursive: true });
  writeDoc(dir, "es/A/RES/1", "es", ["La Asamblea General,"]);
  await writeAligned(dir);
  assert.deepEqual(readdirSync(join(dir, "aligned")).sort(), ["en-es.en", "en-es.es", "en-es.tmx", "paragraphs.csv", "sentences.csv"]);
});
