/**
 * parse-latin's first step, `tokenize` (text → words, punctuation, symbols and white space with
 * positions), written again with each character's kind looked up (char-kinds.ts) instead of
 * tested with regular expressions, and fewer point objects (shared where parse-latin copies). Same nodes,
 * same positions: "A/RES/68/4 of 2013." → Word "A", Punctuation "/", Word "RES", … exactly as
 * ParseLatin.prototype.tokenize gives them (test/tokenize-latin.test.ts compares the two).
 */
import type { Point } from "unist";
import type { SentenceContent } from "nlcst";
import { kindOf, type CharKind } from "./char-kinds.js";

const CR = 0x0d;
const LF = 0x0a;

export function tokenizeLatin(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = [];
  if (!value) return children;
  let line = 1;
  let column = 1;
  let from = 0;
  let start: Point = { line, column, offset: 0 };
  let previousKind: CharKind | null = null;
  let previousCode = -1;
  let index = 0;
  for (; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const kind = kindOf(code);
    // A run goes on while the kind stays; punctuation and symbols only while the character repeats.
    if (
      from < index &&
      previousKind !== null &&
      !(previousKind === kind && (kind === "WordNode" || kind === "WhiteSpaceNode" || code === previousCode || isSurrogate(code)))
    ) {
      // Points are only ever copied by reference (never changed), so one serves as this end and the next start.
      const end: Point = { line, column, offset: index };
      children.push(createNode(previousKind, value.slice(from, index), start, end));
      from = index;
      start = end;
    }
    if (code === CR || (code === LF && previousCode !== CR)) {
      line++;
      column = 1;
    } else if (code !== LF) {
      column++;
    }
    previousKind = kind;
    previousCode = code;
  }
  if (previousKind !== null && from < index) {
    children.push(createNode(previousKind, value.slice(from, index), start, { line, column, offset: index }));
  }
  return children;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function createNode(kind: CharKind, value: string, start: Point, end: Point): SentenceContent {
  if (kind === "WordNode") {
    return { type: "WordNode", children: [{ type: "TextNode", value, position: { start, end } }], position: { start, end } };
  }
  return { type: kind, value, position: { start, end } };
}
