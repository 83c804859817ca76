/**
 * The language of the document's text, from its body (the masthead alone misleads: Russian and
 * Chinese documents print "Distr.: General" in Latin). By script first: Han → zh, Cyrillic → ru,
 * Arabic → ar; Latin text is told apart by stop-word counts ("the"/"of" → en, "les"/"des" → fr,
 * "los"/"del" → es).
 */
import type { Language, UnDocument } from "../model/document.js";
import { pageLines } from "./page-lines.js";

/** Enough letters to decide. */
const SAMPLE_CHARS = 30_000;
/** A Han character carries about a word: it counts as this many letters of an alphabet. */
const HAN_WEIGHT = 3;
const SCRIPTS: ReadonlyArray<readonly [Language | "latin", RegExp, number]> = [
  ["zh", /\p{Script=Han}/gu, HAN_WEIGHT],
  ["ru", /\p{Script=Cyrillic}/gu, 1],
  ["ar", /\p{Script=Arabic}/gu, 1],
  ["latin", /\p{Script=Latin}/gu, 1],
];
/** Frequent words that belong to one of the three Latin-script languages only. */
const STOP_WORDS: ReadonlyArray<readonly [Language, ReadonlySet<string>]> = [
  ["en", new Set("the of and to is that with for by this are be was has have which its from".split(" "))],
  ["fr", new Set("le les des du et à dans pour sur une qui est au aux ce cette sont été avec".split(" "))],
  ["es", new Set("el los las del y para por con una se al su sus lo como este esta fue".split(" "))],
];

export function detectLanguage(doc: UnDocument): Language | null {
  return languageOfText(sampleText(doc));
}

export function languageOfText(text: string): Language | null {
  let best: Language | "latin" | null = null;
  let bestCount = 0;
  for (const [language, pattern, weight] of SCRIPTS) {
    const count = (text.match(pattern)?.length ?? 0) * weight;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  if (best !== "latin") return best;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let latin: Language | null = null;
  let latinCount = 0;
  for (const [language, stops] of STOP_WORDS) {
    const count = words.filter((w) => stops.has(w)).length;
    if (count > latinCount) [latin, latinCount] = [language, count];
  }
  return latin;
}

/** Body and footnote lines first (all lines when no stage has labelled them), up to the sample size. */
function sampleText(doc: UnDocument): string {
  let sample = "";
  for (const page of doc.pages) {
    const lines = pageLines(page);
    const body = lines.filter((l) => l.role !== "furniture");
    for (const line of body.length > 0 ? body : lines) {
      sample += line.text + "\n";
      if (sample.length >= SAMPLE_CHARS) return sample;
    }
  }
  return sample;
}
