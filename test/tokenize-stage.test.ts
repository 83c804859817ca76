import { test } from "node:test";
import assert from "node:assert/strict";
import type { Language } from "../src/model/document.js";
import { detectLanguage } from "../src/tokenize/detect-language.js";
import { tokenize } from "../src/tokenize/tokenize.js";
import { textDocument as doc } from "./support/text-document.js";

function sentenceTexts(language: Language | null, text: string): string[] {
  const d = doc(language, [text]);
  tokenize(d, {});
  return d.blocks[0]?.sentences?.map((s) => s.text) ?? [];
}

test("guesses the language from the script when the metadata has none", () => {
  assert.equal(detectLanguage(["大会第68/4号决议 A/RES/68/4"]), "zh");
  assert.equal(detectLanguage(["Генеральная Ассамблея, A/RES/68/4"]), "ru");
  assert.equal(detectLanguage(["الجمعية العامة A/RES/68/4"]), "ar");
  assert.equal(detectLanguage(["The General Assembly"]), "en");
  assert.equal(detectLanguage(["68/4", ""]), "en");
});

test("splits English, French, Spanish and Russian with retext and keeps offsets exact", () => {
  assert.deepEqual(sentenceTexts("en", "Recalling resolution 68/4 of 3 October 2013. Decides to act."), [
    "Recalling resolution 68/4 of 3 October 2013.",
    "Decides to act.",
  ]);
  assert.deepEqual(sentenceTexts("fr", "L’Assemblée générale, rappelant sa résolution 68/4. Décide d’agir."), [
    "L’Assemblée générale, rappelant sa résolution 68/4.",
    "Décide d’agir.",
  ]);
  assert.deepEqual(sentenceTexts("es", "La Asamblea General decide. ¿Por qué?"), ["La Asamblea General decide.", "¿Por qué?"]);
  assert.deepEqual(sentenceTexts("ru", "Генеральная Ассамблея постановляет. Просит Генерального секретаря."), [
    "Генеральная Ассамблея постановляет.",
    "Просит Генерального секретаря.",
  ]);
});

test("produces Arabic words and sentences, ending one at the Arabic question mark", () => {
  const d = doc("ar", ["إن الجمعية العامة، إذ تشير إلى قرارها ٦٨/٤؛ تقرر ذلك. هل هذا صحيح؟ نعم"]);
  tokenize(d, {});
  const block = d.blocks[0];
  assert.deepEqual(block?.sentences?.map((s) => s.text), ["إن الجمعية العامة، إذ تشير إلى قرارها ٦٨/٤؛ تقرر ذلك.", "هل هذا صحيح؟", "نعم"]);
  assert.ok(block?.tokens?.some((t) => t.kind === "word" && t.text === "الجمعية"));
  assert.equal(block?.tokens?.map((t) => t.text).join(""), block?.text);
});

test("tokenizes footnotes too, and Chinese found by script when the language is unknown", () => {
  const d = doc(null, ["注意到《公约》1等。"], "联合国，《条约汇编》，第 2220 卷，第 39481 号。");
  tokenize(d, {});
  const footnote = d.footnotes[0];
  assert.deepEqual(footnote?.sentences?.map((s) => s.text), ["联合国，《条约汇编》，第 2220 卷，第 39481 号。"]);
  assert.ok(footnote?.tokens?.some((t) => t.text === "条约汇编"), "Chinese segmentation with the UN dictionary");
});

test("adds nothing with --no-tokens", () => {
  const d = doc("en", ["Decides to act."], "A/68/L.5.");
  tokenize(d, { tokenize: false });
  assert.equal(d.blocks[0]?.tokens, undefined);
  assert.equal(d.footnotes[0]?.sentences, undefined);
});

test("leaves an empty block with no sentences and no tokens", () => {
  for (const language of ["zh", "en", "ar"] as const) {
    const d = doc(language, [""]);
    tokenize(d, {});
    assert.deepEqual(d.blocks[0]?.sentences, []);
    assert.deepEqual(d.blocks[0]?.tokens, []);
  }
});
