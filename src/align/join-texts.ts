/**
 * Texts of the pieces a unit joins, joined with one space, except between two Chinese characters
 * (Han or CJK punctuation), where Chinese puts none. Example: ["大会，", "回顾其决议，"] →
 * "大会，回顾其决议，"; ["The General Assembly,", "Recalling"] → "The General Assembly, Recalling".
 */
import { isCjkPunct, isHan } from "../conventions/index.js";
import { firstChar, lastChar } from "../lines/script.js";

export function joinTexts(texts: readonly string[]): string {
  let out = "";
  for (const text of texts) {
    const piece = text.trim();
    if (piece === "") continue;
    if (out !== "" && !(isChinese(lastChar(out)) && isChinese(firstChar(piece)))) out += " ";
    out += piece;
  }
  return out;
}

function isChinese(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

