/**
 * Parses Chinese text into nlcst (Root → Paragraph → Sentence → Word / Punctuation / WhiteSpace /
 * Symbol) with positions, such that toString(tree) === text. Han runs are segmented by the given
 * segmenter and aligned back onto the text; everything else is tokenized by character class.
 * "移徙者和原籍国。" → Sentence[Word 移徙者, Word 和, Word 原籍国, Punctuation 。].
 */
import type { Paragraph, Root, RootContent, Sentence, SentenceContent, ParagraphContent } from "nlcst";
import { alignWords } from "./align-words.js";
import type { Segmenter } from "./jieba.js";
import { locator, type Locate } from "./locate.js";
import { mergeSymbolWords } from "./merge-symbol-words.js";
import { sentenceEnds } from "./sentence-ends.js";
import { splitRuns, type Run } from "./split-runs.js";

export interface ParseChineseOptions {
  segmenter: Segmenter;
  /** Part-of-speech tags (jieba's ICTCLAS set) in `data.partOfSpeech` of words. */
  pos?: boolean;
}

interface Piece extends Run {
  tag: string | null;
}

/** Blank line (two or more line breaks): a paragraph break, as in parse-latin. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n|\r[^\S\r\n]*\r/;
const NUMBER = /^[\p{N}.,/:-]+$/u;

export function parseChinese(text: string, options: ParseChineseOptions): Root {
  const locate = locator(text);
  const pieces = segment(text, options);
  const ends = sentenceEnds(text, pieces);
  const root: Root = { type: "RootNode", children: [], position: locate(0, text.length) };
  let paragraph: Piece[] = [];
  let paragraphEnds: boolean[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) root.children.push(buildParagraph(text, paragraph, paragraphEnds, locate));
    paragraph = [];
    paragraphEnds = [];
  };
  pieces.forEach((piece, i) => {
    if (piece.kind === "whitespace" && PARAGRAPH_BREAK.test(text.slice(piece.start, piece.end))) {
      flush();
      root.children.push(literal("WhiteSpaceNode", text, piece, locate) as RootContent);
      return;
    }
    paragraph.push(piece);
    paragraphEnds.push(ends[i] === true);
  });
  flush();
  return root;
}

/** Runs → pieces: Han runs cut into words, other runs as they stand. */
function segment(text: string, options: ParseChineseOptions): Piece[] {
  const pieces: Piece[] = [];
  for (const run of mergeSymbolWords(text, splitRuns(text))) {
    if (run.kind !== "han") {
      pieces.push({ ...run, tag: options.pos === true ? latinTag(text, run) : null });
      continue;
    }
    const value = text.slice(run.start, run.end);
    const words = options.pos === true
      ? options.segmenter.tag(value)
      : options.segmenter.cut(value).map((word) => ({ word, tag: null }));
    for (const word of alignWords(value, run.start, words)) {
      pieces.push({ kind: "han", start: word.start, end: word.end, tag: options.pos === true ? (word.tag ?? "x") : null });
    }
  }
  return pieces;
}

/** Tags jieba itself gives non-Han tokens: "m" numbers, "eng" Latin words, "x" the rest. */
function latinTag(text: string, run: Run): string | null {
  if (run.kind === "whitespace") return null;
  if (run.kind !== "word") return "x";
  return NUMBER.test(text.slice(run.start, run.end)) ? "m" : "eng";
}

function buildParagraph(text: string, pieces: readonly Piece[], ends: readonly boolean[], locate: Locate): Paragraph {
  const children: ParagraphContent[] = [];
  let sentence: SentenceContent[] = [];
  let pendingSpace: SentenceContent[] = [];
  const closeSentence = (): void => {
    const first = sentence[0];
    const last = sentence[sentence.length - 1];
    if (first?.position === undefined || last?.position === undefined) return;
    const node: Sentence = {
      type: "SentenceNode",
      children: sentence,
      position: locate(first.position.start.offset ?? 0, last.position.end.offset ?? 0),
    };
    children.push(node);
    sentence = [];
  };
  pieces.forEach((piece, i) => {
    const node = toNode(text, piece, locate);
    if (piece.kind === "whitespace") {
      if (sentence.length === 0) children.push(node as ParagraphContent);
      else pendingSpace.push(node);
      return;
    }
    sentence.push(...pendingSpace, node);
    pendingSpace = [];
    if (ends[i] === true) closeSentence();
  });
  closeSentence();
  children.push(...(pendingSpace as ParagraphContent[]));
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return { type: "ParagraphNode", children, position: locate(first?.start ?? 0, last?.end ?? 0) };
}

function toNode(text: string, piece: Piece, locate: Locate): SentenceContent {
  if (piece.kind === "han" || piece.kind === "word") {
    const position = locate(piece.start, piece.end);
    return {
      type: "WordNode",
      children: [{ type: "TextNode", value: text.slice(piece.start, piece.end), position }],
      position,
      ...(piece.tag === null ? {} : { data: { partOfSpeech: piece.tag } }),
    };
  }
  return literal(piece.kind === "whitespace" ? "WhiteSpaceNode" : piece.kind === "punctuation" ? "PunctuationNode" : "SymbolNode", text, piece, locate);
}

function literal(
  type: "WhiteSpaceNode" | "PunctuationNode" | "SymbolNode",
  text: string,
  piece: Run,
  locate: Locate,
): SentenceContent {
  return { type, value: text.slice(piece.start, piece.end), position: locate(piece.start, piece.end) };
}
