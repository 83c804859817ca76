import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jiebaSegmenter } from "../src/tokenize/jieba.js";

// One file, one process: nodejieba loads its dictionaries once per process.
test("--user-dict adds terms on top of the bundled UN dictionary", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-dict-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const userDict = join(dir, "extra.utf8");
  writeFileSync(userDict, "举目无亲移徙儿童 n\n");
  assert.throws(() => jiebaSegmenter(join(dir, "missing.utf8")), /user dictionary not found/);
  const segmenter = jiebaSegmenter(userDict);
  const got = segmenter.cut("特别是举目无亲移徙儿童和原籍国");
  assert.ok(got.includes("举目无亲移徙儿童"), `user term whole in ${got.join(" | ")}`);
  assert.ok(got.includes("原籍国"), `bundled term still whole in ${got.join(" | ")}`);
  assert.throws(() => jiebaSegmenter(), /already loaded/);
});
