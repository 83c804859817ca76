/**
 * Text helpers shared by the readers: white space folded, and removed next to Han characters
 * as the gold convention does ("第 25 次全体会议" → "第25次全体会议"); lines joined into one
 * text (Latin with a space, Han without).
 */
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

export function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ (?=[\p{Script=Han}\u3001-\u303f\uff01-\uffef])|(?<=[\p{Script=Han}\u3001-\u303f\uff01-\uffef]) /gu, "");
}

export function joinLines(texts: readonly string[]): string {
  let out = "";
  for (const raw of texts) {
    const text = raw.trim();
    if (text === "") continue;
    if (out === "" || HAN.test(out.slice(-1)) || HAN.test(text[0] ?? "") || out.endsWith("-")) out += text;
    else out += " " + text;
  }
  return tidy(out);
}
