/**
 * The Latin-script tokenizer (parse-english / parse-latin with a cheaper first step and idle
 * sentence plugins left out, src/tokenize/retext-parse-latin.ts) must build exactly the tree
 * retext-english and retext-latin build, positions included: tokens and sentences are read off
 * that tree, and users rely on them staying byte-identical across versions.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Root } from "nlcst";
import retextEnglish from "retext-english";
import retextLatin from "retext-latin";
import { unified } from "unified";
import { processorFor } from "../src/tokenize/processors.js";
import { analyse } from "../src/tokenize/tokenize.js";

const referenceEnglish = unified().use(retextEnglish).freeze();
const referenceLatin = unified().use(retextLatin).freeze();

/** Hand-built text for every rule the cheaper path touches or skips. */
const TRICKY = [
  "",
  " ",
  "\n\n",
  "Recalling its resolution 68/4 of 3 October 2013, A/RES/68/4 and E/CN.6/2013/L.4.",
  "The U.S.A. and the U.K. agreed, e.g. on 3.5 per cent and 1,000 tonnes. Mr. Smith left. i.e. nothing.",
  "AT&T & Co. signed; & so did R&D.",
  "pre- and post-conflict follow-up -- and -5 or +1 - the end -",
  "Don't stop; rock 'n' roll's fine. ’Tis the members’ view. He said 'yes'.",
  "w/ and W/ or and/or, km/h and A/B/C/D/E.",
  "(a) Decides to act (see para. 21(e));\n(b) Requests the Secretary-General…",
  "What?! Really... Yes!!! No?? «Bien» ¿Por qué? ¡Sí!",
  "“Quoted.” Then (parenthetical.) Next. 1. The first. 2. the second",
  "Line one\r\nLine two\rLine three\n\tTabbed\u00a0nbsp\u2003em-space\u202fnarrow",
  "Emoji 😀😀 and rare Han 𠀀𠀁 and combining é (e\u0301) and soft\u00adhyphen",
  "Генеральная Ассамблея постановляет. Просит Генерального секретаря.",
  "L’Assemblée générale, rappelant sa résolution 68/4. Décide d’agir.",
  "under__score and a_b, x@y.org, a:b=c?d and 10:30 a.m. on 1.1.2020",
  "Section 25.3 (A/81/6 (Sect. 25)) – budget — 2026/27 … end",
];

function withoutData(tree: Root): Root {
  return JSON.parse(JSON.stringify(tree)) as Root;
}

test("builds the same English tree as retext-english on tricky text", () => {
  const ours = processorFor("en", { pos: false });
  for (const text of TRICKY) assert.deepEqual(withoutData(ours.parse(text)), withoutData(referenceEnglish.parse(text)), JSON.stringify(text));
});

test("builds the same French, Spanish and Russian tree as retext-latin on tricky text", () => {
  for (const language of ["fr", "es", "ru"] as const) {
    const ours = processorFor(language, { pos: false });
    for (const text of TRICKY) assert.deepEqual(withoutData(ours.parse(text)), withoutData(referenceLatin.parse(text)), `${language} ${JSON.stringify(text)}`);
  }
});

test("builds the same trees as retext on random mixes of the characters the rules look at", () => {
  // A fixed generator, so a failure names a text that can be reproduced.
  let seed = 13;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ["a", "Ab", "e", "g", "w", "Mr", "1", "23", "é", "Б", "&", "-", "/", "'", "’", ".", ",", ";", ":", "?", "!", "…", "(", ")", "“", "”", "«", "»", "_", "@", "=", "+", "\u00ad", " ", " ", " ", "\n", "\r\n", "\t", "\u00a0", "😀", "𠀀"];
  const ours = processorFor("en", { pos: false });
  const latin = processorFor("fr", { pos: false });
  for (let i = 0; i < 400; i++) {
    let text = "";
    for (let n = next(40); n > 0; n--) text += pieces[next(pieces.length)];
    assert.deepEqual(withoutData(ours.parse(text)), withoutData(referenceEnglish.parse(text)), JSON.stringify(text));
    assert.deepEqual(withoutData(latin.parse(text)), withoutData(referenceLatin.parse(text)), JSON.stringify(text));
  }
});

test("reads tokens that tile the text and sentences that cover it", () => {
  const processor = processorFor("en", { pos: false });
  for (const text of TRICKY) {
    const { sentences, tokens } = analyse(processor, text, false);
    assert.equal(tokens.map((t) => t.text).join(""), text);
    for (const s of sentences) assert.equal(s.text, text.slice(s.start, s.end));
  }
  assert.deepEqual(
    analyse(processor, "Mr. Smith left. A/RES/68/4 passed.", false).sentences.map((s) => s.text),
    ["Mr. Smith left.", "A/RES/68/4 passed."],
  );
});
