/**
 * retext parser plugin in the form of retext-latin / retext-english (parse-latin or
 * parse-english with the processor's nlcst extensions), with parse-latin's tokenize step
 * replaced by tokenizeLatin and the sentence plugins that cannot act on the text left out
 * (idle-sentence-plugins.ts): the same tree, made at less cost. English → parse-english's rules
 * ("e.g." and "Mr." do not end sentences); otherwise parse-latin's.
 */
import type { Root } from "nlcst";
import { ParseEnglish } from "parse-english";
import { ParseLatin } from "parse-latin";
import type { Processor } from "unified";
// retext-latin declares the nlcst extension keys of unified's processor data.
import type {} from "retext-latin";
import { sentencePluginsFor } from "./idle-sentence-plugins.js";
import { tokenizeLatin } from "./tokenize-latin.js";

export interface Options {
  english: boolean;
}

export function retextParseLatin(this: Processor, options: Options): void {
  const self = this as unknown as Processor<Root>;
  self.parser = (text: string): Root => {
    const parser = options.english ? new ParseEnglish() : new ParseLatin();
    parser.tokenize = tokenizeLatin;
    // As retext-latin does: the processor's extensions run before parse-latin's own plugins.
    parser.tokenizeParagraphPlugins.unshift(...(self.data("nlcstParagraphExtensions") ?? []));
    parser.tokenizeRootPlugins.unshift(...(self.data("nlcstRootExtensions") ?? []));
    parser.tokenizeSentencePlugins.unshift(...(self.data("nlcstSentenceExtensions") ?? []));
    parser.tokenizeSentencePlugins = sentencePluginsFor(parser.tokenizeSentencePlugins, text);
    return parser.parse(text);
  };
}
