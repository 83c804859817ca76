/** `uncorpus eval align`: paragraph alignment against human cross-language pairs, gated on eval-thresholds.json. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseAlignmentBars, type AlignmentBar } from "../../src/align/alignment-thresholds.js";
import { formatAlignTable, runAlignEval } from "../align/run-align-eval.js";
import { writeAtomic } from "../write-atomic.js";
/** The same file `uncorpus eval` reads its bars from (eval-command.ts). */
const DEFAULT_THRESHOLDS = "eval-thresholds.json";

export const ALIGN_EVAL_HELP = `Usage: uncorpus eval align [--labels DIR] [--corpus DIR] [--out DIR] [--thresholds FILE]

Scores paragraph alignment (uncorpus align) against human cross-language paragraph pairs, the
HURIDOCS labels in ../shared/corpus/groundtruth/huridocs_multilingual_paragraphs: recall (labelled
pairs reproduced), precision (our links the labels agree with) and F1 per document pair. Masthead
pairs (found only in furniture) are left out. Prints a table, writes eval-align.json into --out.

Options:
  --labels DIR        label files (default: ../shared/corpus/groundtruth/huridocs_multilingual_paragraphs)
  --corpus DIR        folder holding raw/<lang>/<name>.pdf (default: ../shared/corpus)
  --out DIR           where eval-align.json goes (default: output/eval)
  --thresholds FILE   bars ("alignment" section; default: ./${DEFAULT_THRESHOLDS} when present)
  --no-thresholds     report only

Exit code: 0 when every pair meets every bar, 1 otherwise, 2 on a usage error.`;

export async function alignEvalCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        labels: { type: "string", default: join("..", "shared", "corpus", "groundtruth", "huridocs_multilingual_paragraphs") },
        corpus: { type: "string", default: join("..", "shared", "corpus") },
        out: { type: "string", default: join("output", "eval") },
        thresholds: { type: "string" },
        "no-thresholds": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(ALIGN_EVAL_HELP + "\n");
    return 0;
  }
  if (!existsSync(v.labels)) return usage(`--labels ${v.labels}: no such folder`);
  const path = v["no-thresholds"] ? null : (v.thresholds ?? (existsSync(DEFAULT_THRESHOLDS) ? DEFAULT_THRESHOLDS : null));
  let bars: AlignmentBar[] = [];
  try {
    if (path !== null) bars = parseAlignmentBars(JSON.parse(await readFile(path, "utf8")) as unknown, path);
  } catch (error) {
    return usage(`thresholds: ${error instanceof Error ? error.message : String(error)}`);
  }
  const results = await runAlignEval({ labels: v.labels, corpus: v.corpus, bars, log: (line) => process.stderr.write(`eval align: ${line}\n`) });
  if (results.length === 0) return usage(`no label files (*.json) in ${v.labels}`);
  process.stdout.write(formatAlignTable(results) + "\n");
  const json = join(v.out, "eval-align.json");
  await writeAtomic(json, JSON.stringify({ labels: v.labels, corpus: v.corpus, thresholds: path, bars, pairs: results }, null, 2) + "\n");
  process.stderr.write(`eval align: wrote ${json}\n`);
  const ok = results.every((r) => r.error === null && r.missed.length === 0);
  process.stderr.write(bars.length === 0 ? "eval align: no bars, nothing held to one\n" : ok ? "eval align: every bar met\n" : "eval align: bars missed (see above)\n");
  return ok ? 0 : 1;
}

function usage(message: string): number {
  process.stderr.write(`uncorpus eval align: ${message}\n`);
  return 2;
}
