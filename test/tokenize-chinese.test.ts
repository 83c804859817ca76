import { test } from "node:test";
import assert from "node:assert/strict";
import { unified } from "unified";
import { toString } from "nlcst-to-string";
import type { Root } from "nlcst";
import type { Segmenter } from "../src/tokenize/jieba.js";
import { jiebaSegmenter } from "../src/tokenize/jieba.js";
import { retextChinese } from "../src/tokenize/retext-chinese.js";
import { fromNlcst } from "../src/tokenize/from-nlcst.js";
import { alignWords } from "../src/tokenize/align-words.js";
import type { Token } from "../src/model/document.js";

/** A segmenter that cuts Han text into single characters: no dictionary needed. */
const singles: Segmenter = {
  cut: (text) => [...text],
  tag: (text) => [...text].map((word) => ({ word, tag: "x" })),
};

function parse(text: string, segmenter: Segmenter = singles, pos = false) {
  const processor = unified().use(retextChinese, { segmenter, pos });
  const tree = processor.runSync(processor.parse(text)) as Root;
  return { tree, ...fromNlcst(tree, text, pos) };
}

function sentences(text: string, segmenter?: Segmenter): string[] {
  return parse(text, segmenter).sentences.map((s) => s.text);
}

function assertTiles(text: string, tokens: readonly Token[]): void {
  let at = 0;
  for (const token of tokens) {
    assert.equal(token.start, at, `token "${token.text}" starts where the previous ended`);
    assert.equal(text.slice(token.start, token.end), token.text);
    at = token.end;
  }
  assert.equal(at, text.length, "tokens cover the whole text");
}

const MIXED = "68/4. 国际移徙与发展\u3000高级别对话 A/RES/68/4，第21(e)段；2013 年 10 月 3 日\t3.5%😀𠀀字\n\n新段落……“引号。”（括号！）End.";

test("keeps every character: toString(tree) equals the text and tokens tile it", () => {
  for (const segmenter of [singles, jiebaSegmenter()]) {
    const { tree, tokens } = parse(MIXED, segmenter);
    assert.equal(toString(tree), MIXED);
    assertTiles(MIXED, tokens);
  }
});

test("gives every nlcst node a position whose offsets slice out its own text", () => {
  const { tree } = parse(MIXED, jiebaSegmenter());
  const visit = (node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    assert.ok(start !== undefined && end !== undefined, `${node.type} has a position`);
    assert.equal(MIXED.slice(start, end), toString(node as Parameters<typeof toString>[0]));
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(tree as unknown as Parameters<typeof visit>[0]);
});

test("builds Root → Paragraph → Sentence → Word/Punctuation/WhiteSpace/Symbol", () => {
  const { tree } = parse("会员国。 $5");
  assert.equal(tree.type, "RootNode");
  const paragraph = tree.children[0];
  assert.equal(paragraph?.type, "ParagraphNode");
  const types = paragraph?.type === "ParagraphNode" ? paragraph.children.map((c) => c.type) : [];
  assert.deepEqual(types, ["SentenceNode", "WhiteSpaceNode", "SentenceNode"]);
  const last = paragraph?.type === "ParagraphNode" ? paragraph.children[2] : undefined;
  assert.deepEqual(last?.type === "SentenceNode" ? last.children.map((c) => c.type) : [], ["SymbolNode", "WordNode"]);
});

test("splits sentences after 。！？；… and keeps the closing quote with its sentence", () => {
  assert.deepEqual(sentences("第一句。第二句！第三句？第四句；第五句……第六句"), [
    "第一句。",
    "第二句！",
    "第三句？",
    "第四句；",
    "第五句……",
    "第六句",
  ]);
  assert.deepEqual(sentences("他问：“真的吗？！”她说。"), ["他问：“真的吗？！”她说。"]);
});

test("splits on Latin . ! ? ; only before white space, Han text or the end", () => {
  assert.deepEqual(sentences("It works. 第二句! Third? 4th; 完."), ["It works.", "第二句!", "Third?", "4th;", "完."]);
  assert.deepEqual(sentences("版本3.5版，见www.un.org网站。"), ["版本3.5版，见www.un.org网站。"]);
});

test("does not break inside document symbols, numbered items or a resolution number", () => {
  assert.deepEqual(sentences("68/4. 国际移徙与发展高级别对话宣言"), ["68/4. 国际移徙与发展高级别对话宣言"]);
  assert.deepEqual(sentences("见A/RES/68/4和议程项目21(e)。完"), ["见A/RES/68/4和议程项目21(e)。", "完"]);
  const { tokens } = parse("见A/RES/68/4和E/CN.6/2013/L.4及21(e)。");
  const words = tokens.filter((t) => t.kind === "word").map((t) => t.text);
  assert.ok(words.includes("A/RES/68/4"), "the symbol is one token");
  assert.ok(words.includes("E/CN.6/2013/L.4"), "a symbol with dots is one token");
  assert.deepEqual(tokens.slice(-5).map((t) => t.text), ["21", "(", "e", ")", "。"]);
});

test("does not break inside 《…》, “…” or （…）, but an unclosed opener protects nothing", () => {
  assert.deepEqual(sentences("注意到《公约。议定书》等。完"), ["注意到《公约。议定书》等。", "完"]);
  assert.deepEqual(sentences("他说“我们来了。你们呢？”然后走了。完"), ["他说“我们来了。你们呢？”然后走了。", "完"]);
  assert.deepEqual(sentences("（见第一章。）下文。完"), ["（见第一章。）下文。", "完"]);
  assert.deepEqual(sentences("（续前页。下一句。"), ["（续前页。", "下一句。"]);
});

test("starts a new paragraph at a blank line", () => {
  const { tree } = parse("第一段。\n\n第二段。");
  assert.deepEqual(tree.children.map((c) => c.type), ["ParagraphNode", "WhiteSpaceNode", "ParagraphNode"]);
});

test("aligns offsets by walking the text even when the segmenter drops or changes characters", () => {
  const text = "国际移徙者";
  const words = [{ word: "国际", tag: null }, { word: "移徒", tag: null }, { word: "者", tag: null }];
  const aligned = alignWords(text, 10, words);
  assert.deepEqual(aligned.map((w) => [w.start, w.end]), [[10, 12], [12, 13], [13, 14], [14, 15]]);
  const lossy: Segmenter = { cut: (t) => [t.slice(0, 2), t.slice(3)], tag: () => [] };
  const { tokens } = parse(text, lossy);
  assertTiles(text, tokens);
});

test("adds jieba part-of-speech tags only when asked, and to words only", () => {
  const text = "会员国通过2013年决议。";
  const tagged = parse(text, jiebaSegmenter(), true).tokens;
  assert.equal(tagged.find((t) => t.text === "会员国")?.pos, "n");
  assert.equal(tagged.find((t) => t.text === "2013")?.pos, "m");
  assert.equal(tagged.find((t) => t.text === "。")?.pos, undefined);
  assert.ok(parse(text, jiebaSegmenter(), false).tokens.every((t) => t.pos === undefined));
});

test("segments the same words with and without --pos", () => {
  const text = "认识到国际移徙是对原籍国、过境国和目的地国发展具有重大影响的一个多层面现实";
  const plain = parse(text, jiebaSegmenter(), false).tokens.map((t) => t.text);
  const tagged = parse(text, jiebaSegmenter(), true).tokens.map((t) => t.text);
  assert.deepEqual(tagged, plain);
});
