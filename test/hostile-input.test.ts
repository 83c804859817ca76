/**
 * Crafted PDFs (test/support/hostile-pdfs.ts) cost no more than themselves: each is read as a
 * document or refused with its one-line reason by a limit made for it (decode budget, items per
 * page, line length, page count), not by the time limit; the test's own timeout only keeps a
 * regression from hanging the suite.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { processPdf, DocumentError } from "../src/index.js";
import { hostileInputs } from "./support/hostile-pdfs.js";
import { openDecodeBudget } from "../src/extract/decode-budget.js";
import { inflateSync } from "node:zlib";
import { zeroBomb } from "./support/hostile-pdfs.js";

/** Far above what any case needs; only here so that a regression fails instead of hanging. */
const GUARD_MS = 120_000;

for (const hostile of hostileInputs()) {
  const expected = hostile.expect.read ? "is read" : `is refused (${hostile.expect.code})`;
  test(`${hostile.file}: ${hostile.attack} — ${expected}`, { timeout: GUARD_MS }, async () => {
    const outcome = await processPdf(hostile.bytes, hostile.file, { tokenize: false }).then(
      (doc) => ({ doc }),
      (error: unknown) => ({ error }),
    );
    if (hostile.expect.read) {
      assert.ok("doc" in outcome, `refused: ${"error" in outcome ? String(outcome.error) : ""}`);
      assert.ok(outcome.doc.pageCount > 0);
      return;
    }
    assert.ok("error" in outcome, "was read, expected a refusal");
    assert.ok(outcome.error instanceof DocumentError, `not a DocumentError: ${String(outcome.error)}`);
    assert.equal(outcome.error.code, hostile.expect.code, outcome.error.message);
    assert.match(outcome.error.message, hostile.expect.reason);
    assert.doesNotMatch(outcome.error.message, /[\r\n]/);
  });
}

test("the masthead that backtracked gives the symbol a reader sees, not a timeout", async () => {
  const masthead = hostileInputs().find((h) => h.file === "backtracking-masthead.pdf")!;
  const doc = await processPdf(masthead.bytes, masthead.file, { tokenize: false });
  assert.match(doc.metadata.symbol ?? "", /^A\/[A-Z]+/);
});

test("the bomb is a real one: zlib inflates it to its full size, so the refusal comes from the cap", () => {
  const small = zeroBomb(3 * 1024 * 1024);
  assert.equal(inflateSync(small).length, 3 * 1024 * 1024);
  assert.throws(() => inflateSync(small, { maxOutputLength: 1024 * 1024 }), { code: "ERR_BUFFER_TOO_LARGE" });
});

test("a decode budget refuses past its limit per stream and per document, and says which", () => {
  const budget = openDecodeBudget(100, 250);
  try {
    assert.equal(budget.charge(80), true);
    assert.equal(budget.charge(90), true);
    assert.equal(budget.streamCap(), 80);
    assert.equal(budget.charge(90), false);
    assert.match(budget.exceeded ?? "", /limit per document/);
  } finally {
    budget.close();
  }
  const perStream = openDecodeBudget(100, 1000);
  try {
    assert.equal(perStream.charge(10, 101), false);
    assert.match(perStream.exceeded ?? "", /limit per stream/);
  } finally {
    perStream.close();
  }
  assert.equal((globalThis as Record<string, unknown>).__uncorpusDecodeBudget, undefined, "closing puts back no budget");
});
