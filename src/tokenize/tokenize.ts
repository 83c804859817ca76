/**
 * Stage 6, tokenize: sentences and tokens for every block and footnote, in the document's
 * language (from the metadata, else guessed from the script). Offsets index each text exactly.
 */
import type { UnDocument } from "../model/document.js";
import type { PipelineOptions } from "../options.js";
import { detectLanguage } from "./detect-language.js";
import { fromNlcst, type Analysis } from "./from-nlcst.js";
import { processorFor, type TextProcessor } from "./processors.js";

export function tokenize(doc: UnDocument, options: PipelineOptions): void {
  if (options.tokenize === false) return;
  const language = doc.metadata.language ?? detectLanguage(doc.blocks.map((b) => b.text));
  const pos = options.pos === true && language === "zh";
  const processor = processorFor(language, {
    pos,
    ...(options.userDict === undefined ? {} : { userDict: options.userDict }),
    ...(options.segmenter === undefined ? {} : { segmenter: options.segmenter }),
  });
  for (const item of [...doc.blocks, ...doc.footnotes]) {
    const { sentences, tokens } = analyse(processor, item.text, pos);
    item.sentences = sentences;
    item.tokens = tokens;
  }
}

/** Parses and runs `text` through the processor, then reads sentences and tokens off the tree. */
export function analyse(processor: TextProcessor, text: string, pos: boolean): Analysis {
  const tree = processor.runSync(processor.parse(text));
  return fromNlcst(tree, text, pos);
}
