/**
 * Guesses a document's language for the tokenizer when its metadata has none, with the metadata
 * stage's own reader (script first, then Latin stop words) over the first blocks; text with no
 * letters at all falls back to English. "大会第68/4号决议" → zh.
 */
import type { Language } from "../model/document.js";
import { languageOfText } from "../metadata/detect-language.js";

/** Enough text to decide; a document's first blocks are representative. */
const SAMPLE_CHARS = 20_000;

export function detectLanguage(texts: readonly string[]): Language {
  let sample = "";
  for (const text of texts) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += text + "\n";
  }
  return languageOfText(sample) ?? "en";
}
