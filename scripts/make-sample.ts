/**
 * Writes the bundled sample, input/A_RES_99_1_sample-zh.pdf, and its expected result,
 * test/fixtures/sample/expected.json, from one source text below. The PDF is our own
 * typesetting of a made-up Chinese General Assembly resolution in the UN layout (masthead, footnote,
 * running header, page-1 footer with job number, barcode text and 请回收); the symbol, dates and
 * job number are fictitious on purpose. Deterministic: same bytes on every run.
 *
 * Run: npm run make-sample        (write both files)
 *      npm run make-sample -- --check   (exit 1 if the checked-in files differ from what it would write)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LETTER, measure, writePdf, type FontName, type PageSpec, type Run, type TextSpec } from "../test/support/pdf-writer.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE_FILE = "input/A_RES_99_1_sample-zh.pdf";
const EXPECTED_FILE = "test/fixtures/sample/expected.json";
const CHECK = process.argv.includes("--check");

// ---- The source text (fictitious: no UN document has this symbol or job number). ----
const SYMBOL = "A/RES/99/1";
const JOB_NUMBER = "44-00001";
const BARCODE = "*4400001*";
const ISSUED = { text: "15 October 2044", iso: "2044-10-15" };
const SESSION = { text: "第九十九届会议", number: 99 };
const AGENDA = { text: "议程项目 76(a)", item: "76(a)" };
const DRAFT = "A/99/L.1";
const ADOPTION = "2044年9月20日大会决议";
const ADOPTION_BRACKET = `[未经发交主要委员会而通过(${DRAFT})]`;
const RESOLUTION = "99/1";
const TITLE = "促进海洋科学数据的开放共享";
const CLOSING = { date: "2044年9月20日", iso: "2044-09-20", meeting: "第3次全体会议" };
/** `{1}` in a paragraph stands where the superscript callout of footnote 1 is printed. */
const FOOTNOTE = { marker: "1", text: "联合国，《条约汇编》，第 9999 卷，第 99999 号。" };

interface Paragraph {
  number?: string;
  parent?: string;
  text: string;
  /** Preambular paragraphs: from the left margin, first line indented by two characters, no number. */
  indent?: boolean;
}

const PARAGRAPHS: readonly Paragraph[] = [
  { text: "大会，", indent: true },
  { text: "回顾其关于海洋和海洋法的各项决议，", indent: true },
  { text: "重申《联合国海洋法公约》规定了海洋中一切活动所必须遵循的法律框架，", indent: true },
  { text: "又重申必须开展国际合作，以促进海洋科学研究、海洋技术转让和发展中国家的能力建设，", indent: true },
  {
    text: "认识到海洋科学数据对于可持续发展、防灾减灾和保护海洋生态系统具有重要意义，并认识到许多发展中国家在收集、管理和使用此类数据方面仍面临困难，",
    indent: true,
  },
  {
    text: "深信以开放和可互操作的方式共享海洋科学数据，能够促进科学合作，增进对气候变化、海平面上升和海洋酸化等问题的了解，并有助于各国根据最佳现有科学知识作出决策，",
    indent: true,
  },
  { text: "注意到各国政府、国际组织、科学界和私营部门为改善数据共享所作的努力，", indent: true },
  {
    number: "1",
    text: "吁请各会员国在符合本国法律的前提下，以开放、及时和免费的方式共享由公共资金资助的海洋观测数据，并为此建立或加强国家海洋数据中心，确保数据得到妥善管理；",
  },
  {
    number: "2",
    text: "鼓励尚未加入《海洋科学数据共享公约》{1}的国家考虑加入该公约，并与相关区域组织合作，制定共同的数据格式和质量标准；",
  },
  {
    number: "3",
    text:
      "请秘书长与联合国教育、科学及文化组织政府间海洋学委员会和其他有关组织协商，编写一份关于发展中国家海洋数据能力建设需求的报告，" +
      "其中包括各区域的现有差距、可用资源、合作方式以及今后五年的优先事项，并提交大会第一百届会议审议；",
  },
  { number: "4", text: "决定设立一个向所有会员国开放的非正式协商进程，讨论数据共享的下列技术和法律问题：" },
  { number: "(a)", parent: "4", text: "数据的可查找性、可访问性、互操作性和可重用性；" },
  { number: "(b)", parent: "4", text: "数据的长期保存和引用；" },
  { number: "5", text: "邀请各会员国和其他利益攸关方为此目的向有关信托基金自愿捐款；" },
  { number: "6", text: "决定在大会第一百届会议临时议程中列入题为“海洋科学数据的开放共享”的分项目。" },
];

// ---- Layout (points, US Letter), after the UN Chinese template. ----
const [PAGE_WIDTH] = LETTER;
const LEFT = 72;
const RIGHT = PAGE_WIDTH - 72;
const BODY_FONT: FontName = "STSong-Light";
const HEADING_FONT: FontName = "SimHei";
const BODY_SIZE = 12;
/** Exact line spacing of the body; the template adds no space between paragraphs. */
const LEADING = 18;
const PARAGRAPH_SPACE = 0;
/** Extra space under the resolution's title line, as in the template. */
const TITLE_SPACE = 14;
/** Numbered paragraphs: the number hangs at 1.0 cm, the text stands at 1.9 cm (from the left margin). */
const NUMBER_X = LEFT + 28;
const TEXT_X = LEFT + 54;
const SUB_TEXT_X = TEXT_X + 2 * BODY_SIZE;
const FIRST_INDENT = 2 * BODY_SIZE;
const CALLOUT_SIZE = 7;
const CALLOUT_RISE = 5;
const FOOTNOTE_SIZE = 9;
/** Lowest baseline of body text: above the footnote zone on page 1, above the footer after. */
const BODY_FLOOR = { first: 150, other: 90 };
const BODY_TOP_LATER_PAGES = 710;
/** Baseline of the title line on page 1, under the masthead lines. */
const TITLE_BASELINE = 484;
/** Characters that may not open a line (kinsoku): they pull the previous character down. */
const NO_LINE_START = new Set([..."，。；：、？！）》」』”’"]);

interface Cursor {
  pages: PageSpec[];
  y: number;
}

interface PlacedParagraph {
  paragraph: Paragraph;
  pages: number[];
}

function main(): void {
  const pages: PageSpec[] = [firstPage()];
  const cursor: Cursor = { pages, y: TITLE_BASELINE };
  const title = `${RESOLUTION}.`;
  texts(cursor).push({ x: LEFT, y: cursor.y, size: BODY_SIZE, font: HEADING_FONT, text: title });
  texts(cursor).push({ x: TEXT_X, y: cursor.y, size: BODY_SIZE, font: HEADING_FONT, text: TITLE });
  cursor.y -= LEADING + TITLE_SPACE;
  const placed = PARAGRAPHS.map((paragraph) => placeParagraph(cursor, paragraph));
  for (const line of [CLOSING.date, CLOSING.meeting]) {
    newPageIfFull(cursor);
    texts(cursor).push({ x: RIGHT - measure(line, BODY_FONT, BODY_SIZE), y: cursor.y, size: BODY_SIZE, font: BODY_FONT, text: line });
    cursor.y -= LEADING;
  }
  pages.forEach((page, i) => addFurniture(page, i + 1, pages.length));
  check(placed, pages.length);
  const pdf = writePdf({ pages, title: `${SYMBOL} (uncorpus sample, not a UN document)` });
  const stale = [write(SAMPLE_FILE, pdf), write(EXPECTED_FILE, JSON.stringify(expected(), null, 1) + "\n")].filter((f) => f !== null);
  if (CHECK && stale.length > 0) {
    console.error(`make-sample: out of date (run npm run make-sample): ${stale.join(", ")}`);
    process.exitCode = 1;
  } else {
    console.log(`make-sample: ${SAMPLE_FILE} (${pdf.length} bytes, ${pages.length} pages) and ${EXPECTED_FILE}${CHECK ? " are up to date" : ""}`);
  }
}

function texts(cursor: Cursor): TextSpec[] {
  const page = cursor.pages[cursor.pages.length - 1]!;
  page.texts ??= [];
  return page.texts;
}

function newPageIfFull(cursor: Cursor): void {
  const floor = cursor.pages.length === 1 ? BODY_FLOOR.first : BODY_FLOOR.other;
  if (cursor.y >= floor) return;
  cursor.pages.push({ size: LETTER, texts: [], rules: [] });
  cursor.y = BODY_TOP_LATER_PAGES;
}

/** Page 1 before the body: the artifact header (organ, symbol, 大 会, Distr., date) and the masthead lines of the body. */
function firstPage(): PageSpec {
  const symbolSize = 18;
  const header: TextSpec[] = [
    { x: LEFT, y: 742, size: 14, font: HEADING_FONT, text: "联合国", artifact: true },
    { x: RIGHT - measure(SYMBOL, "Helvetica", symbolSize), y: 742, size: symbolSize, font: "Helvetica", text: SYMBOL, artifact: true },
    { x: LEFT + 60, y: 696, size: 20, font: HEADING_FONT, text: "大  会", artifact: true },
    { x: 432, y: 708, size: 10, font: "Times-Roman", text: "Distr.: General", artifact: true },
    { x: 432, y: 694, size: 10, font: "Times-Roman", text: ISSUED.text, artifact: true },
  ];
  const masthead: TextSpec[] = [
    { x: LEFT, y: 642, size: BODY_SIZE, font: HEADING_FONT, text: SESSION.text },
    { x: LEFT, y: 626, size: BODY_SIZE, font: BODY_FONT, text: AGENDA.text },
    centred(ADOPTION, 540, HEADING_FONT),
    centred(ADOPTION_BRACKET, 520, BODY_FONT),
  ];
  return {
    size: LETTER,
    texts: [...header, ...masthead],
    rules: [
      { x0: LEFT, y0: 734, x1: RIGHT, y1: 734, width: 0.75, artifact: true },
      { x0: LEFT, y0: 680, x1: RIGHT, y1: 680, width: 2.5, artifact: true },
    ],
  };
}

function centred(text: string, y: number, font: FontName): TextSpec {
  return { x: (PAGE_WIDTH - measure(text, font, BODY_SIZE)) / 2, y, size: BODY_SIZE, font, text };
}

/** Sets one paragraph line by line (a character at a time, ASCII runs unbroken), breaking pages. */
function placeParagraph(cursor: Cursor, paragraph: Paragraph): PlacedParagraph {
  const sub = paragraph.parent !== undefined;
  const left = paragraph.indent ? LEFT : sub ? SUB_TEXT_X : TEXT_X;
  const pages = new Set<number>();
  let first = true;
  for (const line of breakLines(paragraph.text, left, paragraph.indent ? FIRST_INDENT : 0)) {
    newPageIfFull(cursor);
    pages.add(cursor.pages.length);
    const x = left + (first && paragraph.indent ? FIRST_INDENT : 0);
    if (first && paragraph.number !== undefined) {
      const marker = sub ? paragraph.number : `${paragraph.number}.`;
      texts(cursor).push({ x: sub ? TEXT_X : NUMBER_X, y: cursor.y, size: BODY_SIZE, font: BODY_FONT, text: marker });
    }
    texts(cursor).push({ x, y: cursor.y, size: BODY_SIZE, font: BODY_FONT, text: line });
    if (line.some((run) => run.rise !== undefined)) addFootnote(cursor.pages[cursor.pages.length - 1]!);
    cursor.y -= LEADING;
    first = false;
  }
  cursor.y -= PARAGRAPH_SPACE;
  return { paragraph, pages: [...pages] };
}

/** Lines of runs; `{1}` becomes a superscript run. */
function breakLines(text: string, left: number, firstIndent: number): Run[][] {
  const tokens = text.match(/\{\d+\}|[A-Za-z0-9().\/-]+|./gu) ?? [];
  const lines: Run[][] = [];
  let line: string[] = [];
  let width = firstIndent;
  const widthOf = (token: string): number =>
    /^\{\d+\}$/.test(token) ? measure("1", "Times-Roman", CALLOUT_SIZE) : measure(token, BODY_FONT, BODY_SIZE);
  for (const token of tokens) {
    if (width + widthOf(token) > RIGHT - left && line.length > 0) {
      const carry = NO_LINE_START.has(token) ? [line.pop()!] : [];
      lines.push(toRuns(line));
      line = carry;
      width = carry.reduce((w, t) => w + widthOf(t), 0);
    }
    line.push(token);
    width += widthOf(token);
  }
  if (line.length > 0) lines.push(toRuns(line));
  return lines;
}

function toRuns(tokens: readonly string[]): Run[] {
  const runs: Run[] = [];
  for (const token of tokens) {
    const callout = /^\{(\d+)\}$/.exec(token);
    if (callout) runs.push({ text: callout[1]!, font: "Times-Roman", size: CALLOUT_SIZE, rise: CALLOUT_RISE });
    else if (runs.length > 0 && runs[runs.length - 1]!.rise === undefined) runs[runs.length - 1]!.text += token;
    else runs.push({ text: token });
  }
  return runs;
}

/** The footnote at the foot of the page holding its callout, under a short separator rule. */
function addFootnote(page: PageSpec): void {
  page.rules ??= [];
  page.texts ??= [];
  page.rules.push({ x0: LEFT, y0: 118, x1: LEFT + 144, y1: 118, width: 0.5 });
  page.texts.push({
    x: TEXT_X,
    y: 102,
    size: FOOTNOTE_SIZE,
    font: BODY_FONT,
    text: [{ text: FOOTNOTE.marker, font: "Times-Roman", size: 6, rise: 3 }, { text: ` ${FOOTNOTE.text}` }],
  });
}

/** Page-1 footer (job number, barcode text, 请回收); later pages: running header and footer. */
function addFurniture(page: PageSpec, number: number, count: number): void {
  page.texts ??= [];
  page.rules ??= [];
  if (number === 1) {
    page.texts.push(
      { x: LEFT, y: 52, size: 9, font: "Times-Roman", text: JOB_NUMBER, artifact: true },
      { x: 270, y: 40, size: 9, font: "Times-Roman", text: BARCODE, artifact: true },
      { x: RIGHT - measure("请回收", BODY_FONT, 9), y: 52, size: 9, font: BODY_FONT, text: "请回收", artifact: true },
    );
    return;
  }
  // Even pages: symbol left, title right in the header; page number left, job number right in the footer.
  const even = number % 2 === 0;
  const pageNumber = `${number}/${count}`;
  const [headLeft, headRight] = even ? [SYMBOL, TITLE] : [TITLE, SYMBOL];
  const [footLeft, footRight] = even ? [pageNumber, JOB_NUMBER] : [JOB_NUMBER, pageNumber];
  const fontOf = (text: string): FontName => (/^[\x20-\x7e]+$/.test(text) ? "Times-Bold" : HEADING_FONT);
  page.texts.push(
    { x: LEFT, y: 752, size: 10, font: fontOf(headLeft), text: headLeft, artifact: true },
    { x: RIGHT - measure(headRight, fontOf(headRight), 10), y: 752, size: 10, font: fontOf(headRight), text: headRight, artifact: true },
    { x: LEFT, y: 44, size: 9, font: "Times-Bold", text: footLeft, artifact: true },
    { x: RIGHT - measure(footRight, "Times-Bold", 9), y: 44, size: 9, font: "Times-Bold", text: footRight, artifact: true },
  );
  page.rules.push({ x0: LEFT, y0: 746, x1: RIGHT, y1: 746, width: 0.5, artifact: true });
}

/** The sample must show what it is for: a paragraph across pages, the footnote on page 1. */
function check(placed: readonly PlacedParagraph[], pageCount: number): void {
  if (pageCount !== 2) throw new Error(`make-sample: expected 2 pages, got ${pageCount}`);
  if (!placed.some((p) => p.pages.length === 2)) throw new Error("make-sample: no paragraph continues onto page 2");
  const withCallout = placed.find((p) => p.paragraph.text.includes("{1}"));
  if (withCallout?.pages[0] !== 1) throw new Error("make-sample: the footnoted paragraph must start on page 1");
}

/** The expected result in the gold format (see ../shared/gold/README.md). */
function expected(): object {
  const withCallout = PARAGRAPHS.find((p) => p.text.includes("{1}"));
  return {
    gold: 1,
    generatedBy: "scripts/make-sample.ts (do not edit by hand)",
    file: SAMPLE_FILE,
    symbol: SYMBOL,
    language: "zh",
    jobNumber: JOB_NUMBER,
    scope: "full",
    metadata: {
      distribution: "General",
      issued: ISSUED.iso,
      session: SESSION.number,
      agendaItems: [AGENDA.item],
      resolution: RESOLUTION,
      title: TITLE,
      adopted: CLOSING.iso,
      draft: DRAFT,
      meeting: CLOSING.meeting,
    },
    blocks: [
      { kind: "heading", text: `${RESOLUTION}. ${TITLE}` },
      ...PARAGRAPHS.map((p) => ({
        kind: "paragraph",
        ...(p.number === undefined ? {} : { number: p.number }),
        ...(p.parent === undefined ? {} : { parent: p.parent }),
        text: p.text.replace(/\{\d+\}/g, ""),
      })),
      { kind: "paragraph", text: CLOSING.date },
      { kind: "paragraph", text: CLOSING.meeting },
    ],
    footnotes: [{ marker: FOOTNOTE.marker, text: FOOTNOTE.text, paragraph: withCallout?.number ?? null }],
    absent: [JOB_NUMBER, "请回收", BARCODE, "Distr.", ISSUED.text, SYMBOL, "议程项目", SESSION.text, "2/2", ADOPTION, ADOPTION_BRACKET],
  };
}

/** Writes the file, or with --check compares it; returns the file's name when it differed. */
function write(relative: string, data: string | Uint8Array): string | null {
  const path = join(ROOT, relative);
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
  if (CHECK) return existsSync(path) && readFileSync(path).equals(bytes) ? null : relative;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return null;
}

main();
