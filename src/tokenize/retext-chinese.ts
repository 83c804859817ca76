/**
 * retext parser plugin for Chinese, in the form of retext-latin / retext-english: sets the
 * processor's parser to `parseChinese` with a word segmenter (nodejieba by default).
 * unified().use(retextChinese, { segmenter }).parse("会员国。") → nlcst Root.
 */
import type { Root } from "nlcst";
import type { Plugin, Processor } from "unified";
import { parseChinese, type ParseChineseOptions } from "./parse-chinese.js";

declare module "nlcst" {
  interface WordData {
    /** Part of speech (jieba's ICTCLAS tag set for Chinese). */
    partOfSpeech?: string;
  }
}

export type Options = ParseChineseOptions;

export const retextChinese: Plugin<[Options], string, Root> = function (this: Processor, options: Options) {
  const self = this as unknown as Processor<Root>;
  self.parser = (text: string) => parseChinese(text, options);
};
