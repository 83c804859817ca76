/** Writes a run's eval.json and report.html into the output folder (each atomically). */
import { join } from "node:path";
import { writeAtomic } from "../write-atomic.js";
import { stringifyEval, type EvalJsonInputs } from "./eval-json.js";
import { renderReport } from "./html-report.js";
import type { EvalRun } from "./run-eval.js";

export interface ReportPaths {
  json: string;
  html: string;
}

export async function writeReport(
  run: EvalRun,
  out: string,
  inputs: EvalJsonInputs,
  generatedAt: string,
  options: { inspect?: string } = {},
): Promise<ReportPaths> {
  const paths = { json: join(out, "eval.json"), html: join(out, "report.html") };
  await writeAtomic(paths.json, stringifyEval(run, inputs));
  await writeAtomic(paths.html, renderReport(run, { ...inputs, generatedAt, ...options }));
  return paths;
}
