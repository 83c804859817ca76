#!/usr/bin/env node
/**
 * The `uncorpus` command line: dispatches to one module per command. Command modules load the
 * pipeline only when they run, so `--help` and `--version` answer at once.
 */
import { runCommand, RUN_HELP } from "./commands/run-command.js";
import { evalCommand, EVAL_HELP } from "./commands/eval-command.js";
import { queueCommand, QUEUE_HELP } from "./commands/queue-command.js";
import { workerCommand, WORKER_HELP } from "./commands/worker-command.js";
import { corpusCommand, CORPUS_HELP } from "./commands/corpus-command.js";
import { checkCommand, CHECK_HELP } from "./commands/check-command.js";
import { alignCommand, ALIGN_HELP } from "./commands/align-command.js";
import { inspectCommand, INSPECT_HELP } from "./commands/inspect-command.js";
import { PACKAGE_VERSION } from "../src/version.js";

const HELP = `uncorpus — UN official-document PDFs in, clean research corpora out

Commands:
  uncorpus run [files|folders…] [--out DIR]   process PDFs (default: input/ → output/)
  uncorpus eval --gold DIR [--corpus DIR]     score against gold records, gate on thresholds
  uncorpus queue add|status|retry-failed      fill and watch a Redis queue (distributed runs)
  uncorpus worker --redis URL --out DIR       take documents from the queue
  uncorpus corpus DIR                         corpus files from the per-document JSON in DIR
  uncorpus check DIR [--max N]                checks that need no gold, over an output folder
  uncorpus align [DIR]                        align the language versions in an output folder
  uncorpus inspect FILE.pdf [--out DIR]       one HTML page per PDF: the pipeline's decisions drawn on the pages
  uncorpus --help                             this text
  uncorpus --version                          the installed version

${RUN_HELP}

${EVAL_HELP}

${QUEUE_HELP}

${WORKER_HELP}

${CORPUS_HELP}

${CHECK_HELP}

${ALIGN_HELP}

${INSPECT_HELP}`;

type Command = (args: string[]) => Promise<number>;
const commands: Record<string, Command> = {
  run: runCommand,
  eval: evalCommand,
  queue: queueCommand,
  worker: workerCommand,
  corpus: corpusCommand,
  check: checkCommand,
  align: alignCommand,
  inspect: inspectCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(HELP + "\n");
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    process.stdout.write(`${PACKAGE_VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`uncorpus: unknown command "${name}" (try --help)\n`);
    return 2;
  }
  return command(rest);
}

process.exitCode = await main(process.argv.slice(2));
