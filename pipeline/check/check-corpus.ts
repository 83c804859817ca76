/**
 * The full check on the shared PDFs, as a user would run it: `uncorpus run` over
 * ../shared/corpus/raw and ../shared/corpus/resolutions into a folder (2 jobs, no tokens: the
 * checks read no tokens), then `uncorpus check` on that folder with the project's exceptions.
 * Used by `npm run check:corpus` and by the CI test (test/check-corpus.test.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CheckSummary } from "../../src/check/summarise-checks.js";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const CORPUS_FOLDERS = ["raw", "resolutions"].map((name) => resolve(ROOT, "..", "shared", "corpus", name));

export interface CorpusCheck {
  runStatus: number | null;
  runStderr: string;
  checkStatus: number | null;
  /** The table `check` printed. */
  table: string;
  summary: CheckSummary | null;
  seconds: { run: number; check: number };
}

export function checkCorpus(out: string, jobs = 2): CorpusCheck {
  const cli = (args: string[]) => {
    const start = Date.now();
    const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline", "cli.ts"), ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    return { ...result, seconds: (Date.now() - start) / 1000 };
  };
  const run = cli(["run", ...CORPUS_FOLDERS, "--out", out, "--jobs", String(jobs), "--no-tokens", "--quiet"]);
  const check = cli(["check", out]);
  const report = join(out, "check.json");
  return {
    runStatus: run.status,
    runStderr: run.stderr,
    checkStatus: check.status,
    table: check.stdout + check.stderr,
    summary: existsSync(report) ? (JSON.parse(readFileSync(report, "utf8")) as CheckSummary) : null,
    seconds: { run: run.seconds, check: check.seconds },
  };
}
