/**
 * White space as JavaScript's `\s` has it (ECMAScript WhiteSpace and LineTerminator: tab, LF,
 * VT, FF, CR, space, no-break space, U+1680, U+2000–U+200A, the line and paragraph separators,
 * U+202F, U+205F, U+3000, U+FEFF), tested on a UTF-16 code unit without a regular expression:
 * character counts and line text run this on every character of a document, where a regex
 * test per one-character string was a measurable share of a run. (All of these are in the BMP,
 * so `\s` and `\s` with the u flag agree; test/white-space.test.ts checks every code unit.)
 *
 * Example: `isWhiteSpaceCode(" ".charCodeAt(0))` → true; `isWhiteSpaceCode(0x200b)` → false.
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x2000) return c === 0xa0 || c === 0x1680;
  return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
