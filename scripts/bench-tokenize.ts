/**
 * Tokenization throughput in characters per second: nodejieba (what the pipeline uses), and for
 * comparison @node-rs/jieba, on the same Chinese text in the same run; plus the whole Chinese
 * parser (runs, segmentation, alignment, sentences, nlcst) and the token extraction on top.
 * Usage: npm run bench:tokenize [-- FILE.json …]   (per-document JSON or gold files with blocks[].text;
 * default: the A/RES/68/4 gold text in ../shared, else a built-in sample)
 */
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import nodejieba from "nodejieba";
import { BUNDLED_USER_DICT, jiebaSegmenter } from "../src/tokenize/jieba.js";
import { processorFor } from "../src/tokenize/processors.js";
import { analyse } from "../src/tokenize/tokenize.js";

const GOLD = fileURLToPath(new URL("../../shared/gold/N1343968.json", import.meta.url));
const SAMPLE =
  "确认移徙者和移徙对原籍国、过境国和目的地国发展作出的重要贡献，并承认移徙与发展之间的复杂关系；" +
  "请秘书长在编写提交大会第六十九届会议的国际移徙与发展问题报告过程中适当考虑本次高级别对话的结果和审议情况。";
/** Repeat the text until the run is long enough to time on a noisy machine. */
const TARGET_CHARS = 2_000_000;
const ROUNDS = 3;

function loadTexts(files: readonly string[]): string[] {
  const sources = files.length > 0 ? files : existsSync(GOLD) ? [GOLD] : [];
  const texts = sources.flatMap((file) => {
    const doc = JSON.parse(readFileSync(file, "utf8")) as { blocks?: { text?: unknown }[] };
    return (doc.blocks ?? []).map((b) => (typeof b.text === "string" ? b.text : "")).filter((t) => t !== "");
  });
  return texts.length > 0 ? texts : [SAMPLE];
}

function bench(name: string, texts: readonly string[], run: (text: string) => unknown): void {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts.slice(0, 50)) run(t); // warm-up
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const t of texts) run(t);
    rates.push(chars / ((performance.now() - start) / 1000));
  }
  const best = Math.max(...rates);
  const median = rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? 0;
  process.stdout.write(`${name.padEnd(44)} ${fmt(median).padStart(12)} chars/s (median)  ${fmt(best).padStart(12)} (best of ${ROUNDS})\n`);
}

/** jieba-rs wants "word freq tag" and no header lines; cppjieba takes "word tag". */
const RS_USER_FREQ = 1000;
function toJiebaRsDict(cppjieba: string): string {
  return cppjieba
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.replace(" ", ` ${RS_USER_FREQ} `))
    .join("\n");
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

const base = loadTexts(process.argv.slice(2));
const baseChars = base.reduce((n, t) => n + t.length, 0);
const texts: string[] = [];
while (texts.reduce((n, t) => n + t.length, 0) < TARGET_CHARS) texts.push(...base);
const total = texts.reduce((n, t) => n + t.length, 0);
process.stdout.write(`text: ${base.length} blocks, ${fmt(baseChars)} chars, repeated to ${fmt(total)} chars; node ${process.version}\n`);

jiebaSegmenter(); // loads nodejieba with the bundled UN dictionary
const rs = Jieba.withDict(dict);
rs.loadDict(new TextEncoder().encode(toJiebaRsDict(readFileSync(BUNDLED_USER_DICT, "utf8"))));
const zh = processorFor("zh", { pos: false });

bench("nodejieba cut (HMM, UN dict)", texts, (t) => nodejieba.cut(t, true));
bench("@node-rs/jieba cut (HMM, UN dict)", texts, (t) => rs.cut(t, true));
bench("nodejieba tag (--pos)", texts, (t) => nodejieba.tag(t));
bench("@node-rs/jieba tag", texts, (t) => rs.tag(t, true));
bench("uncorpus zh parser + tokens (nodejieba)", texts, (t) => analyse(zh, t, false));

let same = 0;
for (const t of base) if (nodejieba.cut(t, true).join("|") === rs.cut(t, true).join("|")) same++;
process.stdout.write(`identical segmentation nodejieba vs @node-rs/jieba: ${same} of ${base.length} blocks\n`);
