/**
 * The hostile-input figures of the README's threat model: one batch over the crafted PDFs of
 * test/support/hostile-pdfs.ts plus damaged copies of real UN PDFs (cut short, garbled in the
 * middle, bytes flipped) and a few intact ones, on 2 workers, under /usr/bin/time -v when it is
 * there (peak RSS of the whole run: workers are threads of the one process). Prints, per input,
 * the status, the time its worker took and the reason; then the slowest input and the peak RSS.
 *
 * npx tsx scripts/bench-hostile.ts [--corpus ../shared/corpus/raw] [--real N] [--jobs 2]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { hostileInputs } from "../test/support/hostile-pdfs.js";
import { garblePdf, truncatePdf } from "../test/support/pdf-writer.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1]!;
};
const corpus = option("--corpus", "../shared/corpus/raw");
const realCount = Number(option("--real", "12"));
const jobs = option("--jobs", "2");

const dir = mkdtempSync(join(tmpdir(), "uncorpus-hostile-bench-"));
const inputs = join(dir, "in");
mkdirSync(inputs);
for (const hostile of hostileInputs()) writeFileSync(join(inputs, hostile.file), hostile.bytes);

function pdfsUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".pdf"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
const real = pdfsUnder(corpus).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / realCount)) === 0).slice(0, realCount);
for (const [i, path] of real.entries()) {
  const bytes = new Uint8Array(readFileSync(path));
  const stem = basename(path, ".pdf");
  if (i % 3 === 0) writeFileSync(join(inputs, `${stem}.cut.pdf`), truncatePdf(bytes, 0.6));
  if (i % 3 === 1) writeFileSync(join(inputs, `${stem}.garbled.pdf`), garblePdf(bytes, Math.floor(bytes.length * 0.3), 4096));
  if (i % 3 === 2) {
    const flipped = bytes.slice();
    for (let k = 0; k < flipped.length; k += 997) flipped[k] = flipped[k]! ^ 0xff;
    writeFileSync(join(inputs, `${stem}.flipped.pdf`), flipped);
  }
  writeFileSync(join(inputs, `${stem}.pdf`), bytes);
}
if (real.length === 0) console.log(`(no real PDFs under ${corpus}: hostile files only)`);

const out = join(dir, "out");
const cli = ["--import", "tsx", "pipeline/cli.ts", "run", inputs, "--out", out, "--jobs", jobs, "--quiet"];
const timed = existsSync("/usr/bin/time");
const started = performance.now();
const run = timed ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...cli], { encoding: "utf8" }) : spawnSync(process.execPath, cli, { encoding: "utf8" });
const seconds = (performance.now() - started) / 1000;
const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];

interface Line {
  path?: string;
  status?: string;
  ms?: number;
  error?: string | null;
  summary?: boolean;
}
const lines = readFileSync(join(out, "manifest.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Line);
const docs = lines.filter((l) => l.summary !== true);
for (const line of docs) console.log(`${line.status!.padEnd(6)} ${String(line.ms).padStart(6)} ms  ${basename(line.path!)}${line.error ? `: ${line.error}` : ""}`);
const slowest = docs.reduce((a, b) => ((b.ms ?? 0) > (a.ms ?? 0) ? b : a));
console.log(`\n${docs.length} inputs (${hostileInputs().length} crafted, ${real.length} real and ${real.length} damaged copies) on ${jobs} workers in ${seconds.toFixed(1)} s; exit code ${run.status}`);
console.log(`every input in the manifest: ${docs.length === readdirSync(inputs).length}; slowest: ${basename(slowest.path!)} ${slowest.ms} ms`);
console.log(`peak RSS: ${peak === undefined ? "(no /usr/bin/time)" : `${(Number(peak) / 1024).toFixed(0)} MB`}`);
console.log(`output: ${out}`);
