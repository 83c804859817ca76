/**
 * The project's own gold records (test/gold) follow ../shared/gold/README.md: every record
 * parses, names its PDF, numbers its paragraphs in sequence with sub-items under an existing
 * parent ((a) … (z), (aa) … at one level, (i), (ii) … below a letter), links every footnote to a
 * block, and keeps every `absent` string (masthead, adoption lines, page and job numbers) out of
 * every block and footnote. A hand-made record that breaks one of these would hold the pipeline
 * to a wrong answer.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseGold, type Gold, type GoldBlock } from "../src/eval/gold.js";
import { goldTarget } from "../src/eval/score-footnotes.js";
import { normaliseText } from "../src/eval/normalise.js";

const REPO = resolve(import.meta.dirname, "..");
const PROJECT_GOLD = join(REPO, "test", "gold");
const CORPUS = resolve(REPO, "..", "shared", "corpus");

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

/** (a) … (z), then (aa), (bb) … (zz): the n-th letter label (0-based). */
function letterLabel(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return `(${letter.repeat(Math.floor(n / 26) + 1)})`;
}

/**
 * Problems in the numbering: top level 1, 2, 3 … (a restart at 1 allowed); under the current
 * paragraph (a) … (z), (aa) …; under the current lettered item (i), (ii) ….
 */
export function numberingProblems(blocks: readonly GoldBlock[]): string[] {
  const problems: string[] = [];
  let top: string | null = null;
  let letter: string | null = null;
  let letters = 0;
  let romans = 0;
  blocks.forEach((block, index) => {
    const where = `block ${index + 1} (${block.number ?? "unnumbered"})`;
    if (block.number === null) {
      if (block.parent !== null) problems.push(`${where}: a parent without a number`);
    } else if (block.parent === null) {
      if (!/^\d+$/u.test(block.number)) problems.push(`${where}: a top-level number must be digits`);
      else if (Number(block.number) !== Number(top ?? "0") + 1 && block.number !== "1") problems.push(`${where}: follows ${top ?? "nothing"}`);
      [top, letter, letters, romans] = [block.number, null, 0, 0];
    } else if (block.parent === top) {
      if (block.number !== letterLabel(letters)) problems.push(`${where}: expected ${letterLabel(letters)} under ${top}`);
      [letter, letters, romans] = [block.number, letters + 1, 0];
    } else if (block.parent === letter) {
      const expected = `(${ROMAN[romans] ?? "?"})`;
      if (block.number !== expected) problems.push(`${where}: expected ${expected} under ${letter}`);
      romans += 1;
    } else problems.push(`${where}: parent ${block.parent} is neither the current paragraph nor its current item`);
  });
  return problems;
}

/** Text that hand-editing from a text layer can leave behind: line breaks, doubled spaces, a split hyphen. */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  if (text !== text.trim()) problems.push("leading or trailing white space");
  if (/\s{2,}|\n/u.test(text)) problems.push("a line break or doubled space");
  if (/\p{L} -\p{L}/u.test(text)) problems.push(`a hyphen split by a space: “${/\S* -\S*/u.exec(text)?.[0] ?? ""}”`);
  if (text === "") problems.push("empty");
  return problems;
}

const names = existsSync(PROJECT_GOLD) ? readdirSync(PROJECT_GOLD).filter((n) => n.endsWith(".json")).sort() : [];

describe("test/gold: hand-made gold records follow the shared gold format", () => {
  it("there are project gold records", () => {
    assert.ok(names.length >= 2, `only ${names.length} records in ${PROJECT_GOLD}`);
  });

  for (const name of names) {
    describe(name, () => {
      const gold: Gold = parseGold(JSON.parse(readFileSync(join(PROJECT_GOLD, name), "utf8")) as unknown, name);

      it("names a real resolution or draft by its file name, at full scope", (t) => {
        assert.equal(gold.scope, "full");
        assert.match(gold.file, /^resolutions\/en\/[^/]+\.pdf$/u);
        assert.equal(basename(gold.file, ".pdf") + ".json", name);
        assert.equal(gold.language, "en");
        assert.ok(gold.symbol !== null && gold.symbol.replace(/\//gu, "_") === basename(gold.file, ".pdf"), `symbol ${gold.symbol ?? "null"} against ${gold.file}`);
        if (!existsSync(CORPUS)) t.skip(`../shared/corpus not found: cannot check that ${gold.file} exists`);
        else assert.ok(existsSync(join(CORPUS, gold.file)), `${gold.file} is not in ${CORPUS}`);
      });

      it("numbers paragraphs in sequence and puts each sub-item under an earlier parent", () => {
        assert.deepEqual(numberingProblems(gold.blocks), []);
      });

      it("has clean block and footnote text", () => {
        const problems = [
          ...gold.blocks.flatMap((b, i) => textProblems(b.text).map((p) => `block ${i + 1}: ${p}`)),
          ...gold.footnotes.flatMap((f) => textProblems(f.text).map((p) => `footnote ${f.marker}: ${p}`)),
        ];
        assert.deepEqual(problems, []);
      });

      it("links every footnote to a block, markers 1, 2, 3 … once each", () => {
        const numeric = gold.footnotes.map((f) => f.marker).filter((m) => /^\d+$/u.test(m));
        assert.deepEqual(numeric, numeric.map((_, i) => String(i + 1)));
        for (const note of gold.footnotes) {
          if (note.paragraph === null) continue;
          const target = goldTarget(gold, note.paragraph);
          assert.ok(target !== undefined && target !== null, `footnote ${note.marker}: paragraph ${note.paragraph} is no block`);
        }
      });

      it("keeps every absent string (masthead, adoption lines, page and job numbers) out of the text", () => {
        assert.ok(gold.absent.length > 0, "lists what must not leak");
        const texts = [...gold.blocks.map((b) => b.text), ...gold.footnotes.map((f) => f.text)].map(normaliseText);
        const leaks = gold.absent.filter((a) => texts.some((t) => t.includes(normaliseText(a))));
        assert.deepEqual(leaks, []);
      });
    });
  }
});

describe("the gold checks catch what they look for", () => {
  const block = (number: string | null, parent: string | null = null): GoldBlock => ({ kind: "paragraph", number, parent, text: "x" });

  it("accepts (aa) after (z) at the same level and (ii) after (hh) as a letter", () => {
    const letters = Array.from({ length: 36 }, (_, i) => block(letterLabel(i), "1"));
    assert.equal(letters[26]!.number, "(aa)");
    assert.equal(letters[34]!.number, "(ii)");
    assert.deepEqual(numberingProblems([block("1"), ...letters, block("2"), block("(a)", "2"), block("(i)", "(a)"), block("(ii)", "(a)"), block("(b)", "2")]), []);
  });

  it("rejects a skipped paragraph number, a skipped label and an orphan sub-item", () => {
    assert.deepEqual(numberingProblems([block("1"), block("3")]), ["block 2 (3): follows 1"]);
    assert.deepEqual(numberingProblems([block("1"), block("(a)", "1"), block("(c)", "1")]), ["block 3 ((c)): expected (b) under 1"]);
    assert.deepEqual(numberingProblems([block("1"), block("(a)", "2")]), ["block 2 ((a)): parent 2 is neither the current paragraph nor its current item"]);
  });

  it("flags a hyphen left split by a line break", () => {
    assert.deepEqual(textProblems("the Secretary -General"), ["a hyphen split by a space: “Secretary -General”"]);
    assert.deepEqual(textProblems("science- and evidence-based"), [], "a suspended hyphen is printed so");
  });
});
