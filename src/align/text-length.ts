/**
 * The length Gale–Church compares: characters other than white space, counted as code points, in
 * every language. Chinese therefore counts characters (a Han character carries about as much as
 * an English word), and the length ratios (length-ratios.ts) carry the difference between
 * scripts. Example: "Reaffirms its resolution 68/4;" → 27; "重申其第68/4号决议；" → 12.
 */
export function textLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The second half of a surrogate pair: the pair counts once.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    if (!isSpace(c)) n++;
  }
  return n;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** JavaScript's \s, by code unit (a regular expression per character is several times slower). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
