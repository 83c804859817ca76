/**
 * eval.json: the whole run as data, deterministic (no timestamps, no absolute paths, numbers
 * rounded by the scorers), so two runs on the same code and inputs give the same bytes.
 */
import type { EvalRun } from "./run-eval.js";

export const EVAL_FORMAT_VERSION = 1;

export interface EvalJsonInputs {
  /** The gold folders, as given on the command line. */
  gold: readonly string[];
  corpus: string;
  thresholds: string | null;
}

export function stringifyEval(run: EvalRun, inputs: EvalJsonInputs): string {
  return (
    JSON.stringify(
      {
        uncorpusEval: EVAL_FORMAT_VERSION,
        ...inputs,
        ok: run.ok,
        overall: run.overall,
        emptyGroups: run.emptyGroups,
        documents: run.documents,
      },
      null,
      2,
    ) + "\n"
  );
}
