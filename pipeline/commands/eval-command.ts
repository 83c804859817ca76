/** `uncorpus eval`: score the pipeline against gold records and gate on checked-in thresholds. The pipeline loads only when an evaluation starts. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { Thresholds } from "../../src/eval/thresholds.js";
import type { EvalRun } from "../eval/run-eval.js";

export const DEFAULT_THRESHOLDS = "eval-thresholds.json";
/** Inspector pages go to this folder of --out, which the report links to. */
const INSPECT_DIR = "inspect";

export const EVAL_HELP = `Usage: uncorpus eval --gold DIR [--gold DIR …] [--corpus DIR] [--out DIR] [--thresholds FILE]

Runs the pipeline on each PDF that has a gold record in a DIR (format: shared/gold/README.md) and
reports numbered-paragraph precision/recall/F1, paragraph and whole-body edit distance, footnotes
(found, text distance, links), leaks of "absent" strings, metadata fields, and conservation of
characters per page. Prints a table, and writes eval.json and report.html into the --out folder,
with an inspector page per document in <out>/inspect/ that the report links to.
Metrics, conservation check and threshold format: docs/eval.md.

Options:
  --gold DIR          folder of gold records (*.json); repeatable, names must be unique across
                      the folders
  --corpus DIR        folder the gold "file" paths are relative to (default: the first
                      DIR/../corpus)
  --out DIR           where eval.json and report.html go (default: output/eval)
  --thresholds FILE   bars to meet (default: ./${DEFAULT_THRESHOLDS} when present)
  --no-thresholds     report only, hold nothing to a bar
  --no-inspect        write no inspector pages (faster: pages are not drawn)
  --only NAME         only gold files whose name contains NAME (repeatable)

Exit code: 0 when every bar is met, 1 when any is missed or a document fails, 2 on a usage or
configuration error.

uncorpus eval align [--labels DIR] [--corpus DIR]   scores paragraph alignment (uncorpus eval align --help)`;

export async function evalCommand(rest: string[]): Promise<number> {
  if (rest[0] === "align") return (await import("./align-eval-command.js")).alignEvalCommand(rest.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: false,
      options: {
        gold: { type: "string", multiple: true, default: [] },
        corpus: { type: "string" },
        out: { type: "string", default: join("output", "eval") },
        thresholds: { type: "string" },
        "no-thresholds": { type: "boolean", default: false },
        "no-inspect": { type: "boolean", default: false },
        only: { type: "string", multiple: true, default: [] },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(EVAL_HELP + "\n");
    return 0;
  }
  const [first] = v.gold;
  if (first === undefined) return usage("--gold DIR is required");
  const missing = v.gold.find((dir) => !existsSync(dir));
  if (missing !== undefined) return usage(`--gold ${missing}: no such folder`);
  const corpus = v.corpus ?? join(dirname(first), "corpus");
  const thresholdsPath = v["no-thresholds"] ? null : (v.thresholds ?? (existsSync(DEFAULT_THRESHOLDS) ? DEFAULT_THRESHOLDS : null));
  let thresholds: Thresholds | null = null;
  if (thresholdsPath !== null) {
    try {
      const { parseThresholds } = await import("../../src/eval/thresholds.js");
      thresholds = parseThresholds(JSON.parse(await readFile(thresholdsPath, "utf8")) as unknown, thresholdsPath);
    } catch (error) {
      return usage(`thresholds: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const [{ GoldFolderError, runEvaluation }, { formatTable }, { writeReport }] = await Promise.all([
    import("../eval/run-eval.js"),
    import("../eval/format-table.js"),
    import("../eval/write-report.js"),
  ]);
  let run: EvalRun;
  try {
    run = await runEvaluation({
      gold: v.gold,
      corpus,
      thresholds,
      only: v.only,
      log: (line) => process.stderr.write(`eval: ${line}\n`),
      ...(v["no-inspect"] ? {} : { inspectDir: join(v.out, INSPECT_DIR) }),
    });
  } catch (error) {
    if (error instanceof GoldFolderError) return usage(error.message);
    throw error;
  }
  if (run.documents.length === 0) return usage(`no gold records (*.json) in ${v.gold.join(", ")}${v.only.length > 0 ? " matching --only" : ""}`);
  process.stdout.write(formatTable(run) + "\n");
  const paths = await writeReport(run, v.out, { gold: v.gold, corpus, thresholds: thresholdsPath }, new Date().toISOString(), v["no-inspect"] ? {} : { inspect: INSPECT_DIR });
  process.stderr.write(`eval: wrote ${paths.json} and ${paths.html}\n`);
  if (thresholds === null) process.stderr.write("eval: no thresholds, nothing held to a bar\n");
  else process.stderr.write(run.ok ? "eval: every bar met\n" : "eval: bars missed (see above)\n");
  return run.ok ? 0 : 1;
}

function usage(message: string): number {
  process.stderr.write(`uncorpus eval: ${message}\n`);
  return 2;
}
