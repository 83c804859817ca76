/**
 * The original language printed after "Original:", given as the English name of the language
 * whatever the document's language, so corpora can be compared across languages:
 * "Original: English", "Original: ENGLISH", "Original : anglais", "Original: inglés",
 * "Оригинал: английский", "原文：英文", "الأصل: بالإنكليزية" → "English". Several languages
 * ("Original: English/French") → "English/French". A name not in the table is kept as printed.
 */
import type { UnDocument } from "../model/document.js";
import { ORIGINAL_LABEL } from "../conventions/index.js";
import { headLines } from "./head-lines.js";

const NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:english|anglais|ingl[ée]s|английский|英文|英语|(?:بال)?(?:ا|إ)?نكليزي(?:ة)?|(?:بال)?(?:ا|إ)?نجليزي(?:ة)?)$/iu, "English"],
  [/^(?:french|fran[çc]ais|franc[ée]s|французский|法文|法语|(?:بال)?فرنسي(?:ة)?)$/iu, "French"],
  [/^(?:spanish|espagnol|espa[ñn]ol|испанский|西班牙文|西班牙语|(?:بال)?(?:ا|إ)?سباني(?:ة)?)$/iu, "Spanish"],
  [/^(?:russian|russe|ruso|русский|俄文|俄语|(?:بال)?روسي(?:ة)?)$/iu, "Russian"],
  [/^(?:chinese|chinois|chino|китайский|中文|汉语|(?:بال)?صيني(?:ة)?)$/iu, "Chinese"],
  [/^(?:arabic|arabe|[áa]rabe|арабский|阿拉伯文|阿拉伯语|(?:بال)?عربي(?:ة)?)$/iu, "Arabic"],
];
const SEPARATOR = /\s*(?:\/|,|，|、|和|(?<!\p{L})(?:and|et|y|и)(?!\p{L}))\s*|\s+و(?=ال)/u;

export function readOriginalLanguage(doc: UnDocument): string | null {
  for (const line of headLines(doc)) {
    const match = ORIGINAL_LABEL.exec(line.text);
    if (match) return originalLanguageName(match[1]!);
  }
  return null;
}

export function originalLanguageName(printed: string): string | null {
  const parts = printed
    .replace(/[*\s]+$/u, "")
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return null;
  return parts.map((part) => NAMES.find(([pattern]) => pattern.test(part))?.[1] ?? part).join("/");
}
