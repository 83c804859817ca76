/** `uncorpus align DIR`: parallel text from an output folder into DIR/aligned/ (pipeline/align/write-aligned.ts). */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { AlignSummary } from "../align/write-aligned.js";

export const ALIGN_HELP = `Usage: uncorpus align [DIR] [--quiet]   (default: output)

Aligns the language versions of each document in an output folder (same symbol, every pair of
languages): paragraphs anchored on their printed numbers and footnote markers and by length in
between (Gale–Church), then sentences inside each aligned paragraph pair. Writes DIR/aligned/:
paragraphs.csv, sentences.csv, and per language pair <a>-<b>.tmx (TMX 1.4b) and the Moses files
<a>-<b>.<a> and <a>-<b>.<b>. "uncorpus run --align" does the same at the end of a run.

Exit code: 0 when every document file was read, 1 when one could not be, 2 on a usage error.`;

export async function alignCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { quiet: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } } });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    process.stdout.write(ALIGN_HELP + "\n");
    return 0;
  }
  if (parsed.positionals.length > 1) return usage(`one folder, got ${parsed.positionals.length}`);
  const dir = parsed.positionals[0] ?? "output";
  if (!existsSync(dir)) return usage(`${dir}: no such folder`);
  return alignFolder(dir, parsed.values.quiet);
}

/** Aligns `dir` and reports on stderr; shared with `run --align`. */
export async function alignFolder(dir: string, quiet: boolean): Promise<number> {
  let summary: AlignSummary;
  try {
    // Loaded here, not at the top: `uncorpus --help` reads this module for ALIGN_HELP only.
    const { writeAligned } = await import("../align/write-aligned.js");
    summary = await writeAligned(dir);
  } catch (error) {
    process.stderr.write(`uncorpus align: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  for (const line of summary.errors) process.stderr.write(`${line}\n`);
  if (!quiet) {
    for (const { document, reason } of summary.left) process.stderr.write(`uncorpus align: ${document} not aligned: ${reason}\n`);
    const weak = `${summary.weakParagraphs} paragraph and ${summary.weakSentences} sentence units flagged weak`;
    process.stderr.write(
      `uncorpus align: ${summary.pairs} document pairs (${summary.languagePairs.join(", ") || "none"}) → ${summary.paragraphs} paragraph units, ${summary.sentences} sentence units (${weak}) in ${dir}/aligned\n`,
    );
    if (summary.withoutSentences > 0) process.stderr.write(`uncorpus align: ${summary.withoutSentences} paragraph units have no sentences (run without --no-tokens to align sentences)\n`);
  }
  return summary.errors.length === 0 ? 0 : 1;
}

function usage(message: string): number {
  process.stderr.write(`uncorpus align: ${message}\n`);
  return 2;
}
