/**
 * `npm run bench`: throughput and memory on every PDF of a corpus, in one run.
 *   (a) raw pdf.js getTextContent over all pages (the floor of any pdf.js pipeline),
 *   (b) the full pipeline on 1 worker (and, with taskset, held to one CPU), (c) on all cores,
 *   (d) pdftotext (poppler-utils) per file, the native baseline (installed with apt-get when missing
 *   and possible), (e) `uncorpus run` end to end as a user runs it: a fresh `uncorpus run
 *   <corpus>` process (the package's bin, as the installed command runs it), cold, tokens and
 *   corpus files on, timed from start to exit, in `--rounds`
 *   rounds interleaved with pdftotext over the same files, so the ratio of the two is measured
 *   under the same load (the machine may be shared).
 * Each measurement runs in its own child process so its peak RSS is its own.
 * `--repeat N` feeds the corpus N times to (b) and (c) and samples RSS as documents finish, to
 * show memory stays flat. `--experiment` adds the pdf.js fake-worker variants (docs/batch.md).
 *
 * `--memory-only` runs (c) alone, for long runs that show memory staying flat: `--repeat 135`
 * is 9,990 documents.
 *
 * The run ends with alignment throughput (scripts/bench-align.ts: `uncorpus align` on the
 * corpus's parallel documents, units/s and documents/s); `--align-only` measures that alone.
 *
 * `--end-to-end-only` runs (e) alone (with its pdftotext rounds).
 *
 * Usage: npm run bench -- [--corpus DIR] [--out output/bench.json] [--repeat N] [--jobs N] [--rounds N] [--experiment] [--memory-only] [--end-to-end-only] [--align-only]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadPdfJs, PDFJS_ROOT } from "../src/extract/load-pdfjs.js";
import { benchAlignment, describeAlignment } from "./bench-align.js";

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SCRIPT), "..");
/** RSS is sampled after every this many finished documents. */
const SAMPLE_EVERY = 10;

interface Measure {
  name: string;
  documents: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  documentsPerSecond: number;
  peakRssMb: number | null;
  failed?: number;
  jobs?: number;
  rssSamples?: Array<{ documents: number; rssMb: number }>;
  note?: string;
}

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: join(ROOT, "..", "shared", "corpus") },
    out: { type: "string", default: join(ROOT, "output", "bench.json") },
    repeat: { type: "string", default: "1" },
    jobs: { type: "string" },
    experiment: { type: "boolean", default: false },
    "memory-only": { type: "boolean", default: false },
    "align-only": { type: "boolean", default: false },
    "end-to-end-only": { type: "boolean", default: false },
    rounds: { type: "string", default: "3" },
    child: { type: "string" },
    list: { type: "string" },
  },
});

if (values.child !== undefined) {
  const files = JSON.parse(readFileSync(values.list ?? "", "utf8")) as string[];
  const result = await runChild(values.child, files, Number(values.jobs ?? 1));
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exit(0);
}
await main();

async function main(): Promise<void> {
  const { collectInputs } = await import("../pipeline/inputs.js");
  const corpus = resolve(values.corpus);
  if (!existsSync(corpus)) {
    process.stderr.write(`bench: corpus not found: ${corpus} (pass --corpus DIR)\n`);
    process.exit(2);
  }
  const files = await collectInputs([corpus]);
  const repeat = Math.max(1, Number(values.repeat));
  const cores = Number(values.jobs ?? availableParallelism());
  const work = mkdtempSync(join(tmpdir(), "uncorpus-bench-"));
  const list = join(work, "files.json");
  const repeated = join(work, "repeated.json");
  writeFileSync(list, JSON.stringify(files));
  writeFileSync(repeated, JSON.stringify(repeatCorpus(files, repeat, work)));
  process.stderr.write(`bench: ${files.length} PDFs in ${corpus}, repeat ${repeat}, ${cores} cores\n`);

  const measures: Measure[] = [];
  const stage = (name: string, fileList: string, jobs = 1, pinned = false): Measure => {
    process.stderr.write(`bench: ${name}…\n`);
    const args = ["--import", "tsx", SCRIPT, "--child", name, "--list", fileList, "--jobs", String(jobs)];
    const child = spawnSync(pinned ? "taskset" : process.execPath, pinned ? ["-c", "0", process.execPath, ...args] : args, {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
    const measure = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Measure;
    measures.push(measure);
    process.stderr.write(`bench:   ${describe(measure)}\n`);
    return measure;
  };
  if (values["end-to-end-only"]) {
    const pages = stage("raw-pdfjs", list).pages;
    const e2e = endToEnd(corpus, files, pages, cores, Math.max(1, Number(values.rounds)));
    const report = { machine: machine(), corpus: { path: corpus, documents: files.length, pages }, measures, endToEnd: e2e };
    await mkdir(dirname(resolve(values.out)), { recursive: true });
    await writeFile(resolve(values.out), JSON.stringify(report, null, 2) + "\n");
    process.stdout.write(table(measures) + "\n" + describeEndToEnd(e2e) + "\n");
    process.stdout.write(`wrote ${values.out}\n`);
    rmSync(work, { recursive: true, force: true });
    return;
  }
  if (values["memory-only"]) {
    const all = stage(`pipeline-${cores}-workers`, repeated, cores);
    const report = { machine: machine(), corpus: { path: corpus, documents: files.length, repeat }, measures };
    await mkdir(dirname(resolve(values.out)), { recursive: true });
    await writeFile(resolve(values.out), JSON.stringify(report, null, 2) + "\n");
    const samples = all.rssSamples ?? [];
    const step = Math.max(1, Math.floor(samples.length / 10));
    const shown = samples.filter((_, i) => i % step === 0 || i === samples.length - 1);
    process.stdout.write(`RSS (documents → MB): ${shown.map((x) => `${x.documents} → ${x.rssMb}`).join(", ")}\n`);
    process.stdout.write(`wrote ${values.out}\n`);
    rmSync(work, { recursive: true, force: true });
    return;
  }
  /** Alignment passes over the parallel documents: enough to time, cheap next to the pipeline. */
  const ALIGN_PASSES = 5;
  const alignment = async (): Promise<Awaited<ReturnType<typeof benchAlignment>>> => {
    const measure = await benchAlignment(corpus, ALIGN_PASSES, (line) => process.stderr.write(line + "\n"));
    process.stdout.write(describeAlignment(measure) + "\n");
    return measure;
  };
  if (values["align-only"]) {
    const report = { machine: machine(), alignment: await alignment() };
    await mkdir(dirname(resolve(values.out)), { recursive: true });
    await writeFile(resolve(values.out), JSON.stringify(report, null, 2) + "\n");
    process.stdout.write(`wrote ${values.out}\n`);
    rmSync(work, { recursive: true, force: true });
    return;
  }
  const raw = stage("raw-pdfjs", list);
  if (values.experiment) {
    stage("raw-pdfjs-preloaded-worker", list);
    stage("raw-pdfjs-clone-time", list);
    stage("raw-pdfjs-uncorpus-loader", list);
  }
  const one = stage("pipeline-1-worker", repeated, 1);
  // "1 worker" is more than one core: V8's compiler and GC threads and the main thread use the
  // others. The same run held to one CPU (taskset) shows what one core does.
  const hasTaskset = cores > 1 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const oneCore = hasTaskset ? stage("pipeline-1-worker-on-1-core", repeated, 1, true) : null;
  const all = stage(`pipeline-${cores}-workers`, repeated, cores);
  const scaling = memoryScaling(stage, list, Math.max(4, cores));
  const native = pdftotext(files, raw.pages);
  if (native !== null) measures.push(native);
  else process.stderr.write("bench: (d) skipped: pdftotext not installed (apt-get install poppler-utils)\n");
  const e2e = native === null ? null : endToEnd(corpus, files, raw.pages, cores, Math.max(1, Number(values.rounds)));

  const report = {
    machine: machine(),
    corpus: { path: corpus, documents: files.length, pages: raw.pages, repeat },
    measures,
    ratios: {
      oneWorkerOverRawPdfjs: round(one.pagesPerSecond / raw.pagesPerSecond),
      allCoresOverOneWorker: round(all.pagesPerSecond / one.pagesPerSecond),
      ...(oneCore === null ? {} : { allCoresOverOneCore: round(all.pagesPerSecond / oneCore.pagesPerSecond) }),
      // What each worker past the first adds to the process's peak RSS (the main thread, with the
      // run's one nodejieba, is in both runs and cancels out).
      ...(cores > 1 && one.peakRssMb !== null && all.peakRssMb !== null ? { rssPerAddedWorkerMb: Math.round((all.peakRssMb - one.peakRssMb) / (cores - 1)) } : {}),
      ...(native === null ? {} : { pdftotextOverOneWorker: round(native.pagesPerSecond / one.pagesPerSecond) }),
    },
    memoryScaling: scaling,
    alignment: await alignment(),
    ...(e2e === null ? {} : { endToEnd: e2e }),
  };
  await mkdir(dirname(resolve(values.out)), { recursive: true });
  await writeFile(resolve(values.out), JSON.stringify(report, null, 2) + "\n");
  process.stdout.write(table(measures) + "\n");
  const perWorker = report.ratios.rssPerAddedWorkerMb;
  process.stdout.write(
    `1 worker / raw pdf.js: ${report.ratios.oneWorkerOverRawPdfjs}×   all cores / 1 worker: ${report.ratios.allCoresOverOneWorker}×` +
      (oneCore === null ? "" : ` (/ 1 worker on 1 core: ${report.ratios.allCoresOverOneCore}×)`) +
      (perWorker === undefined ? "" : `   peak RSS per added worker: ${perWorker} MB`) +
      "\n",
  );
  process.stdout.write(
    `peak RSS with 1…${scaling.peakRssMb.length} workers (corpus once): ${scaling.peakRssMb.join(", ")} MB → ${scaling.perWorkerMb} MB per worker on top of ${scaling.baseMb} MB\n`,
  );
  if (e2e !== null) process.stdout.write(describeEndToEnd(e2e) + "\n");
  process.stdout.write(`wrote ${values.out}\n`);
  rmSync(work, { recursive: true, force: true });
}

interface EndToEnd {
  jobs: number;
  rounds: Array<{ uncorpus: Measure; pdftotext: Measure; ratio: number }>;
  /** Median over the rounds of uncorpus pages/s ÷ pdftotext pages/s (same round, same load). */
  medianRatio: number;
}

/**
 * (e) `uncorpus run <corpus> --out <fresh> --jobs N --quiet` as a fresh process (cold: new
 * output folder, nothing to resume), tokens and corpus files on, wall time from spawn to exit and
 * peak RSS (GNU time); then pdftotext over the same files; `rounds` times, interleaved. The
 * command is the package's bin run by node, which is what the `uncorpus` an install puts on PATH
 * runs; `npx uncorpus` would add npm's own start-up (~0.6 s here), which is not uncorpus's.
 */
function endToEnd(corpus: string, files: readonly string[], pages: number, jobs: number, rounds: number): EndToEnd {
  const hasTime = existsSync("/usr/bin/time");
  const out: EndToEnd["rounds"] = [];
  for (let round = 1; round <= rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), "uncorpus-bench-e2e-"));
    process.stderr.write(`bench: (e) round ${round}/${rounds}: uncorpus run…\n`);
    const command = [process.execPath, join(ROOT, "bin", "uncorpus.js"), "run", corpus, "--out", dir, "--jobs", String(jobs), "--quiet"];
    const start = performance.now();
    const run = hasTime ? spawnSync("/usr/bin/time", ["-f", "%M", ...command], { cwd: ROOT, encoding: "utf8" }) : spawnSync(command[0]!, command.slice(1), { cwd: ROOT, encoding: "utf8" });
    const seconds = (performance.now() - start) / 1000;
    const failed = readManifestFailures(join(dir, "manifest.jsonl"));
    rmSync(dir, { recursive: true, force: true });
    if (run.status !== 0 && failed === 0) throw new Error(`uncorpus run failed: ${run.stderr}`);
    const uncorpus = finish(`uncorpus-run-${jobs}-workers-round-${round}`, files.length, pages, seconds, failed);
    uncorpus.peakRssMb = hasTime ? Math.round((Number(run.stderr.trim().split("\n").at(-1)) || 0) / 1024) : null;
    uncorpus.jobs = jobs;
    uncorpus.note = "fresh process (uncorpus run: the package bin), tokens and corpus files on, start to exit";
    process.stderr.write(`bench:   ${describe(uncorpus)}\n`);
    const native = pdftotext([...files], pages);
    if (native === null) throw new Error("pdftotext is needed for (e)");
    native.name = `pdftotext-round-${round}`;
    out.push({ uncorpus, pdftotext: native, ratio: round2(uncorpus.pagesPerSecond / native.pagesPerSecond) });
  }
  const ratios = out.map((r) => r.ratio).sort((a, b) => a - b);
  return { jobs, rounds: out, medianRatio: ratios[Math.floor(ratios.length / 2)] ?? 0 };
}

function readManifestFailures(path: string): number {
  if (!existsSync(path)) return 0;
  const lines = readFileSync(path, "utf8").trim().split("\n");
  const summary = JSON.parse(lines.at(-1) ?? "{}") as { counts?: { failed?: number } };
  return summary.counts?.failed ?? 0;
}

function describeEndToEnd(e2e: EndToEnd): string {
  const rows = e2e.rounds.map(
    (r, i) => `  round ${i + 1}: uncorpus run ${r.uncorpus.pagesPerSecond} pages/s (${r.uncorpus.seconds} s, peak RSS ${r.uncorpus.peakRssMb ?? "?"} MB), pdftotext ${r.pdftotext.pagesPerSecond} pages/s → ${r.ratio}×`,
  );
  return [`(e) uncorpus run end to end on ${e2e.jobs} workers against pdftotext, same run, interleaved:`, ...rows, `  median ratio: ${e2e.medianRatio}×`].join("\n");
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The corpus `repeat` times, as passes a run keeps apart (it sorts its inputs): each pass is a
 * folder of symbolic links `pass-N/<i>/<name>`, so RSS at the end of each pass is comparable.
 */
function repeatCorpus(files: readonly string[], repeat: number, work: string): string[] {
  if (repeat === 1) return [...files];
  const out: string[] = [];
  for (let pass = 1; pass <= repeat; pass++) {
    files.forEach((file, i) => {
      const link = join(work, `pass-${String(pass).padStart(5, "0")}`, String(i).padStart(6, "0"), basename(file));
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(file, link);
      out.push(link);
    });
  }
  return out;
}

async function runChild(name: string, files: string[], jobs: number): Promise<Measure> {
  if (name.startsWith("raw-pdfjs")) return rawPdfjs(name, files);
  return pipeline(name, files, jobs);
}

/** (a) The naive floor: open each PDF, getTextContent on every page, nothing else. */
async function rawPdfjs(name: string, files: string[]): Promise<Measure> {
  // Sets globalThis.pdfjsWorker, which pdf.js then uses instead of importing its worker file.
  const workerModule: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";
  if (name === "raw-pdfjs-preloaded-worker") await import(workerModule);
  let cloneMs = 0;
  if (name === "raw-pdfjs-clone-time") {
    const original = globalThis.structuredClone;
    globalThis.structuredClone = ((value: unknown, options?: Parameters<typeof structuredClone>[1]) => {
      const start = performance.now();
      const copy = original(value, options);
      cloneMs += performance.now() - start;
      return copy;
    }) as typeof structuredClone;
  }
  const pdfjs = name === "raw-pdfjs-uncorpus-loader" ? await loadPdfJs() : await import("pdfjs-dist/legacy/build/pdf.mjs");
  const start = performance.now();
  let pages = 0;
  let failed = 0;
  for (const file of files) {
    try {
      const task = pdfjs.getDocument({
        data: new Uint8Array(readFileSync(file)),
        isEvalSupported: false,
        cMapUrl: join(PDFJS_ROOT, "cmaps") + "/",
        cMapPacked: true,
        standardFontDataUrl: join(PDFJS_ROOT, "standard_fonts") + "/",
        useSystemFonts: false,
        disableFontFace: true,
        verbosity: 0,
      });
      const pdf = await task.promise;
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        await page.getTextContent({ includeMarkedContent: true });
        page.cleanup();
        pages++;
      }
      await pdf.destroy();
    } catch {
      failed++;
    }
  }
  const measure = finish(name, files.length, pages, (performance.now() - start) / 1000, failed);
  if (name === "raw-pdfjs-clone-time") measure.note = `structuredClone took ${(cloneMs / 1000).toFixed(2)} s of the run`;
  return measure;
}

/**
 * (b)/(c) The whole pipeline, JSON and corpus files written (the corpus as documents commit),
 * resume off, RSS sampled as documents finish.
 */
async function pipeline(name: string, files: string[], jobs: number): Promise<Measure> {
  const { runDocuments } = await import("../pipeline/run.js");
  const out = mkdtempSync(join(tmpdir(), "uncorpus-bench-out-"));
  const samples: Array<{ documents: number; rssMb: number }> = [];
  let finished = 0;
  const start = performance.now();
  const results = await runDocuments(files, {
    out,
    jobs,
    force: true,
    progress: {
      start() {},
      committed() {},
      end() {},
      note() {},
      finished() {
        finished++;
        if (finished % SAMPLE_EVERY === 0 || finished === files.length) samples.push({ documents: finished, rssMb: mb(process.memoryUsage().rss) });
      },
    },
  });
  const end = performance.now();
  rmSync(out, { recursive: true, force: true });
  const pages = results.reduce((n, r) => n + r.pages, 0);
  const failed = results.filter((r) => r.status === "failed").length;
  return { ...finish(name, files.length, pages, (end - start) / 1000, failed), jobs, rssSamples: samples, note: "JSON and corpus files written" };
}

/** (d) pdftotext per file; peak RSS from GNU time when it is there. */
function pdftotext(files: string[], pages: number): Measure | null {
  if (!ensurePdftotext()) return null;
  process.stderr.write("bench: pdftotext…\n");
  const hasTime = existsSync("/usr/bin/time");
  let peakKb = 0;
  let failed = 0;
  const start = performance.now();
  for (const file of files) {
    const run = hasTime
      ? spawnSync("/usr/bin/time", ["-f", "%M", "pdftotext", "-q", "-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
      : spawnSync("pdftotext", ["-q", "-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0) failed++;
    if (hasTime) peakKb = Math.max(peakKb, Number(run.stderr.trim().split("\n").at(-1)) || 0);
  }
  const measure = finish("pdftotext", files.length, pages, (performance.now() - start) / 1000, failed);
  measure.peakRssMb = hasTime ? Math.round(peakKb / 1024) : null;
  measure.note = "pages counted by pdf.js in (a); one process per file";
  process.stderr.write(`bench:   ${describe(measure)}\n`);
  return measure;
}

/** pdftotext is there, or is installed now (Debian's poppler-utils, as root); false when it cannot be. */
function ensurePdftotext(): boolean {
  if (spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).error === undefined) return true;
  if (process.getuid?.() !== 0 || spawnSync("apt-get", ["--version"]).error !== undefined) return false;
  process.stderr.write("bench: installing poppler-utils (pdftotext) with apt-get…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "poppler-utils"], { stdio: "ignore", env });
  return spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).error === undefined;
}

/**
 * Peak RSS of the pipeline on the corpus once with 1…`upTo` workers, and the straight line through
 * them (least squares): what each worker adds, and what the process holds whatever the number of
 * workers (main thread, the run's nodejieba). Steadier than one difference of two peaks.
 */
function memoryScaling(stage: (name: string, fileList: string, jobs: number) => Measure, list: string, upTo: number): { peakRssMb: number[]; perWorkerMb: number; baseMb: number } {
  const peaks: number[] = [];
  for (let jobs = 1; jobs <= upTo; jobs++) peaks.push(stage(`memory-${jobs}-workers`, list, jobs).peakRssMb ?? 0);
  const n = peaks.length;
  const meanX = (n + 1) / 2;
  const meanY = peaks.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  peaks.forEach((y, i) => {
    sxy += (i + 1 - meanX) * (y - meanY);
    sxx += (i + 1 - meanX) ** 2;
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { peakRssMb: peaks, perWorkerMb: Math.round(slope), baseMb: Math.round(meanY - slope * meanX) };
}

function machine(): Record<string, unknown> {
  return { cores: availableParallelism(), cpu: cpus()[0]?.model ?? "unknown", memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtEnd: loadavg().map((n) => Math.round(n * 100) / 100) };
}

function finish(name: string, documents: number, pages: number, seconds: number, failed: number): Measure {
  return {
    name,
    documents,
    pages,
    seconds: round(seconds),
    pagesPerSecond: round(pages / seconds),
    documentsPerSecond: round(documents / seconds),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    failed,
  };
}

function describe(m: Measure): string {
  return `${m.pagesPerSecond} pages/s, ${m.documentsPerSecond} docs/s, peak RSS ${m.peakRssMb ?? "?"} MB (${m.documents} docs, ${m.pages} pages, ${m.seconds} s)${m.note ? `; ${m.note}` : ""}`;
}

function table(measures: readonly Measure[]): string {
  const rows = [["measure", "pages/s", "docs/s", "peak RSS MB", "seconds", "docs", "pages", "failed"]];
  for (const m of measures) {
    rows.push([m.name, String(m.pagesPerSecond), String(m.documentsPerSecond), String(m.peakRssMb ?? "n/a"), String(m.seconds), String(m.documents), String(m.pages), String(m.failed ?? 0)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
}

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
