/**
 * Sentences align inside each aligned paragraph pair, by length, on documents the tests build
 * (English and French, Chinese and English), tokenized by the pipeline's own tokenize stage: one
 * to one where the versions keep their sentences, two to one where a translation joins two.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { alignDocuments } from "../src/align/align-documents.js";
import { joinTexts } from "../src/align/join-texts.js";
import type { Language, UnDocument } from "../src/model/document.js";
import { tokenize } from "../src/tokenize/tokenize.js";
import { textDocument } from "./support/text-document.js";

function tokenized(language: Language, texts: readonly string[]): UnDocument {
  const doc = textDocument(language, texts);
  tokenize(doc, {});
  return doc;
}

function sentencePairs(a: UnDocument, b: UnDocument, languages: { a: Language; b: Language }): string[][] {
  return alignDocuments(a, b, languages).sentences.map((unit) => [joinTexts(unit.a.texts), joinTexts(unit.b.texts)]);
}

test("aligns the sentences of a paragraph pair one to one", () => {
  const en = tokenized("en", [
    "The Committee met twice in 2043. It adopted its report without a vote. The report is before the Assembly.",
  ]);
  const fr = tokenized("fr", [
    "Le Comité s’est réuni deux fois en 2043. Il a adopté son rapport sans le mettre aux voix. Le rapport est soumis à l’Assemblée.",
  ]);
  assert.deepEqual(sentencePairs(en, fr, { a: "en", b: "fr" }), [
    ["The Committee met twice in 2043.", "Le Comité s’est réuni deux fois en 2043."],
    ["It adopted its report without a vote.", "Il a adopté son rapport sans le mettre aux voix."],
    ["The report is before the Assembly.", "Le rapport est soumis à l’Assemblée."],
  ]);
});

test("joins two sentences that the translation makes one (2–1)", () => {
  const en = tokenized("en", [
    "The mission began in March. It ended in June. The Secretary-General reported on its work to the Security Council and to the General Assembly at its next session.",
  ]);
  const fr = tokenized("fr", [
    "La mission a commencé en mars et s’est achevée en juin. Le Secrétaire général a rendu compte de ses travaux au Conseil de sécurité et à l’Assemblée générale à sa session suivante.",
  ]);
  const pairs = alignDocuments(en, fr, { a: "en", b: "fr" }).sentences;
  assert.deepEqual(
    pairs.map((u) => [u.a.ids.join("+"), u.b.ids.join("+")]),
    [
      ["b0001.1+b0001.2", "b0001.1"],
      ["b0001.3", "b0001.2"],
    ],
  );
  assert.equal(joinTexts(pairs[0]!.a.texts), "The mission began in March. It ended in June.");
});

test("aligns Chinese sentences, counted in characters, with their English versions", () => {
  const en = tokenized("en", [
    "Decides to establish an informal consultative process. Invites Member States to make voluntary contributions to the relevant trust fund for this purpose.",
  ]);
  const zh = tokenized("zh", ["决定设立一个非正式协商进程。邀请各会员国为此目的向有关信托基金自愿捐款。"]);
  assert.deepEqual(sentencePairs(en, zh, { a: "en", b: "zh" }), [
    ["Decides to establish an informal consultative process.", "决定设立一个非正式协商进程。"],
    ["Invites Member States to make voluntary contributions to the relevant trust fund for this purpose.", "邀请各会员国为此目的向有关信托基金自愿捐款。"],
  ]);
});

test("sentences stay inside their paragraph pair: no sentence crosses into the next paragraph", () => {
  const en = tokenized("en", ["Recalling its resolution 98/1.", "Decides to act. Requests a report."]);
  const fr = tokenized("fr", ["Rappelant sa résolution 98/1.", "Décide d’agir. Demande un rapport."]);
  const alignment = alignDocuments(en, fr, { a: "en", b: "fr" });
  for (const unit of alignment.sentences) {
    const paragraph = alignment.paragraphs[unit.paragraph]!;
    for (const id of unit.a.ids) assert.ok(paragraph.a.ids.includes(id.split(".")[0]!), id);
    for (const id of unit.b.ids) assert.ok(paragraph.b.ids.includes(id.split(".")[0]!), id);
  }
  assert.equal(alignment.sentences.length, 3);
});

test("without sentences (a run with --no-tokens) paragraphs still align and sentences are counted as missing", () => {
  const alignment = alignDocuments(textDocument("en", ["One."]), textDocument("fr", ["Un."]), { a: "en", b: "fr" });
  assert.equal(alignment.paragraphs.length, 1);
  assert.equal(alignment.sentences.length, 0);
  assert.equal(alignment.withoutSentences, 1);
});
