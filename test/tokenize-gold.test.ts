import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseTerms } from "../scripts/build-dictionary.js";
import { emptyMetadata, type Block, type UnDocument } from "../src/model/document.js";
import { tokenize } from "../src/tokenize/tokenize.js";

const GOLD = fileURLToPath(new URL("../../shared/gold/N1343968.json", import.meta.url));
const TERMS = parseTerms(readFileSync(fileURLToPath(new URL("../data/un-terms.tsv", import.meta.url)), "utf8"));

/**
 * [sentences, non-white-space tokens] per gold block of A/RES/68/4, in order. A change here means
 * the segmenter, the dictionary or a sentence rule changed: check the diff, then update.
 */
const EXPECTED_COUNTS = [
  [1, 7], [1, 2], [1, 4], [1, 5], [1, 25], [1, 64], [1, 26], [1, 47], [1, 17], [1, 36], [1, 19], [1, 42], [1, 31],
  [1, 29], [1, 74], [1, 62], [1, 21], [1, 52], [1, 18], [1, 22], [1, 77], [1, 85], [1, 26], [1, 38], [2, 73], [1, 62],
  [1, 34], [1, 48], [1, 21], [1, 14], [1, 32], [1, 31], [1, 45], [1, 40], [1, 18], [1, 88], [1, 33], [1, 34], [1, 28],
  [1, 6], [1, 4],
];

function loadGold(): UnDocument | null {
  if (!existsSync(GOLD)) return null;
  const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { blocks: { kind: Block["kind"]; number?: string; text: string }[] };
  return {
    file: "N1343968.pdf",
    sha256: "0".repeat(64),
    pageCount: 4,
    pages: [],
    furniture: [],
    // language left null on purpose: the stage must detect Chinese from the script.
    metadata: emptyMetadata(),
    blocks: gold.blocks.map((b, i) => ({
      id: `b${String(i + 1).padStart(4, "0")}`,
      kind: b.kind,
      number: b.number ?? null,
      parent: null,
      text: b.text,
      pages: [1],
      bbox: [0, 0, 0, 0],
      callouts: [],
    })),
    footnotes: [],
    messages: [],
  };
}

const SKIP = "../shared/gold/N1343968.json not found: A/RES/68/4 gold text unavailable";

test("A/RES/68/4: sentence and token counts per paragraph are stable", (t) => {
  const doc = loadGold();
  if (doc === null) return void t.skip(SKIP);
  tokenize(doc, {});
  const counts = doc.blocks.map((b) => [b.sentences?.length ?? 0, (b.tokens ?? []).filter((x) => x.kind !== "whitespace").length]);
  assert.deepEqual(counts, EXPECTED_COUNTS, `actual: ${JSON.stringify(counts)}`);
});

test("A/RES/68/4: every paragraph reassembles exactly from its tokens and from its sentences", (t) => {
  const doc = loadGold();
  if (doc === null) return void t.skip(SKIP);
  tokenize(doc, {});
  for (const block of doc.blocks) {
    assert.equal((block.tokens ?? []).map((x) => x.text).join(""), block.text);
    for (const sentence of block.sentences ?? []) assert.equal(block.text.slice(sentence.start, sentence.end), sentence.text);
    const last = block.sentences?.at(-1);
    assert.equal(last?.end, block.text.length, `${block.id}: the last sentence reaches the end`);
  }
});

test("A/RES/68/4: paragraph 20 splits at its inner ；into two sentences", (t) => {
  const doc = loadGold();
  if (doc === null) return void t.skip(SKIP);
  tokenize(doc, {});
  const sentences = doc.blocks.find((b) => b.number === "20")?.sentences?.map((s) => s.text) ?? [];
  assert.equal(sentences.length, 2);
  assert.ok(sentences[0]?.endsWith("以造福移徙者和社会；"));
  assert.ok(sentences[1]?.startsWith("并铭记这个目标"));
});

test("A/RES/68/4: UN terms from the dictionary appear as single tokens", (t) => {
  const doc = loadGold();
  if (doc === null) return void t.skip(SKIP);
  tokenize(doc, {});
  let checked = 0;
  for (const block of doc.blocks) {
    for (const { term } of TERMS) {
      for (let at = block.text.indexOf(term); at !== -1; at = block.text.indexOf(term, at + 1)) {
        const token = (block.tokens ?? []).find((x) => x.start <= at && at < x.end);
        assert.ok(token !== undefined && token.end >= at + term.length, `"${term}" split in ${block.id}: "${token?.text}"`);
        checked++;
      }
    }
  }
  assert.ok(checked > 50, `checked ${checked} term occurrences`);
});

test("A/RES/68/4: --pos tags every Chinese word", (t) => {
  const doc = loadGold();
  if (doc === null) return void t.skip(SKIP);
  tokenize(doc, { pos: true });
  const words = doc.blocks.flatMap((b) => b.tokens ?? []).filter((x) => x.kind === "word");
  assert.ok(words.length > 1000);
  assert.ok(words.every((w) => typeof w.pos === "string" && w.pos !== ""));
  assert.equal(words.find((w) => w.text === "秘书长")?.pos, "n");
});
