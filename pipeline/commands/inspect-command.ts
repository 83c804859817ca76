/** `uncorpus inspect`: one self-contained HTML page per PDF showing the pipeline's decisions on the pages. */
import { readFile } from "node:fs/promises";
import { join, relative, resolve, sep, isAbsolute } from "node:path";
import { parseArgs } from "node:util";
import { collectInputs } from "../inputs.js";

export const INSPECT_HELP = `Usage: uncorpus inspect FILE.pdf… [--out DIR] [--pages 1-3]

Writes one self-contained HTML page per PDF, <out>/<lang>/<symbol>.html (as run names its JSON):
every page drawn as printed, with the pipeline's decisions over it — body blocks with their id and
printed number, headings, tables, footnotes with a line from each callout to its note, furniture
(role, rule and reason on hover), findings — in layers that can be switched off, and a side panel
that lists the blocks and jumps to them. Open it in any browser; it needs nothing else.

Options:
  --out DIR       where the pages go (default: output/inspect)
  --pages LIST    only draw these pages, e.g. 1-3 or 2,5-7 (overlays still come from the whole document)

Exit code: 0 when every page was written, 1 when a PDF failed, 2 on a usage error.`;

export async function inspectCommand(rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: "string", default: join("output", "inspect") },
        pages: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(INSPECT_HELP + "\n");
    return 0;
  }
  const pages = v.pages === undefined ? null : parsePages(v.pages);
  if (typeof pages === "string") return usage(pages);
  if (parsed.positionals.length === 0) return usage("give one or more PDFs (try --help)");
  let inputs: string[];
  try {
    inputs = await collectInputs(parsed.positionals);
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const [{ inspectPdf }, { outputPath }, { writeAtomic }] = await Promise.all([
    import("../inspect/inspect-pdf.js"),
    import("../../src/output/output-path.js"),
    import("../write-atomic.js"),
  ]);
  const out = resolve(v.out);
  let failed = 0;
  for (const input of inputs) {
    try {
      const { doc, html } = await inspectPdf(new Uint8Array(await readFile(input)), input, pages);
      const target = resolve(out, outputPath(doc.metadata.symbol, doc.metadata.language, doc.file).replace(/\.json$/, ".html"));
      const rel = relative(out, target);
      if (rel.startsWith("..") || isAbsolute(rel)) throw new Error(`output path escapes the output folder: ${rel}`);
      await writeAtomic(target, html);
      process.stdout.write(`${input} → ${relative(process.cwd(), target).split(sep).join("/")}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`${input}: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim()}\n`);
    }
  }
  return failed === 0 ? 0 : 1;
}

/** "1-3,5" → {1,2,3,5}; a message when the list is not one. */
function parsePages(text: string): Set<number> | string {
  const pages = new Set<number>();
  for (const part of text.split(",")) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    const first = Number(match?.[1]);
    const last = match?.[2] === undefined ? first : Number(match[2]);
    if (match === null || first < 1 || last < first) return `--pages must look like 1-3 or 2,5-7, got "${text}"`;
    for (let page = first; page <= last; page++) pages.add(page);
  }
  return pages;
}

function usage(message: string): number {
  process.stderr.write(`uncorpus inspect: ${message}\n`);
  return 2;
}
