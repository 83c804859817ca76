/**
 * Reads sentences and tokens off an nlcst tree by node positions, so offsets index the parsed
 * text exactly. White space between sentences is a token too: the tokens always tile the text.
 * Every token's text is checked against its node, and every sentence against its first and last
 * token, so a parser that misplaces a node fails loudly instead of shifting offsets.
 */
import type { Paragraph, Root, RootContent, ParagraphContent, SentenceContent } from "nlcst";
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
  const analysis: Analysis = { sentences: [], tokens: [] };
  for (const node of tree.children) visit(node, text, withPos, analysis);
  return analysis;
}

function visit(node: Leaf, text: string, withPos: boolean, analysis: Analysis): void {
  const { sentences, tokens } = analysis;
  if (node.type === "ParagraphNode") {
    for (const child of (node as Paragraph).children) visit(child, text, withPos, analysis);
    return;
  }
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`nlcst ${node.type} "${toString(node)}" has no position`);
  if (node.type === "SentenceNode") {
    const first = tokens.length;
    for (const child of node.children) visit(child, text, withPos, analysis);
    const empty = tokens.length === first;
    if (empty ? start !== end : tokens[first]?.start !== start || tokens[tokens.length - 1]?.end !== end) throw mismatch(node);
    sentences.push({ start, end, text: text.slice(start, end) });
    return;
  }
  const token: Token = { kind: KINDS[node.type] ?? "symbol", text: text.slice(start, end), start, end };
  if (token.text !== valueOf(node)) throw mismatch(node);
  const pos = node.type === "WordNode" ? node.data?.partOfSpeech : undefined;
  if (withPos && pos !== undefined) token.pos = pos;
  tokens.push(token);
}

/** A leaf's text without walking it: a word's one text child, else the node's value. */
function valueOf(node: Leaf): string {
  if ("value" in node) return node.value;
  const only = node.type === "WordNode" && node.children.length === 1 ? node.children[0] : undefined;
  return only !== undefined && "value" in only ? only.value : toString(node);
}

function mismatch(node: Leaf): Error {
  return new Error(`nlcst ${node.type} position does not match its text`);
}
