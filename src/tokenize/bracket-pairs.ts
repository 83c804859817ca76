/**
 * Finds matched bracket and quote pairs so that no sentence breaks inside them:
 * "注意到《保护所有移徙工人及其家庭成员权利国际公约》等" keeps the title whole, and a 。 inside
 * “…” or （…） is not a sentence end. Only matched pairs count: an opener never closed in the
 * block (a quotation running on from the previous page) protects nothing.
 */
import type { Run } from "./split-runs.js";

const PAIRS: ReadonlyMap<string, string> = new Map([
  ["（", "）"],
  ["(", ")"],
  ["《", "》"],
  ["〈", "〉"],
  ["“", "”"],
  ["‘", "’"],
  ["「", "」"],
  ["『", "』"],
  ["【", "】"],
  ["〔", "〕"],
  ["[", "]"],
  ["«", "»"],
]);
const CLOSERS: ReadonlySet<string> = new Set(PAIRS.values());

export function isCloser(char: string): boolean {
  return CLOSERS.has(char);
}

/** For each token, whether it lies strictly inside a matched pair. */
export function insideBrackets(text: string, tokens: readonly Run[]): boolean[] {
  const depth = new Array<number>(tokens.length + 1).fill(0);
  const stack: { close: string; index: number }[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== "punctuation") return;
    const char = text.slice(token.start, token.end);
    const close = PAIRS.get(char);
    if (close !== undefined) {
      stack.push({ close, index });
      return;
    }
    if (!CLOSERS.has(char)) return;
    const match = stack.map((s) => s.close).lastIndexOf(char);
    if (match === -1) return;
    const open = stack[match];
    stack.length = match; // openers left unclosed inside the pair are dropped
    if (open === undefined) return;
    depth[open.index + 1] = (depth[open.index + 1] ?? 0) + 1;
    depth[index] = (depth[index] ?? 0) - 1;
  });
  const inside: boolean[] = [];
  let level = 0;
  for (let i = 0; i < tokens.length; i++) {
    level += depth[i] ?? 0;
    inside.push(level > 0);
  }
  return inside;
}
