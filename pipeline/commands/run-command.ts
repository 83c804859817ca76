/** `uncorpus run`: process PDFs into per-document JSON, in parallel, resumably. The pipeline loads only when a run starts. */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { collectInputs } from "../inputs.js";
import { positiveNumber } from "./positive-number.js";
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS } from "../batch/limits.js";
import { createProgress, defaultLogMode } from "../batch/progress.js";
import { formatProfile, sumStages } from "../batch/profile.js";

export const RUN_HELP = `Usage: uncorpus run [files|folders|globs|-…] [--out DIR]   (default: input/ → output/)

Inputs: files, folders (recursive, *.pdf), globs ('corpus/**/*.pdf'), and "-" to read
paths from standard input, one per line.

Options:
  --out DIR          output folder (default: output)
  --jobs N           worker threads (default: ${availableParallelism()}, the cores)
  --timeout S        per-document time limit in seconds (default: ${DEFAULT_TIMEOUT_SECONDS})
  --memory MB        per-worker heap limit in MB (default: ${DEFAULT_MEMORY_MB})
  --max-pages N      refuse documents with more pages (default: 2000)
  --max-mb N         refuse files larger than N MB (default: 256)
  --force            redo documents whose output is already complete (resume skips them)
  --quiet            print only failures
  --json             one JSON line per document on stdout (as in manifest.jsonl)
  --profile          time every stage of every document (in manifest.jsonl) and end with a
                     table of where the time went

A progress bar shows on stderr when it is a terminal; otherwise each document gets a log line
on stdout.
  --no-tokens        skip sentence splitting and tokenization
  --pos              add part-of-speech tags to Chinese tokens
  --user-dict FILE   extra nodejieba user dictionary (one term per line)
  --align            then align the language versions in the output folder (uncorpus align)

Writes <out>/<lang>/<symbol>.json per document, <out>/manifest.jsonl, and the corpus files.
A failed document prints "<file>: <reason>" on stderr and the run goes on.
Exit code: 0 when every document succeeded, 1 when any failed, 2 on a usage error.`;

export async function runCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "output" },
        jobs: { type: "string" },
        timeout: { type: "string" },
        memory: { type: "string" },
        "max-pages": { type: "string" },
        "max-mb": { type: "string" },
        force: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        profile: { type: "boolean", default: false },
        "no-tokens": { type: "boolean", default: false },
        pos: { type: "boolean", default: false },
        "user-dict": { type: "string" },
        align: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values;
  if (values.help) {
    process.stdout.write(RUN_HELP + "\n");
    return 0;
  }
  const jobs = positiveNumber("--jobs", values.jobs, true);
  const timeout = positiveNumber("--timeout", values.timeout, false);
  const memory = positiveNumber("--memory", values.memory, true);
  const maxPages = positiveNumber("--max-pages", values["max-pages"], true);
  const maxMb = positiveNumber("--max-mb", values["max-mb"], false);
  for (const value of [jobs, timeout, memory, maxPages, maxMb]) if (typeof value === "string") return usageError(value);
  const args = parsed.positionals.length > 0 ? parsed.positionals : ["input"];
  let inputs;
  try {
    inputs = await collectInputs(args);
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const mode = defaultLogMode({ quiet: values.quiet, json: values.json }, process.stderr.isTTY === true);
  const progress = createProgress(mode, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(process.stderr.columns === undefined ? {} : { columns: process.stderr.columns }),
  });
  const userDict = values["user-dict"];
  const { runDocuments } = await import("../run.js");
  const started = performance.now();
  const results = await runDocuments(inputs, {
    out: values.out,
    tokenize: !values["no-tokens"],
    pos: values.pos,
    force: values.force,
    profile: values.profile,
    progress,
    ...(userDict === undefined ? {} : { userDict }),
    ...(typeof jobs === "number" ? { jobs } : {}),
    ...(typeof timeout === "number" ? { timeoutSeconds: timeout } : {}),
    ...(typeof memory === "number" ? { memoryMb: memory } : {}),
    ...(typeof maxPages === "number" ? { maxPages } : {}),
    ...(typeof maxMb === "number" ? { maxBytes: Math.round(maxMb * 1024 * 1024) } : {}),
  });
  const stages = values.profile ? sumStages(results) : undefined;
  if (stages !== undefined) {
    const pages = results.reduce((n, r) => n + (r.status === "ok" ? r.pages : 0), 0);
    process.stderr.write(formatProfile(stages, pages, (performance.now() - started) / 1000) + "\n");
  }
  const failed = results.filter((r) => r.status === "failed").length;
  const skipped = results.filter((r) => r.status === "skipped").length;
  if (mode !== "quiet" && mode !== "json") {
    const kept = skipped > 0 ? ` (${skipped} already complete, skipped)` : "";
    process.stderr.write(`uncorpus: ${results.length - failed} of ${results.length} documents written to ${values.out}${kept}\n`);
  }
  const aligned = values.align ? await (await import("./align-command.js")).alignFolder(values.out, mode === "quiet" || mode === "json") : 0;
  return failed === 0 && aligned === 0 ? 0 : 1;
}

function usageError(message: string): number {
  process.stderr.write(`uncorpus: ${message}\n`);
  return 2;
}
