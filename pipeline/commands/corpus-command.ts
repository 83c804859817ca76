/** `uncorpus corpus DIR`: the corpus files from the per-document JSON already in DIR. */
import { parseArgs } from "node:util";
import { usageError } from "./usage-error.js";

export const CORPUS_HELP = `Usage: uncorpus corpus DIR

Writes DIR/corpus/* (the CSV tables and corpus.jsonl) from every per-document JSON in DIR, the
documents in the order of their output paths: for output written by queue workers on many
machines, or to rebuild the corpus after documents were added or removed by hand. The rows are
those \`uncorpus run\` writes; a run lists documents in its input order instead.`;

export async function corpusCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { help: { type: "boolean", short: "h", default: false } } });
  } catch (error) {
    return usageError(error);
  }
  if (parsed.values.help) {
    process.stdout.write(CORPUS_HELP + "\n");
    return 0;
  }
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined || extra.length > 0) return usageError("corpus takes one output folder (try --help)");
  const [{ findDocumentJson }, { writeCorpus }] = await Promise.all([import("../corpus/find-documents.js"), import("../corpus/write-corpus.js")]);
  let files;
  try {
    files = await findDocumentJson(dir);
  } catch (error) {
    return usageError(error);
  }
  await writeCorpus(files, dir);
  process.stderr.write(`uncorpus: corpus of ${files.length} documents written to ${dir}/corpus\n`);
  return 0;
}
