/**
 * Arabic on parse-latin (retext-parse-latin.ts), plus one sentence rule parse-latin lacks: the Arabic question mark
 * "؟" ends a sentence before white space. "هل هذا صحيح؟ نعم" → two sentences.
 */
import type { Paragraph, ParagraphContent, Root, Sentence, SentenceContent } from "nlcst";
import type { Processor } from "unified";
import type {} from "retext-latin";
import { retextParseLatin } from "./retext-parse-latin.js";

const ARABIC_TERMINALS = new Set(["؟", "۔"]);

export function retextArabic(this: Processor): void {
  const self = this as unknown as Processor<Root>;
  self.use(retextParseLatin, { english: false });
  const extensions = self.data("nlcstParagraphExtensions") ?? [];
  self.data("nlcstParagraphExtensions", [...extensions, splitArabicSentences]);
}

function splitArabicSentences(paragraph: Paragraph): undefined {
  const children: ParagraphContent[] = [];
  for (const child of paragraph.children) {
    if (child.type !== "SentenceNode") children.push(child);
    else children.push(...splitSentence(child));
  }
  paragraph.children = children;
  return undefined;
}

function splitSentence(sentence: Sentence): ParagraphContent[] {
  const out: ParagraphContent[] = [];
  let current: SentenceContent[] = [];
  const nodes = sentence.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined) continue;
    current.push(node);
    const next = nodes[i + 1];
    if (node.type === "PunctuationNode" && ARABIC_TERMINALS.has(node.value) && next?.type === "WhiteSpaceNode") {
      out.push(makeSentence(current));
      out.push(next);
      current = [];
      i++;
    }
  }
  if (current.length > 0) out.push(makeSentence(current));
  return out;
}

function makeSentence(children: SentenceContent[]): Sentence {
  const start = children[0]?.position?.start;
  const end = children[children.length - 1]?.position?.end;
  return start && end ? { type: "SentenceNode", children, position: { start, end } } : { type: "SentenceNode", children };
}
