/**
 * `npm run check:corpus [OUT]`: the pipeline over every shared PDF (../shared/corpus/raw and
 * resolutions, 2 jobs), then `uncorpus check` with check-exceptions.json; prints the table and
 * the time each step took. OUT defaults to output/check-corpus (kept for a look afterwards).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkCorpus, CORPUS_FOLDERS, ROOT } from "../pipeline/check/check-corpus.js";

const missing = CORPUS_FOLDERS.filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  console.error(`check:corpus: ${missing.join(", ")} not found (the shared corpus sits next to the project)`);
  process.exit(2);
}
const out = process.argv[2] ?? join(ROOT, "output", "check-corpus");
const result = checkCorpus(out);
process.stdout.write(result.table);
if (result.runStatus !== 0) process.stderr.write(`check:corpus: uncorpus run exited ${result.runStatus}:\n${result.runStderr}`);
console.log(`check:corpus: run ${result.seconds.run.toFixed(0)} s, check ${result.seconds.check.toFixed(0)} s; output in ${out}`);
process.exit(result.runStatus !== 0 ? 1 : (result.checkStatus ?? 1));
