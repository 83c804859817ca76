/**
 * The length Gale–Church compares: characters other than white space, counted as code points, in
 * every language. Chinese therefore counts characters (a Han character carries about as much as
 * an English word), and the length ratios (length-ratios.ts) carry the difference between
 * scripts. Example: "Reaffirms its resolution 68/4;" → 26; "重申其第68/4号决议；" → 12.
 */
const WHITE_SPACE = /\s/u;

export function textLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!WHITE_SPACE.test(ch)) n++;
  return n;
}
