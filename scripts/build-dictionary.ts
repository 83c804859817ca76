/**
 * Builds the nodejieba user dictionary data/un-user-dict.utf8 from the checked-in, sourced term
 * list data/un-terms.tsv, so UN terms ("原籍国", "安全理事会") stay one token.
 * Usage: npx tsx scripts/build-dictionary.ts [--check]   (--check: fail if the file is stale)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SOURCE = "data/un-terms.tsv";
const TARGET = "data/un-user-dict.utf8";
/** ICTCLAS tags jieba uses for the kinds of terms we list. */
const KNOWN_TAGS = new Set(["n", "nr", "ns", "nt", "nz", "v", "vn", "l"]);
/** Only Han runs reach the segmenter (see src/tokenize/split-runs.ts), so terms must be pure Han. */
const HAN_ONLY = /^\p{Script=Han}+$/u;
const COLUMNS = 4;

/**
 * cppjieba's user-dictionary reader knows no comments: each line is "word [freq] [tag]" split on
 * spaces. Header lines are therefore single space-free "words" starting with "#"; they can never
 * match, because the segmenter only ever sees Han text.
 */
const HEADER = [
  `#generated-by:scripts/build-dictionary.ts`,
  `#source:${SOURCE}`,
  `#do-not-edit:edit-the-source-and-run:npx_tsx_scripts/build-dictionary.ts`,
];

export interface Term {
  term: string;
  pos: string;
  english: string;
  source: string;
}

/** Parses the TSV term list; throws on a malformed, non-Han, untagged, unsourced or duplicate term. */
export function parseTerms(tsv: string): Term[] {
  const terms: Term[] = [];
  const seen = new Set<string>();
  tsv.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const where = `${SOURCE}:${index + 1}`;
    const cells = line.split("\t");
    if (cells.length !== COLUMNS) throw new Error(`${where}: expected ${COLUMNS} tab-separated columns, got ${cells.length}`);
    const [term = "", pos = "", english = "", source = ""] = cells.map((c) => c.trim());
    if (!HAN_ONLY.test(term)) throw new Error(`${where}: term must be Han characters only, got "${term}"`);
    if (!KNOWN_TAGS.has(pos)) throw new Error(`${where}: pos must be one of ${[...KNOWN_TAGS].join(", ")}, got "${pos}"`);
    if (source === "") throw new Error(`${where}: every term needs a source`);
    if (seen.has(term)) throw new Error(`${where}: duplicate term "${term}"`);
    seen.add(term);
    terms.push({ term, pos, english, source });
  });
  return terms;
}

/** The dictionary text: header, then "term tag" lines in source order. */
export function buildDictionary(tsv: string): string {
  const lines = parseTerms(tsv).map((t) => `${t.term} ${t.pos}`);
  return [...HEADER, ...lines].join("\n") + "\n";
}

function main(args: string[]): number {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const built = buildDictionary(readFileSync(root + SOURCE, "utf8"));
  if (args.includes("--check")) {
    const current = readFileSync(root + TARGET, "utf8");
    if (current !== built) {
      process.stderr.write(`${TARGET} is stale: run npx tsx scripts/build-dictionary.ts\n`);
      return 1;
    }
    return 0;
  }
  writeFileSync(root + TARGET, built);
  process.stderr.write(`wrote ${TARGET}\n`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
