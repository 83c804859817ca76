/**
 * parse-latin's character classes, remembered instead of tested again: parse-latin decides the
 * kind of every UTF-16 code unit of a text with up to three regular expressions (white space,
 * punctuation, word, else symbol). The decision depends on the code unit alone, so it is asked
 * of parse-latin itself once per code unit seen (tokenizing that one character) and kept in a
 * 64 KiB table. kindOf(0x61 "a") → WordNode; kindOf(0x3002 "。") → PunctuationNode.
 */
import { ParseLatin } from "parse-latin";

export type CharKind = "WhiteSpaceNode" | "PunctuationNode" | "WordNode" | "SymbolNode";

const KINDS: readonly CharKind[] = ["WhiteSpaceNode", "PunctuationNode", "WordNode", "SymbolNode"];
/** 0 = not asked yet, else 1 + index in KINDS. */
const table = new Uint8Array(0x10000);
const oracle = new ParseLatin();

/** The kind parse-latin gives the code unit `code` (0…0xFFFF). */
export function kindOf(code: number): CharKind {
  let known = table[code] ?? 0;
  if (known === 0) {
    const type = oracle.tokenize(String.fromCharCode(code))[0]?.type;
    const index = KINDS.indexOf(type as CharKind);
    if (index === -1) throw new Error(`parse-latin gave U+${code.toString(16)} the kind ${String(type)}`);
    known = index + 1;
    table[code] = known;
  }
  return KINDS[known - 1]!;
}
