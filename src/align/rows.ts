/**
 * Rows of DIR/aligned/paragraphs.csv and sentences.csv, one per unit, the two languages in
 * alphabetical order of their ISO codes. A side joining several pieces lists their ids joined
 * with "+" and their texts joined with one space (none between Chinese characters, join-texts.ts);
 * a sentence side lists its blocks once each and its sentence numbers, which restart at 1 in each
 * block ("b0003+b0004", "4+1": sentence 4 of b0003 and sentence 1 of b0004).
 * Example: { block_a: "b0013", block_b: "b0013", score: 0.8312, anchor: "number", weak: 0, … }.
 */
import type { Cell } from "../corpus/columns.js";
import { joinTexts } from "./join-texts.js";
import type { Unit } from "./unit.js";

export const PARAGRAPH_COLUMNS = ["document_a", "document_b", "language_a", "language_b", "block_a", "block_b", "text_a", "text_b", "score", "anchor", "weak"] as const;
export const SENTENCE_COLUMNS = [
  "document_a", "document_b", "language_a", "language_b", "block_a", "block_b", "sentence_a", "sentence_b", "text_a", "text_b", "score", "weak",
] as const;

/** The documents of a pair: their ids in the corpus and their languages. */
export interface PairInfo {
  symbol: string;
  documentA: string;
  documentB: string;
  languageA: string;
  languageB: string;
}

/** Scores are written with this many decimals (same bytes on every machine). */
const SCORE_DECIMALS = 4;

export function roundScore(score: number): number {
  return Number(score.toFixed(SCORE_DECIMALS));
}

export function paragraphRow(pair: PairInfo, unit: Unit): Record<(typeof PARAGRAPH_COLUMNS)[number], Cell> {
  return {
    ...documents(pair),
    block_a: unit.a.ids.join("+"),
    block_b: unit.b.ids.join("+"),
    text_a: joinTexts(unit.a.texts),
    text_b: joinTexts(unit.b.texts),
    score: roundScore(unit.score),
    anchor: unit.anchor,
    weak: unit.weak ? 1 : 0,
  };
}

export function sentenceRow(pair: PairInfo, unit: Unit): Record<(typeof SENTENCE_COLUMNS)[number], Cell> {
  const a = splitSentenceIds(unit.a.ids);
  const b = splitSentenceIds(unit.b.ids);
  return {
    ...documents(pair),
    block_a: a.blocks,
    block_b: b.blocks,
    sentence_a: a.sentences,
    sentence_b: b.sentences,
    text_a: joinTexts(unit.a.texts),
    text_b: joinTexts(unit.b.texts),
    score: roundScore(unit.score),
    weak: unit.weak ? 1 : 0,
  };
}

function documents(pair: PairInfo): { document_a: string; document_b: string; language_a: string; language_b: string } {
  return { document_a: pair.documentA, document_b: pair.documentB, language_a: pair.languageA, language_b: pair.languageB };
}

/** ["b0003.4", "b0004.1"] → { blocks: "b0003+b0004", sentences: "4+1" }. */
export function splitSentenceIds(ids: readonly string[]): { blocks: string; sentences: string } {
  const blocks: string[] = [];
  const numbers: string[] = [];
  for (const id of ids) {
    const dot = id.lastIndexOf(".");
    const block = id.slice(0, dot);
    if (blocks[blocks.length - 1] !== block) blocks.push(block);
    numbers.push(id.slice(dot + 1));
  }
  return { blocks: blocks.join("+"), sentences: numbers.join("+") };
}
