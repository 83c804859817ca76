/** `uncorpus check DIR`: the checks that need no gold, over an output folder; gates on a maximum. */
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { CheckException } from "../../src/check/exceptions.js";

export const DEFAULT_EXCEPTIONS = "check-exceptions.json";

export const CHECK_HELP = `Usage: uncorpus check DIR [--max N] [--exceptions FILE]

Checks every per-document JSON under DIR (the --out folder of "uncorpus run", old output too)
with rules that need no gold: top-level numbering runs 1, 2, 3 … (restart at 1 allowed);
sub-items run (a) … (z), (aa) … and (i), (ii) … under their parent; a block ending without
closing punctuation followed by one starting in lower case; numbered footnotes without a
callout; repeated footnote markers; masthead, adoption, page-number and job-number lines in body
or footnote text; per-page conservation (from the messages the pipeline wrote). Prints a table
per rule and writes DIR/check.json. Rules and exceptions: README, "Checks that need no gold".

Options:
  --max N             findings allowed before the exit code says so (default 0)
  --exceptions FILE   findings that do not count (default: ./${DEFAULT_EXCEPTIONS} when present)
  --no-exceptions     count every finding
  --quiet             print only the last line
  --if-present        a folder with no per-document JSON yet is nothing to check (exit 0)

Exit code: 0 when the counted findings are at most --max, 1 when more (or a file is unreadable),
2 on a usage error.`;

export async function checkCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        max: { type: "string", default: "0" },
        exceptions: { type: "string" },
        "no-exceptions": { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        "if-present": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(CHECK_HELP + "\n");
    return 0;
  }
  if (parsed.positionals.length !== 1) return usage("give one output folder (uncorpus check DIR)");
  const dir = parsed.positionals[0]!;
  const present = existsSync(dir) && statSync(dir).isDirectory();
  if (!present && !v["if-present"]) return usage(`${dir}: no such folder`);
  const max = Number(v.max);
  if (!Number.isInteger(max) || max < 0) return usage(`--max must be a whole number ≥ 0, got "${v.max}"`);
  const exceptionsPath = v["no-exceptions"] ? null : (v.exceptions ?? (existsSync(DEFAULT_EXCEPTIONS) ? DEFAULT_EXCEPTIONS : null));
  let exceptions: CheckException[] = [];
  if (exceptionsPath !== null) {
    try {
      const { parseExceptions } = await import("../../src/check/exceptions.js");
      exceptions = parseExceptions(JSON.parse(await readFile(exceptionsPath, "utf8")) as unknown, exceptionsPath);
    } catch (error) {
      return usage(`exceptions: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Loaded here, not at the top: `uncorpus --help` reads this module for CHECK_HELP only.
  const { runCheck } = await import("../check/run-check.js");
  const { formatCheck } = await import("../check/format-check.js");
  const { stringifyCompact } = await import("../../src/output/to-json.js");
  const { writeAtomic } = await import("../write-atomic.js");
  const { summary, unreadable } = present ? await runCheck(dir, exceptions, max) : { summary: null, unreadable: [] };
  for (const bad of unreadable) process.stderr.write(`${bad.file}: ${bad.reason}\n`);
  if (summary === null || summary.documents === 0) {
    if (!v["if-present"] || unreadable.length > 0) return usage(`${dir}: no per-document JSON found`);
    process.stdout.write(`check: no per-document JSON in ${dir} yet, nothing to check (run "npm start" or "uncorpus run --out ${dir}")\n`);
    return 0;
  }
  const report = formatCheck(summary);
  process.stdout.write((v.quiet ? report.split("\n").pop()! : report) + "\n");
  const out = join(dir, "check.json");
  await writeAtomic(out, stringifyCompact({ exceptions: exceptionsPath, ...summary, unreadable }) + "\n");
  if (!v.quiet) process.stderr.write(`check: wrote ${out}\n`);
  return summary.ok && unreadable.length === 0 ? 0 : 1;
}

function usage(message: string): number {
  process.stderr.write(`uncorpus check: ${message}\n`);
  return 2;
}
