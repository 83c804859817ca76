/**
 * Guesses a document's language from the script of its letters, for documents whose metadata
 * has none: most letters Han → zh, Cyrillic → ru, Arabic → ar, otherwise en.
 * "大会第68/4号决议" → zh (4 Han letters against 0 of the others).
 */
import type { Language } from "../model/document.js";

const SCRIPTS: readonly { language: Language; pattern: RegExp }[] = [
  { language: "zh", pattern: /\p{Script=Han}/gu },
  { language: "ru", pattern: /\p{Script=Cyrillic}/gu },
  { language: "ar", pattern: /\p{Script=Arabic}/gu },
  { language: "en", pattern: /\p{Script=Latin}/gu },
];
/** Enough text to decide; a document's first blocks are representative. */
const SAMPLE_CHARS = 20_000;

export function detectLanguage(texts: readonly string[]): Language {
  let sample = "";
  for (const text of texts) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += text + "\n";
  }
  let best: Language = "en";
  let bestCount = 0;
  for (const { language, pattern } of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
