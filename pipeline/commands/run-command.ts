/** `uncorpus run`: process PDFs into per-document JSON. */
import { parseArgs } from "node:util";
import { collectInputs } from "../inputs.js";
import { runDocuments } from "../run.js";

export const RUN_HELP = `Usage: uncorpus run [files|folders…] [--out DIR]   (default: input/ → output/)

Options:
  --out DIR          output folder (default: output)
  --no-tokens        skip sentence splitting and tokenization
  --pos              add part-of-speech tags to Chinese tokens
  --user-dict FILE   extra nodejieba user dictionary (one term per line)

Exit code: 0 when every document succeeded, 1 when any failed, 2 on a usage error.`;

export async function runCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "output" },
        "no-tokens": { type: "boolean", default: false },
        pos: { type: "boolean", default: false },
        "user-dict": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`uncorpus: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(RUN_HELP + "\n");
    return 0;
  }
  const args = parsed.positionals.length > 0 ? parsed.positionals : ["input"];
  let inputs;
  try {
    inputs = await collectInputs(args);
  } catch (error) {
    process.stderr.write(`uncorpus: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const userDict = parsed.values["user-dict"];
  const results = await runDocuments(inputs, {
    out: parsed.values.out,
    tokenize: !parsed.values["no-tokens"],
    pos: parsed.values.pos,
    ...(userDict === undefined ? {} : { userDict }),
  });
  const failed = results.filter((r) => r.status === "failed").length;
  process.stderr.write(`uncorpus: ${results.length - failed} of ${results.length} documents written to ${parsed.values.out}\n`);
  return failed === 0 ? 0 : 1;
}
