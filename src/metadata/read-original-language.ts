/**
 * The original language printed after "Original:", given as the English name of the language
 * whatever the document's language, so corpora can be compared across languages:
 * "Original: English", "Original: ENGLISH", "Original : anglais", "Original: inglés",
 * "Оригинал: английский", "原文：英文", "الأصل: بالإنكليزية" → "English". Several languages
 * ("Original: English/French") → "English/French". A name not in the table is kept as printed.
 */
import type { UnDocument } from "../model/document.js";
import { LANGUAGE_NAMES, ORIGINAL_LABEL } from "../conventions/index.js";
import { headLines } from "./head-lines.js";

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
  return parts.map((part) => LANGUAGE_NAMES.find(([pattern]) => pattern.test(part))?.[1] ?? part).join("/");
}
