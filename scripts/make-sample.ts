/**
 * Writes the bundled sample, input/A_RES_99_1_sample-zh.pdf, and its expected result,
 * test/fixtures/sample/expected.json, from one source text below; and from its English version
 * (the same resolution, translated by this project) input/A_RES_99_1_sample-en.pdf and
 * test/fixtures/sample/expected-en.json, the parallel pair the alignment tests use. The PDFs are
 * our own typesetting of a made-up General Assembly resolution in the UN layout (masthead,
 * footnote, running header, page-1 footer with job number, barcode text and 请回收 / Please
 * recycle); the symbol, dates and job number are fictitious on purpose. Deterministic: same
 * bytes on every run.
 *
 * Run: npm run make-sample        (write both files)
 *      npm run make-sample -- --check   (exit 1 if the checked-in files differ from what it would write)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LETTER, measure, writePdf, type FontName, type PageSpec, type Run, type TextSpec } from "../test/support/pdf-writer.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CHECK = process.argv.includes("--check");

// ---- The source text (fictitious: no UN document has this symbol or job number). ----
const SYMBOL = "A/RES/99/1";
const JOB_NUMBER = "44-00001";
const BARCODE = "*4400001*";
const ISSUED = { text: "15 October 2044", iso: "2044-10-15" };
const DRAFT = "A/99/L.1";
const RESOLUTION = "99/1";

interface Paragraph {
  number?: string;
  parent?: string;
  text: string;
  /** Preambular paragraphs: from the left margin, first line indented by two characters, no number. */
  indent?: boolean;
}

/** One language version: its words, fonts and furniture; the layout below is shared. */
interface Sample {
  language: "zh" | "en";
  file: string;
  expectedFile: string;
  bodyFont: FontName;
  headingFont: FontName;
  /** How lines break: a character at a time (Chinese, ASCII runs unbroken) or a word at a time. */
  breakBy: "character" | "word";
  organ: string;
  organSize: number;
  body: string;
  jobNumberPrinted: string;
  recycle: string;
  session: { text: string; number: number };
  agenda: { text: string; item: string };
  adoption: string;
  adoptionBracket: string;
  title: string;
  /** The closing lines as printed, top to bottom, and what the metadata reads from them. */
  closing: { lines: readonly string[]; iso: string; meeting: string };
  /** `{1}` in a paragraph stands where the superscript callout of footnote 1 is printed. */
  footnote: { marker: string; text: string };
  paragraphs: readonly Paragraph[];
  /** Pages the sample must take. */
  pageCount: number;
  /** The sample exists to show a paragraph continued on the next page and a footnote on page 1 (the Chinese one does). */
  crossesPage: boolean;
}

const PARAGRAPHS_ZH: readonly Paragraph[] = [
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


const ZH: Sample = {
  language: "zh",
  file: "input/A_RES_99_1_sample-zh.pdf",
  expectedFile: "test/fixtures/sample/expected.json",
  bodyFont: "STSong-Light",
  headingFont: "SimHei",
  breakBy: "character",
  organ: "联合国",
  organSize: 14,
  body: "大  会",
  jobNumberPrinted: JOB_NUMBER,
  recycle: "请回收",
  session: { text: "第九十九届会议", number: 99 },
  agenda: { text: "议程项目 76(a)", item: "76(a)" },
  adoption: "2044年9月20日大会决议",
  adoptionBracket: `[未经发交主要委员会而通过(${DRAFT})]`,
  title: "促进海洋科学数据的开放共享",
  closing: { lines: ["2044年9月20日", "第3次全体会议"], iso: "2044-09-20", meeting: "第3次全体会议" },
  footnote: { marker: "1", text: "联合国，《条约汇编》，第 9999 卷，第 99999 号。" },
  paragraphs: PARAGRAPHS_ZH,
  pageCount: 2,
  crossesPage: true,
};

/**
 * The English version: the Chinese text above translated sentence for sentence by this project,
 * in the wording UN English resolutions use, so that the two align paragraph for paragraph.
 */
const PARAGRAPHS_EN: readonly Paragraph[] = [
  { text: "The General Assembly,", indent: true },
  { text: "Recalling its resolutions on oceans and the law of the sea,", indent: true },
  {
    text: "Reaffirming that the United Nations Convention on the Law of the Sea sets out the legal framework within which all activities in the oceans and seas must be carried out,",
    indent: true,
  },
  {
    text: "Reaffirming also the need for international cooperation to promote marine scientific research, the transfer of marine technology and capacity-building in developing countries,",
    indent: true,
  },
  {
    text: "Recognizing the importance of ocean science data for sustainable development, disaster risk reduction and the protection of marine ecosystems, and recognizing also that many developing countries still face difficulties in collecting, managing and using such data,",
    indent: true,
  },
  {
    text: "Convinced that sharing ocean science data in an open and interoperable manner can promote scientific cooperation, improve understanding of issues such as climate change, sea-level rise and ocean acidification, and help States to take decisions on the basis of the best available scientific knowledge,",
    indent: true,
  },
  { text: "Noting the efforts made by Governments, international organizations, the scientific community and the private sector to improve data sharing,", indent: true },
  {
    number: "1",
    text: "Calls upon Member States, consistent with their national law, to share publicly funded ocean observation data in an open, timely and free manner, and to that end to establish or strengthen national oceanographic data centres that ensure the proper management of the data;",
  },
  {
    number: "2",
    text: "Encourages States that have not yet done so to consider becoming parties to the Convention on the Sharing of Ocean Science Data{1} and to cooperate with the relevant regional organizations in developing common data formats and quality standards;",
  },
  {
    number: "3",
    text:
      "Requests the Secretary-General, in consultation with the Intergovernmental Oceanographic Commission of the United Nations Educational, Scientific and Cultural Organization and other relevant organizations, " +
      "to prepare a report on the needs of developing countries for capacity-building in ocean data, including the existing gaps in each region, the resources available, the modes of cooperation and the priorities for the next five years, " +
      "and to submit it to the General Assembly for consideration at its one hundredth session;",
  },
  { number: "4", text: "Decides to establish an informal consultative process, open to all Member States, to discuss the following technical and legal issues of data sharing:" },
  { number: "(a)", parent: "4", text: "The findability, accessibility, interoperability and reusability of data;" },
  { number: "(b)", parent: "4", text: "The long-term preservation and citation of data;" },
  { number: "5", text: "Invites Member States and other stakeholders to make voluntary contributions to the relevant trust fund for this purpose;" },
  { number: "6", text: "Decides to include in the provisional agenda of its one hundredth session the sub-item entitled “Open sharing of ocean science data”." },
];

const EN: Sample = {
  language: "en",
  file: "input/A_RES_99_1_sample-en.pdf",
  expectedFile: "test/fixtures/sample/expected-en.json",
  bodyFont: "Times-Roman",
  headingFont: "Times-Bold",
  breakBy: "word",
  organ: "United Nations",
  organSize: 12,
  body: "General Assembly",
  jobNumberPrinted: `${JOB_NUMBER} (E)`,
  recycle: "Please recycle",
  session: { text: "Ninety-ninth session", number: 99 },
  agenda: { text: "Agenda item 76 (a)", item: "76(a)" },
  adoption: "Resolution adopted by the General Assembly on 20 September 2044",
  adoptionBracket: `[without reference to a Main Committee (${DRAFT})]`,
  title: "Promoting the open sharing of ocean science data",
  closing: { lines: ["3rd plenary meeting", "20 September 2044"], iso: "2044-09-20", meeting: "3rd plenary meeting" },
  footnote: { marker: "1", text: "United Nations, Treaty Series, vol. 9999, No. 99999." },
  paragraphs: PARAGRAPHS_EN,
  pageCount: 2,
  crossesPage: false,
};

const SAMPLES: readonly Sample[] = [ZH, EN];


// ---- Layout (points, US Letter), after the UN template (the Chinese one; English takes the same). ----
const [PAGE_WIDTH] = LETTER;
const LEFT = 72;
const RIGHT = PAGE_WIDTH - 72;
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

/**
 * Advance widths of Times-Roman (Adobe's AFM, thousandths of an em) for printable ASCII and the
 * curly quotes: the English sample is justified, so its word positions need the widths pdf.js
 * itself uses for the non-embedded standard font.
 */
const TIMES_ROMAN =
  "250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500 500 500 500 500 278 278 564 564 564 444 " +
  "921 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500 " +
  "333 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444 480 200 480 541";
const TIMES_WIDTHS = new Map<string, number>([
  ...TIMES_ROMAN.split(" ").map((w, i) => [String.fromCharCode(32 + i), Number(w)] as [string, number]),
  ["\u2018", 333],
  ["\u2019", 333],
  ["\u201c", 444],
  ["\u201d", 444],
]);

function timesWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const width = TIMES_WIDTHS.get(ch);
    if (width === undefined) throw new Error(`make-sample: no Times-Roman width for "${ch}"`);
    em += width;
  }
  return (em / 1000) * size;
}

interface Cursor {
  sample: Sample;
  pages: PageSpec[];
  y: number;
}

interface PlacedParagraph {
  paragraph: Paragraph;
  pages: number[];
}

function main(): void {
  const stale: string[] = [];
  for (const sample of SAMPLES) {
    const pages: PageSpec[] = [firstPage(sample)];
    const cursor: Cursor = { sample, pages, y: TITLE_BASELINE };
    const title = `${RESOLUTION}.`;
    texts(cursor).push({ x: LEFT, y: cursor.y, size: BODY_SIZE, font: sample.headingFont, text: title });
    texts(cursor).push({ x: TEXT_X, y: cursor.y, size: BODY_SIZE, font: sample.headingFont, text: sample.title });
    cursor.y -= LEADING + TITLE_SPACE;
    const placed = sample.paragraphs.map((paragraph) => placeParagraph(cursor, paragraph));
    for (const line of sample.closing.lines) {
      newPageIfFull(cursor);
      texts(cursor).push({ x: RIGHT - measure(line, sample.bodyFont, BODY_SIZE), y: cursor.y, size: BODY_SIZE, font: sample.bodyFont, text: line });
      cursor.y -= LEADING;
    }
    pages.forEach((page, i) => addFurniture(sample, page, i + 1, pages.length));
    check(sample, placed, pages.length);
    const pdf = writePdf({ pages, title: `${SYMBOL} (uncorpus sample, not a UN document)` });
    stale.push(...[write(sample.file, pdf), write(sample.expectedFile, JSON.stringify(expected(sample), null, 1) + "\n")].filter((f) => f !== null));
    if (!CHECK) console.log(`make-sample: ${sample.file} (${pdf.length} bytes, ${pages.length} pages) and ${sample.expectedFile}`);
  }
  if (CHECK && stale.length > 0) {
    console.error(`make-sample: out of date (run npm run make-sample): ${stale.join(", ")}`);
    process.exitCode = 1;
  } else if (CHECK) {
    console.log(`make-sample: ${SAMPLES.map((s) => `${s.file} and ${s.expectedFile}`).join(", ")} are up to date`);
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

/** Page 1 before the body: the artifact header (organ, symbol, organ of the body, Distr., date) and the masthead lines of the body. */
function firstPage(sample: Sample): PageSpec {
  const symbolSize = 18;
  const header: TextSpec[] = [
    { x: LEFT, y: 742, size: sample.organSize, font: sample.headingFont, text: sample.organ, artifact: true },
    { x: RIGHT - measure(SYMBOL, "Helvetica", symbolSize), y: 742, size: symbolSize, font: "Helvetica", text: SYMBOL, artifact: true },
    { x: LEFT + 60, y: 696, size: 20, font: sample.headingFont, text: sample.body, artifact: true },
    { x: 432, y: 708, size: 10, font: "Times-Roman", text: "Distr.: General", artifact: true },
    { x: 432, y: 694, size: 10, font: "Times-Roman", text: ISSUED.text, artifact: true },
  ];
  const masthead: TextSpec[] = [
    { x: LEFT, y: 642, size: BODY_SIZE, font: sample.headingFont, text: sample.session.text },
    { x: LEFT, y: 626, size: BODY_SIZE, font: sample.bodyFont, text: sample.agenda.text },
    centred(sample.adoption, 540, sample.headingFont),
    centred(sample.adoptionBracket, 520, sample.bodyFont),
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

/** Sets one paragraph line by line (Chinese a character at a time, ASCII runs unbroken; English a word at a time), breaking pages. */
function placeParagraph(cursor: Cursor, paragraph: Paragraph): PlacedParagraph {
  const { sample } = cursor;
  const sub = paragraph.parent !== undefined;
  const left = paragraph.indent ? LEFT : sub ? SUB_TEXT_X : TEXT_X;
  const pages = new Set<number>();
  let first = true;
  const lines = breakLines(sample, paragraph.text, left, paragraph.indent ? FIRST_INDENT : 0);
  for (const [i, line] of lines.entries()) {
    newPageIfFull(cursor);
    pages.add(cursor.pages.length);
    const x = left + (first && paragraph.indent ? FIRST_INDENT : 0);
    if (first && paragraph.number !== undefined) {
      const marker = sub ? paragraph.number : `${paragraph.number}.`;
      texts(cursor).push({ x: sub ? TEXT_X : NUMBER_X, y: cursor.y, size: BODY_SIZE, font: sample.bodyFont, text: marker });
    }
    if (sample.breakBy === "word") texts(cursor).push(...justify(line, x, cursor.y, sample.bodyFont, i === lines.length - 1));
    else texts(cursor).push({ x, y: cursor.y, size: BODY_SIZE, font: sample.bodyFont, text: line });
    if (line.some((run) => run.rise !== undefined)) addFootnote(sample, cursor.pages[cursor.pages.length - 1]!);
    cursor.y -= LEADING;
    first = false;
  }
  cursor.y -= PARAGRAPH_SPACE;
  return { paragraph, pages: [...pages] };
}

/**
 * An English line set justified, as UN English documents are: each word placed on its own, the
 * space left over shared between the gaps (the last line of a paragraph keeps plain spaces).
 */
function justify(line: readonly Run[], x: number, y: number, font: FontName, last: boolean): TextSpec[] {
  const words: Run[][] = [];
  for (const run of line) {
    if (run.rise !== undefined) {
      words[words.length - 1]?.push(run);
      continue;
    }
    for (const [k, word] of run.text.split(" ").entries()) {
      if (word === "") continue;
      if (k === 0 && words.length > 0 && !run.text.startsWith(" ") && words[words.length - 1]!.every((r) => r.rise === undefined)) words[words.length - 1]!.push({ text: word });
      else words.push([{ text: word }]);
    }
  }
  const widthOf = (word: readonly Run[]): number => word.reduce((w, r) => w + timesWidth(r.text, r.size ?? BODY_SIZE), 0);
  const natural = words.reduce((w, word) => w + widthOf(word), 0);
  const space = timesWidth(" ", BODY_SIZE);
  const gap = last || words.length < 2 ? space : (RIGHT - x - natural) / (words.length - 1);
  const specs: TextSpec[] = [];
  let at = x;
  for (const word of words) {
    specs.push({ x: at, y, size: BODY_SIZE, font, text: word.map((r) => ({ ...r })) });
    at += widthOf(word) + gap;
  }
  return specs;
}

/** Lines of runs; `{1}` becomes a superscript run. English lines break at spaces, which stay at the end of the line they close. */
function breakLines(sample: Sample, text: string, left: number, firstIndent: number): Run[][] {
  const pattern = sample.breakBy === "character" ? /\{\d+\}|[A-Za-z0-9().\/-]+|./gu : /\{\d+\}|[^\s{]+\s*|\s+/gu;
  const tokens = text.match(pattern) ?? [];
  const lines: Run[][] = [];
  let line: string[] = [];
  let width = firstIndent;
  const measureText = (text: string, size: number): number => (sample.breakBy === "word" ? timesWidth(text, size) : measure(text, sample.bodyFont, size));
  const widthOf = (token: string): number => (/^\{\d+\}$/.test(token) ? measure("1", "Times-Roman", CALLOUT_SIZE) : measureText(token.trimEnd(), BODY_SIZE));
  for (const token of tokens) {
    if (width + widthOf(token) > RIGHT - left && line.length > 0) {
      const carry = NO_LINE_START.has(token) ? [line.pop()!] : [];
      lines.push(toRuns(line));
      line = carry;
      width = carry.reduce((w, t) => w + widthOf(t), 0);
    }
    line.push(token);
    width += widthOf(token) + (token.endsWith(" ") ? measureText(" ", BODY_SIZE) : 0);
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
  const last = runs[runs.length - 1];
  if (last !== undefined && last.rise === undefined) last.text = last.text.trimEnd();
  return runs;
}

/** The footnote at the foot of the page holding its callout, under a short separator rule. */
function addFootnote(sample: Sample, page: PageSpec): void {
  page.rules ??= [];
  page.texts ??= [];
  page.rules.push({ x0: LEFT, y0: 118, x1: LEFT + 144, y1: 118, width: 0.5 });
  page.texts.push({
    x: TEXT_X,
    y: 102,
    size: FOOTNOTE_SIZE,
    font: sample.bodyFont,
    text: [{ text: sample.footnote.marker, font: "Times-Roman", size: 6, rise: 3 }, { text: ` ${sample.footnote.text}` }],
  });
}

/** Page-1 footer (job number, barcode text, 请回收 / Please recycle); later pages: running header and footer. */
function addFurniture(sample: Sample, page: PageSpec, number: number, count: number): void {
  page.texts ??= [];
  page.rules ??= [];
  if (number === 1) {
    page.texts.push(
      { x: LEFT, y: 52, size: 9, font: "Times-Roman", text: sample.jobNumberPrinted, artifact: true },
      { x: 270, y: 40, size: 9, font: "Times-Roman", text: BARCODE, artifact: true },
      { x: RIGHT - measure(sample.recycle, sample.bodyFont, 9), y: 52, size: 9, font: sample.bodyFont, text: sample.recycle, artifact: true },
    );
    return;
  }
  // Even pages: symbol left, title right in the header; page number left, job number right in the footer.
  const even = number % 2 === 0;
  const pageNumber = `${number}/${count}`;
  const [headLeft, headRight] = even ? [SYMBOL, sample.title] : [sample.title, SYMBOL];
  const [footLeft, footRight] = even ? [pageNumber, JOB_NUMBER] : [JOB_NUMBER, pageNumber];
  const fontOf = (text: string): FontName => (/^[\x20-\x7e]+$/.test(text) ? "Times-Bold" : sample.headingFont);
  page.texts.push(
    { x: LEFT, y: 752, size: 10, font: fontOf(headLeft), text: headLeft, artifact: true },
    { x: RIGHT - measure(headRight, fontOf(headRight), 10), y: 752, size: 10, font: fontOf(headRight), text: headRight, artifact: true },
    { x: LEFT, y: 44, size: 9, font: "Times-Bold", text: footLeft, artifact: true },
    { x: RIGHT - measure(footRight, "Times-Bold", 9), y: 44, size: 9, font: "Times-Bold", text: footRight, artifact: true },
  );
  page.rules.push({ x0: LEFT, y0: 746, x1: RIGHT, y1: 746, width: 0.5, artifact: true });
}

/** The sample must show what it is for: a paragraph across pages, the footnote on page 1. */
function check(sample: Sample, placed: readonly PlacedParagraph[], pageCount: number): void {
  if (pageCount !== sample.pageCount) throw new Error(`make-sample: expected ${sample.pageCount} pages for ${sample.language}, got ${pageCount}`);
  if (sample.crossesPage && !placed.some((p) => p.pages.length === 2)) throw new Error(`make-sample: no ${sample.language} paragraph continues onto the next page`);
  const withCallout = placed.find((p) => p.paragraph.text.includes("{1}"));
  if (sample.crossesPage && withCallout?.pages[0] !== 1) throw new Error(`make-sample: the footnoted ${sample.language} paragraph must start on page 1`);
}

/** The expected result in the gold format (see ../shared/gold/README.md). */
function expected(sample: Sample): object {
  const withCallout = sample.paragraphs.find((p) => p.text.includes("{1}"));
  return {
    gold: 1,
    generatedBy: "scripts/make-sample.ts (do not edit by hand)",
    file: sample.file,
    symbol: SYMBOL,
    language: sample.language,
    jobNumber: JOB_NUMBER,
    scope: "full",
    metadata: {
      distribution: "General",
      issued: ISSUED.iso,
      session: sample.session.number,
      agendaItems: [sample.agenda.item],
      resolution: RESOLUTION,
      title: sample.title,
      adopted: sample.closing.iso,
      draft: DRAFT,
      meeting: sample.closing.meeting,
    },
    blocks: [
      { kind: "heading", text: `${RESOLUTION}. ${sample.title}` },
      ...sample.paragraphs.map((p) => ({
        kind: "paragraph",
        ...(p.number === undefined ? {} : { number: p.number }),
        ...(p.parent === undefined ? {} : { parent: p.parent }),
        text: p.text.replace(/\{\d+\}/g, ""),
      })),
      ...sample.closing.lines.map((line) => ({ kind: "paragraph", text: line })),
    ],
    footnotes: [{ marker: sample.footnote.marker, text: sample.footnote.text, paragraph: withCallout?.number ?? null }],
    absent: [JOB_NUMBER, sample.recycle, BARCODE, "Distr.", ISSUED.text, SYMBOL, sample.agenda.text.split(" ")[0], sample.session.text, "2/2", sample.adoption, sample.adoptionBracket],
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
