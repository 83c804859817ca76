/** `uncorpus corpus DIR`: the corpus files from the per-document JSON already in DIR. */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { findDocumentJson } from "../corpus/find-documents.js";
import { writeCorpus } from "../corpus/write-corpus.js";
import { usageError } from "./usage-error.js";

export const CORPUS_HELP = `Usage: uncorpus corpus DIR [--jobs N]

Writes DIR/corpus/* (the CSV tables and corpus.jsonl) from every per-document JSON in DIR, in the
order and with the bytes that \`uncorpus run\` gives for the same documents: for output written by
queue workers, or to rebuild the corpus after documents were added or removed by hand.`;

export async function corpusCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { jobs: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  } catch (error) {
    return usageError(error);
  }
  if (parsed.values.help) {
    process.stdout.write(CORPUS_HELP + "\n");
    return 0;
  }
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined || extra.length > 0) return usageError("corpus takes one output folder (try --help)");
  const jobs = parsed.values.jobs === undefined ? availableParallelism() : Number(parsed.values.jobs);
  if (!Number.isInteger(jobs) || jobs <= 0) return usageError(`--jobs must be a positive whole number, got "${parsed.values.jobs}"`);
  let files;
  try {
    files = await findDocumentJson(dir);
  } catch (error) {
    return usageError(error);
  }
  await writeCorpus(files, dir, { jobs });
  process.stderr.write(`uncorpus: corpus of ${files.length} documents written to ${dir}/corpus\n`);
  return 0;
}
