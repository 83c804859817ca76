/**
 * One frozen unified processor per language and option set, built on first use: parse-english
 * for en, parse-latin for fr, es and ru (retext-parse-latin.ts: retext-english and retext-latin
 * with a cheaper first step), parse-latin with Arabic sentence ends for ar, and the
 * Chinese parser on nodejieba for zh (which loads the dictionaries only when Chinese is seen).
 */
import type { Root } from "nlcst";
import { unified, type Processor } from "unified";
import type { Language } from "../model/document.js";
import { jiebaSegmenter, type Segmenter } from "./jieba.js";
import { retextArabic } from "./retext-arabic.js";
import { retextChinese } from "./retext-chinese.js";
import { retextParseLatin } from "./retext-parse-latin.js";

export interface ProcessorOptions {
  pos: boolean;
  userDict?: string;
  /** Segmenter for zh instead of nodejieba in this thread (it then has the user dictionary). */
  segmenter?: Segmenter;
}

export type TextProcessor = Processor<Root, Root, Root>;

const cache = new Map<string, TextProcessor>();
const segmenterIds = new WeakMap<Segmenter, number>();
let lastSegmenterId = 0;

export function processorFor(language: Language, options: ProcessorOptions): TextProcessor {
  const key = `${language}\u0000${options.pos}\u0000${options.userDict ?? ""}\u0000${segmenterId(options.segmenter)}`;
  let processor = cache.get(key);
  if (processor === undefined) {
    processor = build(language, options);
    cache.set(key, processor);
  }
  return processor;
}

function build(language: Language, options: ProcessorOptions): TextProcessor {
  switch (language) {
    case "zh":
      return unified()
        .use(retextChinese, { segmenter: options.segmenter ?? jiebaSegmenter(options.userDict), pos: options.pos })
        .freeze() as unknown as TextProcessor;
    case "en":
      return unified().use(retextParseLatin, { english: true }).freeze() as unknown as TextProcessor;
    case "ar":
      return unified().use(retextArabic).freeze() as unknown as TextProcessor;
    case "fr":
    case "es":
    case "ru":
      return unified().use(retextParseLatin, { english: false }).freeze() as unknown as TextProcessor;
  }
}

function segmenterId(segmenter: Segmenter | undefined): string {
  if (segmenter === undefined) return "";
  let id = segmenterIds.get(segmenter);
  if (id === undefined) {
    id = ++lastSegmenterId;
    segmenterIds.set(segmenter, id);
  }
  return String(id);
}
