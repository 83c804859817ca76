/**
 * Reads sentences and tokens off an nlcst tree by node positions, so offsets index the parsed
 * text exactly. White space between sentences is a token too: the tokens always tile the text.
 */
import type { Root, RootContent, ParagraphContent, SentenceContent } from "nlcst";
import { toString } from "nlcst-to-string";
import type { Sentence, Token } from "../model/document.js";

export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
}

type Leaf = RootContent | ParagraphContent | SentenceContent;

const KINDS: Readonly<Record<string, Token["kind"]>> = {
  WordNode: "word",
  PunctuationNode: "punctuation",
  SymbolNode: "symbol",
  SourceNode: "symbol",
  WhiteSpaceNode: "whitespace",
  TextNode: "word",
};

export function fromNlcst(tree: Root, text: string, withPos: boolean): Analysis {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const visit = (node: Leaf): void => {
    if (node.type === "ParagraphNode") {
      node.children.forEach(visit);
      return;
    }
    if (node.type === "SentenceNode") {
      const { start, end } = offsets(node, text);
      sentences.push({ start, end, text: text.slice(start, end) });
      node.children.forEach(visit);
      return;
    }
    const { start, end } = offsets(node, text);
    const token: Token = { kind: KINDS[node.type] ?? "symbol", text: text.slice(start, end), start, end };
    const pos = node.type === "WordNode" ? node.data?.partOfSpeech : undefined;
    if (withPos && pos !== undefined) token.pos = pos;
    tokens.push(token);
  };
  tree.children.forEach(visit);
  return { sentences, tokens };
}

function offsets(node: Leaf, text: string): { start: number; end: number } {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`nlcst ${node.type} "${toString(node)}" has no position`);
  if (text.slice(start, end) !== toString(node)) throw new Error(`nlcst ${node.type} position does not match its text`);
  return { start, end };
}
