/**
 * Text helpers shared by the readers: white space folded, and removed next to Han characters
 * as the gold convention does ("第 25 次全体会议" → "第25次全体会议"); lines joined into one
 * text (Latin with a space, Han without).
 */
import { HAN_OR_CJK_PUNCT, isCjk } from "../conventions/cjk.js";

const SPACE_NEXT_TO_HAN = new RegExp(` (?=${HAN_OR_CJK_PUNCT.source})|(?<=${HAN_OR_CJK_PUNCT.source}) `, "gu");

export function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(SPACE_NEXT_TO_HAN, "");
}

export function joinLines(texts: readonly string[]): string {
  let out = "";
  for (const raw of texts) {
    const text = raw.trim();
    if (text === "") continue;
    if (out === "" || isCjk(out.slice(-1)) || isCjk(text[0]) || out.endsWith("-")) out += text;
    else out += " " + text;
  }
  return tidy(out);
}

