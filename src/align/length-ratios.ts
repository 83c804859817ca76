/**
 * Length ratios between the UN languages, in characters other than white space (text-length.ts),
 * each against English: a paragraph of n characters in English has about `ratio`·n in the other
 * language, with variance `variance`·n. Estimated by scripts/estimate-length-ratios.ts from the
 * numbered paragraphs that anchor each other (same number, both versions) in the language pairs
 * we have; how and on what is in docs/align.md. Example: en–fr, ratio 1.14 → 100 English
 * characters ≈ 114 French.
 */
import type { Language } from "../model/document.js";
import type { LengthModel } from "./length-model.js";

export interface LanguageRatio extends LengthModel {
  /** What the figure rests on. */
  source: string;
}

/**
 * Estimated on 2026-11-29 from the four real document pairs of ../shared/corpus/raw (A/RES/48/246
 * en–es, A/RES/48/161 and A/HRC/WG.6/7/ITA/1 en–fr, A/HRC/WG.6/34/ITA/3 en–ru) and, for Chinese,
 * from the bundled sample and its English version (input/, our own translation: 8 pairs only).
 */
const POOLED_VARIANCE = 4.42; // es, fr, ru together (270 pairs): Spanish alone has only 12

export const RELATIVE_TO_ENGLISH: Readonly<Record<Language, LanguageRatio>> = {
  en: { ratio: 1, variance: 0, source: "English itself" },
  es: { ratio: 1.166, variance: POOLED_VARIANCE, source: "12 numbered paragraphs of A/RES/48/246; the pooled variance" },
  fr: { ratio: 1.14, variance: 4.74, source: "164 numbered paragraphs of A/RES/48/161 and A/HRC/WG.6/7/ITA/1" },
  ru: { ratio: 1.162, variance: 4.06, source: "94 numbered paragraphs of A/HRC/WG.6/34/ITA/3" },
  zh: { ratio: 0.285, variance: 0.39, source: "8 numbered paragraphs of the bundled sample A/RES/99/1 and its English version (ours)" },
  ar: { ratio: 1, variance: 2 * POOLED_VARIANCE, source: "no Arabic PDF to estimate from: ratio 1, twice the pooled variance" },
};

/**
 * The model for a pair of languages, b against a, through English: with la ≈ ra·e and
 * lb ≈ rb·e, lb ≈ (rb/ra)·la, and the two deviations add: s² = (sb² + (rb/ra)²·sa²) / ra per
 * character of a.
 */
export function pairModel(a: Language, b: Language): LengthModel {
  const ra = RELATIVE_TO_ENGLISH[a];
  const rb = RELATIVE_TO_ENGLISH[b];
  const ratio = rb.ratio / ra.ratio;
  return { ratio, variance: (rb.variance + ratio * ratio * ra.variance) / ra.ratio };
}
