/**
 * Resume skips a document only when nothing its output depends on has changed: the pipeline
 * version, the code (src/ and the bundled dictionary), the user dictionary's contents, and the
 * options that change output.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeHash, resumeKey } from "../pipeline/batch/resume.js";

test("the resume key follows the user dictionary's contents, not its path", async () => {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-resume-key-"));
  const [a, b] = [join(dir, "a.utf8"), join(dir, "b.utf8")];
  writeFileSync(a, "安全理事会 nt\n");
  writeFileSync(b, "安全理事会 nt\n");
  const keyA = await resumeKey({ userDict: a });
  assert.equal(await resumeKey({ userDict: b }), keyA, "same words under another name: same key");
  writeFileSync(a, "安全理事会 nt\n可持续发展目标 n\n");
  assert.notEqual(await resumeKey({ userDict: a }), keyA, "a word added: the documents are redone");
});

test("the resume key holds the code's hash and the options that change output", async () => {
  const key = await resumeKey({});
  assert.match(key, new RegExp(`code:${await codeHash()}`));
  assert.match(await codeHash(), /^[0-9a-f]{12}$/);
  assert.notEqual(await resumeKey({ pos: true }), key);
  assert.notEqual(await resumeKey({ tokenize: false }), key);
  assert.notEqual(await resumeKey({ maxPages: 10 }), key);
  assert.equal(await resumeKey({ maxBytes: 10 }), key, "a size limit only refuses; it changes no output");
});
