/**
 * The regex-free white-space test and character count agree with `\s` on every UTF-16 code
 * unit, and with counting code points by regex on strings of every kind (surrogate pairs, lone
 * surrogates, every white space).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { isWhiteSpaceCode } from "../src/conventions/white-space.js";
import { countChars } from "../src/extract/extract-text.js";

test("isWhiteSpaceCode is \\s (with and without the u flag) on every code unit", () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isWhiteSpaceCode(c), /\s/.test(ch), `U+${c.toString(16)}`);
    assert.equal(isWhiteSpaceCode(c), /\s/u.test(ch), `U+${c.toString(16)} (u)`);
  }
  assert.equal(isWhiteSpaceCode(Number.NaN), false);
});

test("countChars counts the code points that are not white space", () => {
  const reference = (text: string) => [...text].filter((ch) => !/\s/u.test(ch)).length;
  const pool = ["a", " ", "\t", "\n", "\u00a0", "\u3000", "\u2009", "\ufeff", "大", "😀", "\ud83d", "\ude00", "é", "\u200b", "\r"];
  let seed = 11;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 2000; i++) {
    let text = "";
    for (let n = Math.floor(random() * 12); n > 0; n--) text += pool[Math.floor(random() * pool.length)];
    assert.equal(countChars(text), reference(text), JSON.stringify(text));
  }
});
