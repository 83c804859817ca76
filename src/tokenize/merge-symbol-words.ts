/**
 * Keeps document symbols, decimals and codes whole: a joiner (. / - ' ’ : ,) between two word
 * runs merges them into one word, so "A/RES/68/4", "E/CN.6/2013/L.4", "3.5" and "1,000" are one
 * token each, while "68/4." ends with a separate "." and "21(e)" stays "21", "(", "e", ")".
 */
import type { Run } from "./split-runs.js";

const JOINERS = new Set([".", "/", "-", "'", "’", ":", ","]);
/** "1,000" joins but "移徙者,原籍国" never reaches here: Han runs are not word runs. */
const DIGITS_ONLY = /^\p{N}+$/u;

export function mergeSymbolWords(text: string, runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run === undefined) continue;
    const last = out[out.length - 1];
    const next = runs[i + 1];
    if (
      last !== undefined &&
      next !== undefined &&
      last.kind === "word" &&
      next.kind === "word" &&
      run.end - run.start === 1 &&
      JOINERS.has(text[run.start] ?? "") &&
      joinable(text, last, run, next)
    ) {
      last.end = next.end;
      i++;
      continue;
    }
    out.push({ ...run });
  }
  return out;
}

/** A comma joins only digit groups ("1,000"), never words ("a,b"). */
function joinable(text: string, left: Run, joiner: Run, right: Run): boolean {
  if (text[joiner.start] !== ",") return true;
  return DIGITS_ONLY.test(text.slice(left.start, left.end)) && DIGITS_ONLY.test(text.slice(right.start, right.end));
}
