import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildDictionary, parseTerms } from "../scripts/build-dictionary.js";
import { tokenize } from "../src/tokenize/tokenize.js";
import { textDocument } from "./support/text-document.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GOLD = fileURLToPath(new URL("../../shared/gold/N1343968.json", import.meta.url));
const TERMS = readFileSync(ROOT + "data/un-terms.tsv", "utf8");

function words(text: string): string[] {
  const doc = textDocument("zh", [text]);
  tokenize(doc, {});
  return (doc.blocks[0]?.tokens ?? []).filter((t) => t.kind === "word").map((t) => t.text);
}

/** Segmentation by plain nodejieba (its own dictionaries only), in a child process: one load per process. */
function segmentWithoutUnDictionary(texts: readonly string[]): string[][] {
  const script = "const j=require('nodejieba');let s='';process.stdin.on('data',d=>s+=d).on('end',()=>" +
    "process.stdout.write(JSON.stringify(JSON.parse(s).map(t=>j.cut(t,true)))))";
  const child = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, input: JSON.stringify(texts), encoding: "utf8" });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as string[][];
}

test("the generated dictionary file is up to date with data/un-terms.tsv", () => {
  const built = buildDictionary(TERMS);
  assert.equal(readFileSync(ROOT + "data/un-user-dict.utf8", "utf8"), built, "run npx tsx scripts/build-dictionary.ts");
  assert.match(built, /^#generated-by:scripts\/build-dictionary\.ts\n/);
});

test("rejects a term that is not pure Han, has an unknown tag, no source, or repeats", () => {
  assert.throws(() => parseTerms("G20国家\tn\tG20\tsomewhere"), /Han characters only/);
  assert.throws(() => parseTerms("会员国\tzz\tMember States\tCharter"), /pos must be one of/);
  assert.throws(() => parseTerms("会员国\tn\tMember States\t"), /needs a source/);
  assert.throws(() => parseTerms("会员国\tn\ta\tb\n会员国\tn\ta\tb"), /duplicate term/);
  assert.throws(() => parseTerms("会员国 n"), /4 tab-separated columns/);
});

test("keeps the UN terms of the issue whole in hand-written text", () => {
  const text =
    "秘书长请安全理事会和经济及社会理事会协助会员国，打击人口贩运和偷渡移徙者，实现千年发展目标和可持续发展目标，" +
    "保护移徙者在原籍国、过境国和目的地国的权利。";
  const got = words(text);
  for (const term of ["移徙者", "原籍国", "过境国", "目的地国", "秘书长", "安全理事会", "经济及社会理事会",
    "可持续发展目标", "千年发展目标", "会员国", "人口贩运", "偷渡移徙者"]) {
    assert.ok(got.includes(term), `"${term}" is one token in ${got.join(" | ")}`);
  }
});

test("the UN dictionary changes the segmentation of A/RES/68/4 as intended", (t) => {
  if (!existsSync(GOLD)) {
    t.skip("../shared/gold/N1343968.json not found: A/RES/68/4 gold text unavailable");
    return;
  }
  const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { blocks: { number?: string; text: string }[] };
  const paragraph2 = gold.blocks.find((b) => b.number === "2")?.text ?? "";
  assert.match(paragraph2, /原籍国、过境国和目的地国/);
  // Without the UN dictionary jieba cuts "原籍|国", "过境|国", "目的地|国".
  const [plain = []] = segmentWithoutUnDictionary([paragraph2]);
  for (const split of [["原籍", "国"], ["过境", "国"], ["目的地", "国"]]) {
    const at = plain.indexOf(split[0] ?? "");
    assert.ok(at !== -1 && plain[at + 1] === split[1], `without the dictionary: ${split.join("|")} in ${plain.join(" | ")}`);
  }
  // With it, the terms stay whole.
  const got = words(paragraph2);
  for (const term of ["移徙者", "原籍国", "过境国", "目的地国"]) assert.ok(got.includes(term), `"${term}" in ${got.join(" | ")}`);
  assert.ok(!got.includes("原籍") && !got.includes("目的地"), "no split halves remain");
});
