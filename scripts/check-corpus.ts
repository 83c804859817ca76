/**
 * `npm run check:corpus [OUT] [--write-baseline]`: the pipeline over every shared PDF
 * (../shared/corpus/raw and resolutions, 2 jobs), then `uncorpus check` with
 * check-exceptions.json; prints the table, the time each step took and how the findings compare
 * with check-baseline.json (pipeline/check/baseline.ts); --write-baseline rewrites that file
 * from this check. OUT defaults to output/check-corpus (kept for a look afterwards).
 */
import { BASELINE_FILE, compareWithBaseline, makeBaseline, type Baseline } from "../pipeline/check/baseline.js";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkCorpus, CORPUS_FOLDERS, ROOT } from "../pipeline/check/check-corpus.js";

const missing = CORPUS_FOLDERS.filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  console.error(`check:corpus: ${missing.join(", ")} not found (the shared corpus sits next to the project)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const writeBaseline = args.includes("--write-baseline");
const out = args.find((a) => !a.startsWith("--")) ?? join(ROOT, "output", "check-corpus");
const result = checkCorpus(out);
process.stdout.write(result.table);
if (result.runStatus !== 0) process.stderr.write(`check:corpus: uncorpus run exited ${result.runStatus}:\n${result.runStderr}`);
console.log(`check:corpus: run ${result.seconds.run.toFixed(0)} s, check ${result.seconds.check.toFixed(0)} s; output in ${out}`);
if (result.summary !== null) {
  const path = join(ROOT, BASELINE_FILE);
  if (writeBaseline) {
    writeFileSync(path, JSON.stringify(makeBaseline(result.summary), null, 2) + "\n");
    console.log(`check:corpus: wrote ${path}`);
  } else if (existsSync(path)) {
    const { worse, better } = compareWithBaseline(result.summary, JSON.parse(readFileSync(path, "utf8")) as Baseline);
    console.log(`check:corpus: against ${BASELINE_FILE}: ${worse.length} document/rule counts up, ${better.length} down`);
    for (const line of [...worse.map((l) => `  up    ${l}`), ...better.map((l) => `  down  ${l}`)]) console.log(line);
  }
}
process.exit(result.runStatus !== 0 ? 1 : (result.checkStatus ?? 1));
