import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync, readdirSync, appendFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writePdf } from "./support/pdf-writer.js";
import { runDocuments, type Fault, type RunOptions } from "../pipeline/run.js";
import { writeCorpus } from "../pipeline/corpus/write-corpus.js";
import { createProgress, type LogMode } from "../pipeline/batch/progress.js";
import type { ManifestLine } from "../pipeline/batch/manifest.js";

/** A one-page English PDF with no symbol: its output goes to en/_nosymbol/<stem>.json. */
function pdf(text: string): Uint8Array {
  return writePdf({
    pages: [
      {
        texts: [
          { x: 72, y: 720, size: 11, font: "Times-Roman", text: "The General Assembly adopted the resolution without a vote." },
          { x: 72, y: 700, size: 11, font: "Times-Roman", text },
        ],
      },
    ],
  });
}

function workspace(): { dir: string; out: string; file: (rel: string, bytes: Uint8Array | string) => string } {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-batch-"));
  const out = join(dir, "out");
  return {
    dir,
    out,
    file(rel, bytes) {
      const path = join(dir, rel);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, bytes);
      return path;
    },
  };
}

interface Captured {
  stdout: string[];
  stderr: string[];
}

async function run(inputs: string[], options: RunOptions & { mode?: LogMode; faultsByPath?: Record<string, Fault> }) {
  const captured: Captured = { stdout: [], stderr: [] };
  const progress = createProgress(options.mode ?? "plain", {
    stdout: (t) => captured.stdout.push(t),
    stderr: (t) => captured.stderr.push(t),
  });
  const faults = new Map(Object.entries(options.faultsByPath ?? {}));
  const finishedOrder: string[] = [];
  const watched = { ...progress, finished: (line: ManifestLine) => (finishedOrder.push(line.path), progress.finished(line)) };
  const results = await runDocuments(inputs, { jobs: 2, corpus: false, ...options, progress: watched, faults });
  return { results, captured, finishedOrder };
}

function manifest(out: string): Array<Record<string, unknown>> {
  return readFileSync(join(out, "manifest.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test("writes one JSON per document and a manifest line per input, then a summary", async () => {
  const w = workspace();
  const a = w.file("a.pdf", pdf("First document."));
  const b = w.file("b.pdf", pdf("Second document."));
  const bad = w.file("bad.pdf", "this is not a PDF");
  const { results, captured } = await run([b, bad, a], { out: w.out });
  assert.deepEqual(
    results.map((r) => [r.input, r.status]),
    [
      [a, "ok"],
      [b, "ok"],
      [bad, "failed"],
    ],
  );
  assert.ok(existsSync(join(w.out, "en/_nosymbol/a.json")));
  assert.ok(existsSync(join(w.out, "en/_nosymbol/b.json")));
  const lines = manifest(w.out);
  assert.deepEqual(
    lines.slice(0, 3).map((l) => [l["path"], l["status"], l["output"], l["pages"]]),
    [
      [a, "ok", "en/_nosymbol/a.json", 1],
      [b, "ok", "en/_nosymbol/b.json", 1],
      [bad, "failed", null, 0],
    ],
  );
  assert.equal(typeof lines[0]!["sha256"], "string");
  assert.match(String(lines[2]!["error"]), /not a PDF/);
  assert.deepEqual(lines[3]!["counts"], { ok: 2, skipped: 0, failed: 1 });
  assert.equal(lines[3]!["pages"], 2);
  assert.deepEqual(captured.stderr, [`${bad}: ${String(lines[2]!["error"])}\n`]);
  assert.equal(captured.stdout.length, 2, "plain mode: one log line per good document on stdout");
  rmSync(w.dir, { recursive: true, force: true });
});

test("names colliding outputs by sorted input order, not by which worker finishes first", async () => {
  const w = workspace();
  // Same stem, same language, different bytes: both want en/_nosymbol/doc.json.
  const first = w.file("1/doc.pdf", pdf("The earlier input in sorted order."));
  const second = w.file("2/doc.pdf", pdf("The later input in sorted order."));
  // The earlier input is held back until the later one has finished.
  const { results, finishedOrder } = await run([second, first], { out: w.out, faultsByPath: { [first]: "slow" } });
  assert.deepEqual(finishedOrder, [second, first], "the later input finished first: the reorder this test is about happened");
  assert.equal(results[0]!.output, join(resolve(w.out), "en/_nosymbol/doc.json"));
  assert.match(results[1]!.output ?? "", /en\/_nosymbol\/doc~[0-9a-f]{12}\.json$/);
  const plain = JSON.parse(readFileSync(join(w.out, "en/_nosymbol/doc.json"), "utf8")) as { sha256: string };
  assert.equal(plain.sha256, results[0]!.sha256);
  rmSync(w.dir, { recursive: true, force: true });
});

test("skips documents already complete for this pipeline version, and --force redoes them", async () => {
  const w = workspace();
  const a = w.file("a.pdf", pdf("First document."));
  const b = w.file("b.pdf", pdf("Second document."));
  await run([a, b], { out: w.out });
  const again = await run([a, b], { out: w.out });
  assert.deepEqual(
    again.results.map((r) => r.status),
    ["skipped", "skipped"],
  );
  assert.deepEqual(
    again.results.map((r) => r.pages),
    [1, 1],
  );
  assert.deepEqual(manifest(w.out).at(-1)!["counts"], { ok: 0, skipped: 2, failed: 0 });
  const forced = await run([a, b], { out: w.out, force: true });
  assert.deepEqual(
    forced.results.map((r) => r.status),
    ["ok", "ok"],
  );
  // Other options make other output: not complete for them.
  const noTokens = await run([a], { out: w.out, tokenize: false });
  assert.equal(noTokens.results[0]!.status, "ok");
  rmSync(w.dir, { recursive: true, force: true });
});

test("redoes a document whose JSON is missing or belongs to other bytes, and survives a torn resume record", async () => {
  const w = workspace();
  const a = w.file("a.pdf", pdf("First document."));
  const b = w.file("b.pdf", pdf("Second document."));
  await run([a, b], { out: w.out });
  rmSync(join(w.out, "en/_nosymbol/a.json"));
  writeFileSync(join(w.out, "en/_nosymbol/b.json"), readFileSync(join(w.out, "manifest.jsonl")));
  // What a run killed mid-way can leave: a torn index line and a stray temporary file.
  appendFileSync(join(w.out, ".uncorpus/index.jsonl"), '{"sha256":"abc","ke');
  w.file("out/.uncorpus/tmp/deadbeef.123.json", "{");
  const again = await run([a, b], { out: w.out });
  assert.deepEqual(
    again.results.map((r) => r.status),
    ["ok", "ok"],
  );
  assert.equal((JSON.parse(readFileSync(join(w.out, "en/_nosymbol/b.json"), "utf8")) as { sha256: string }).sha256, again.results[1]!.sha256);
  assert.ok(!existsSync(join(w.out, ".uncorpus/tmp")));
  assert.deepEqual(
    readdirSync(w.out).filter((name) => name.endsWith(".tmp")),
    [],
  );
  rmSync(w.dir, { recursive: true, force: true });
});

test("fails a document stuck in its stages with a timeout (after its extraction, on the other thread), and finishes the others", { timeout: 120_000 }, async () => {
  const w = workspace();
  const a = w.file("a.pdf", pdf("First document."));
  const stuck = w.file("stuck.pdf", pdf("A hostile document."));
  const b = w.file("z.pdf", pdf("Last document."));
  const { results } = await run([a, stuck, b], { out: w.out, jobs: 2, timeoutSeconds: 10, faultsByPath: { [stuck]: "hang-late" } });
  assert.deepEqual(
    results.map((r) => r.error ?? r.status),
    ["ok", "timeout after 10 s", "ok"],
  );
  rmSync(w.dir, { recursive: true, force: true });
});

test("fails a document stuck in its worker with a timeout, and finishes the others", async () => {
  const w = workspace();
  const a = w.file("a.pdf", pdf("First document."));
  const stuck = w.file("stuck.pdf", pdf("A hostile document."));
  // The clock starts when the worker starts the task (pdf.js already loaded); the good
  // document's few hundred milliseconds (seconds on a machine loaded thirty times over) fit in 10 s.
  const { results, captured } = await run([a, stuck], { out: w.out, timeoutSeconds: 10, faultsByPath: { [stuck]: "hang" } });
  assert.equal(results[0]!.status, "ok", results[0]!.error ?? "");
  assert.equal(results[1]!.status, "failed");
  assert.equal(results[1]!.error, "timeout after 10 s");
  assert.ok(captured.stderr.includes(`${stuck}: timeout after 10 s\n`));
  rmSync(w.dir, { recursive: true, force: true });
});

for (const jobs of [1, 2]) {
  test(`fails a document that exhausts its worker's heap with out of memory, and finishes the others (${jobs} thread${jobs === 1 ? "" : "s"})`, async () => {
    const w = workspace();
    const a = w.file("a.pdf", pdf("First document."));
    const huge = w.file("huge.pdf", pdf("A huge document."));
    const b = w.file("z.pdf", pdf("Last document."));
    const { results } = await run([a, huge, b], { out: w.out, jobs, memoryMb: 64, faultsByPath: { [huge]: "allocate" } });
    assert.deepEqual(
      results.map((r) => r.status),
      ["ok", "failed", "ok"],
    );
    assert.match(results[1]!.error ?? "", /^out of memory/);
    rmSync(w.dir, { recursive: true, force: true });
  });
}

test("one thread (whole documents) and two (extraction and stages on threads of their own) write the same bytes", async () => {
  const w = workspace();
  const inputs = [
    w.file("a.pdf", pdf("First document, on one page.")),
    w.file("b.pdf", writePdf({ pages: [{ texts: [{ x: 72, y: 720, size: 12, font: "STSong-Light", text: "大会，" }] }, { texts: [{ x: 72, y: 720, size: 11, font: "Times-Roman", text: "2/5" }] }] })),
    w.file("bad.pdf", "this is not a PDF"),
    w.file("c.pdf", pdf("Third document.")),
  ];
  const outputs = [join(w.dir, "one"), join(w.dir, "two")];
  await run(inputs, { out: outputs[0]!, jobs: 1, corpus: true });
  await run(inputs, { out: outputs[1]!, jobs: 2, corpus: true });
  const files = (out: string): Map<string, string> =>
    new Map(
      (readdirSync(out, { recursive: true }) as string[])
        .filter((rel) => !rel.startsWith(".uncorpus") && rel !== "manifest.jsonl" && statSync(join(out, rel)).isFile())
        .sort()
        .map((rel) => [rel, readFileSync(join(out, rel), "utf8")]),
    );
  const [one, two] = outputs.map(files);
  assert.ok(one!.size >= 10, `the JSON of three documents and seven corpus files: ${[...one!.keys()].join(", ")}`);
  assert.deepEqual(two, one);
  const errors = outputs.map((out) => manifest(out).map((line) => line["error"]));
  assert.deepEqual(errors[1], errors[0], "the same failure, with the same reason");
  rmSync(w.dir, { recursive: true, force: true });
});

test("--json mode prints one JSON line per document on stdout and the summary last", async () => {
  const w = workspace();
  const a = w.file("a.pdf", pdf("First document."));
  const bad = w.file("bad.pdf", "");
  const { captured } = await run([a, bad], { out: w.out, mode: "json" });
  const lines = captured.stdout.join("").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    lines.map((l) => l["status"] ?? (l["summary"] === true ? "summary" : "?")),
    ["ok", "failed", "summary"],
  );
  assert.deepEqual(captured.stderr, [`${bad}: empty file (0 bytes)\n`]);
  rmSync(w.dir, { recursive: true, force: true });
});

test("the CLI prints '<file>: <reason>' per failed file, goes on, and exits 1", () => {
  const w = workspace();
  const a = w.file("a.pdf", pdf("First document."));
  const bad = w.file("bad.pdf", "not a pdf");
  const cli = resolve("pipeline/cli.ts");
  const result = spawnSync(process.execPath, ["--import", "tsx", cli, "run", a, bad, "--out", w.out, "--quiet", "--jobs", "1"], {
    encoding: "utf8",
  });
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stderr, `${bad}: not a PDF (no %PDF- header)\n`);
  assert.ok(existsSync(join(w.out, "en/_nosymbol/a.json")));
  const ok = spawnSync(process.execPath, ["--import", "tsx", cli, "run", a, "--out", w.out, "--quiet"], { encoding: "utf8" });
  assert.equal(ok.status, 0, ok.stderr);
  rmSync(w.dir, { recursive: true, force: true });
});

test("`uncorpus corpus DIR` rebuilds a run's corpus byte for byte, in the run's input order (not output-path order)", async () => {
  const w = workspace();
  // Input order x/b.pdf, y/a.pdf; output order en/_nosymbol/a.json, en/_nosymbol/b.json.
  const b = w.file("x/b.pdf", pdf("Second document."));
  const a = w.file("y/a.pdf", pdf("First document."));
  await run([a, b], { out: w.out, corpus: true });
  const files = ["documents.csv", "blocks.csv", "sentences.csv", "tokens.csv", "footnotes.csv", "furniture.csv", "corpus.jsonl"];
  const read = (): string[] => files.map((f) => readFileSync(join(w.out, "corpus", f), "utf8"));
  const streamed = read();
  assert.deepEqual(streamed[0]!.split("\r\n").slice(1, -1).map((line) => line.split(",")[0]), ["en/_nosymbol/b", "en/_nosymbol/a"]);
  const cli = resolve("pipeline/cli.ts");
  const rebuilt = spawnSync(process.execPath, ["--import", "tsx", cli, "corpus", w.out], { encoding: "utf8" });
  assert.equal(rebuilt.status, 0, rebuilt.stderr);
  assert.deepEqual(read(), streamed, "same bytes as the run streamed");
  // With no record of the inputs (JSON copied in by hand), output-path order.
  rmSync(join(w.out, "manifest.jsonl"));
  assert.equal(spawnSync(process.execPath, ["--import", "tsx", cli, "corpus", w.out], { encoding: "utf8" }).status, 0);
  assert.deepEqual(read()[0]!.split("\r\n").slice(1, -1).map((line) => line.split(",")[0]), ["en/_nosymbol/a", "en/_nosymbol/b"]);
  rmSync(w.dir, { recursive: true, force: true });
});

test("writes the corpus while it runs, in input order, with the bytes the JSON files give; failed inputs left out, resumed ones kept", async () => {
  const w = workspace();
  const a = w.file("a.pdf", pdf("First document."));
  const b = w.file("b.pdf", pdf("Second document."));
  const bad = w.file("bad.pdf", "this is not a PDF");
  const c = w.file("c.pdf", pdf("Third document."));
  const corpusFiles = (): string[] =>
    ["documents.csv", "blocks.csv", "sentences.csv", "tokens.csv", "footnotes.csv", "furniture.csv", "corpus.jsonl"].map((f) => readFileSync(join(w.out, "corpus", f), "utf8"));
  // a is held back, so b and c finish before it; the corpus must still be in input order.
  await run([c, bad, b, a], { out: w.out, corpus: true, faultsByPath: { [a]: "slow" } });
  const streamed = corpusFiles();
  const documents = streamed[0]!.split("\r\n").slice(1, -1).map((line) => line.split(",")[0]);
  assert.deepEqual(documents, ["en/_nosymbol/a", "en/_nosymbol/b", "en/_nosymbol/c"]);
  assert.ok(streamed[1]!.includes("Third document.") && streamed[3]!.includes(",Third,"), "blocks.csv and tokens.csv hold the documents' text");
  await writeCorpus(["a", "b", "c"].map((name) => join(w.out, "en/_nosymbol", `${name}.json`)), w.out);
  assert.deepEqual(corpusFiles(), streamed, "same bytes as writing the corpus from the JSON files");
  // A second run resumes (skips) every document and writes the same corpus from their JSON files.
  const { results } = await run([a, b, c], { out: w.out, corpus: true });
  assert.deepEqual(results.map((r) => r.status), ["skipped", "skipped", "skipped"]);
  assert.deepEqual(corpusFiles(), streamed);
  assert.deepEqual(readdirSync(join(w.out, "corpus")).filter((f) => f.endsWith(".tmp")), [], "no temporary files left");
  rmSync(w.dir, { recursive: true, force: true });
});
