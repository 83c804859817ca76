/** `uncorpus corpus DIR`: the corpus files from the per-document JSON already in DIR. */
import { parseArgs } from "node:util";
import { usageError } from "./usage-error.js";

export const CORPUS_HELP = `Usage: uncorpus corpus DIR

Writes DIR/corpus/* (the CSV tables and corpus.jsonl) from every per-document JSON in DIR: for
output written by queue workers on many machines, or to rebuild the corpus after documents were
added or removed by hand. The bytes are those a local \`uncorpus run\` of the same documents
writes: documents in sorted input-path order, the paths read from DIR/manifest.jsonl (a run) and
DIR/.uncorpus/queue-inputs.jsonl (\`uncorpus queue add\`); documents with no input on record come
last, in output-path order.`;

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
  const [{ findDocumentJson }, { inInputOrder }, { writeCorpus }] = await Promise.all([
    import("../corpus/find-documents.js"),
    import("../corpus/input-order.js"),
    import("../corpus/write-corpus.js"),
  ]);
  let files;
  try {
    files = await inInputOrder(dir, await findDocumentJson(dir));
  } catch (error) {
    return usageError(error);
  }
  await writeCorpus(files, dir);
  process.stderr.write(`uncorpus: corpus of ${files.length} documents written to ${dir}/corpus\n`);
  return 0;
}
