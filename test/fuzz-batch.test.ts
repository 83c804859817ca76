/**
 * Fuzzing through the real batch (issue 10): seeded mutations of real UN PDFs — truncations, byte
 * flips, deleted and duplicated ranges, broken xref offsets and stream lengths, swapped filters,
 * huge numbers in object headers, two PDFs spliced — go through `uncorpus run` on two workers
 * next to the untouched originals. The run must not crash; every input is decided: a JSON file,
 * or one line `<file>: <reason>` on stderr and a manifest entry with the reason; no temporary or
 * partial file is left. The seed changes every day (so CI explores) and is printed;
 * `UNCORPUS_FUZZ_SEED=N` replays a run, `UNCORPUS_FUZZ_CASES` sets how many cases (default 200),
 * `UNCORPUS_FUZZ_KEEP=1` keeps the cases and the output for a look (the folder is printed).
 * Without ../shared the project's own generated PDFs are mutated instead.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writePdf } from "./support/pdf-writer.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(ROOT, "..", "shared", "corpus");
const CASES = Number(process.env["UNCORPUS_FUZZ_CASES"] ?? 200);
const SEED = Number(process.env["UNCORPUS_FUZZ_SEED"] ?? Math.floor(Date.now() / 86_400_000));
/** Originals to mutate: the smallest real PDFs, so a CI run stays within a minute or two. */
const ORIGINALS = 12;
const MAX_ORIGINAL_BYTES = 400_000;

/** mulberry32: small, seeded, the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function originals(): { source: string; files: Buffer[] } {
  const dirs = [join(SHARED, "raw", "en"), join(SHARED, "raw", "fr"), join(SHARED, "raw", "ru"), join(SHARED, "resolutions", "en"), join(SHARED, "reconstructed", "zh")].filter(existsSync);
  const pdfs = dirs
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".pdf")).map((f) => join(dir, f)))
    .filter((f) => statSync(f).size <= MAX_ORIGINAL_BYTES)
    .sort((a, b) => statSync(a).size - statSync(b).size || (a < b ? -1 : 1));
  if (pdfs.length >= 3) {
    // Spread over sizes and folders: every k-th of the sorted list.
    const step = Math.max(1, Math.floor(pdfs.length / ORIGINALS));
    return { source: "../shared/corpus", files: pdfs.filter((_, i) => i % step === 0).slice(0, ORIGINALS).map((f) => readFileSync(f)) };
  }
  const page = (text: string) => ({ texts: [{ x: 72, y: 720, size: 11, font: "Times-Roman" as const, text }] });
  return {
    source: "the project's generated PDFs (../shared absent)",
    files: ["The General Assembly,", "Recalling its resolution 68/4,", "1. Decides to remain seized of the matter."].map((t) => Buffer.from(writePdf({ pages: [page(t), page(t + " (continued)")] }))),
  };
}

type Mutation = (bytes: Buffer, next: () => number, other: Buffer) => Buffer;

const at = (next: () => number, n: number): number => Math.floor(next() * n);

/** Replaces the first `pattern` match at or after a random place (or anywhere) with `make(match)`. */
function rewrite(bytes: Buffer, next: () => number, pattern: RegExp, make: (match: string) => string): Buffer {
  const text = bytes.toString("latin1");
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return bytes;
  const m = matches[at(next, matches.length)]!;
  return Buffer.from(text.slice(0, m.index) + make(m[0]) + text.slice(m.index + m[0].length), "latin1");
}

const MUTATIONS: Record<string, Mutation> = {
  truncate: (b, next) => b.subarray(0, at(next, b.length)),
  "flip bytes": (b, next) => {
    const out = Buffer.from(b);
    for (let i = 1 + at(next, 20); i > 0; i--) out[at(next, out.length)] = at(next, 256);
    return out;
  },
  "delete a range": (b, next) => {
    const start = at(next, b.length);
    return Buffer.concat([b.subarray(0, start), b.subarray(Math.min(b.length, start + 1 + at(next, 4096)))]);
  },
  "duplicate a range": (b, next) => {
    const start = at(next, b.length);
    const piece = b.subarray(start, start + 1 + at(next, 8192));
    return Buffer.concat([b.subarray(0, start), piece, piece, b.subarray(start + piece.length)]);
  },
  "break startxref": (b, next) => rewrite(b, next, /startxref\s+\d+/g, () => `startxref\n${at(next, 2 ** 31)}`),
  "break a stream length": (b, next) => rewrite(b, next, /\/Length \d+/g, () => `/Length ${[0, 1, 2 ** 31 - 1, at(next, 100_000)][at(next, 4)]}`),
  "swap a filter": (b, next) => rewrite(b, next, /\/FlateDecode/g, () => ["/LZWDecode", "/DCTDecode", "/ASCIIHexDecode", "/RunLengthDecode", "/JBIG2Decode", "/Nonsense"][at(next, 6)]!),
  "huge object number": (b, next) => rewrite(b, next, /\n\d+ 0 obj/g, () => `\n${2 ** 31 + at(next, 1000)} 0 obj`),
  "splice two PDFs": (b, next, other) => Buffer.concat([b.subarray(0, at(next, b.length)), other.subarray(at(next, other.length))]),
};

test(`${CASES} mutated PDFs through uncorpus run: no crash, every input decided with its reason, nothing half-written`, { timeout: 20 * 60_000 }, (t) => {
  const { source, files } = originals();
  const next = random(SEED);
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-fuzz-"));
  if (process.env["UNCORPUS_FUZZ_KEEP"] === "1") t.diagnostic(`cases and output kept in ${dir}`);
  else t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, "in");
  mkdirSync(input);
  const kinds = Object.keys(MUTATIONS);
  const made: string[] = [];
  for (let i = 0; i < CASES; i++) {
    const kind = kinds[i % kinds.length]!;
    const original = files[at(next, files.length)]!;
    const other = files[at(next, files.length)]!;
    const name = `case-${String(i).padStart(3, "0")}-${kind.replaceAll(" ", "-")}.pdf`;
    writeFileSync(join(input, name), MUTATIONS[kind]!(original, next, other));
    made.push(name);
  }
  // The originals too, so good documents are seen to come out next to the bad ones.
  files.forEach((bytes, i) => writeFileSync(join(input, `original-${i}.pdf`), bytes));
  const message = `fuzz seed ${SEED} (replay: UNCORPUS_FUZZ_SEED=${SEED}), ${CASES} cases from ${files.length} PDFs of ${source}`;
  t.diagnostic(message);
  console.log(message);

  const out = join(dir, "out");
  const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline", "cli.ts"), "run", input, "--out", out, "--jobs", "2", "--timeout", "60", "--quiet"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ok(run.status === 0 || run.status === 1, `${message}: the run crashed (status ${run.status}, signal ${run.signal}):\n${run.stderr.slice(-4000)}`);

  const lines = readFileSync(join(out, "manifest.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  const entries = lines.filter((l) => l["summary"] !== true);
  assert.equal(entries.length, CASES + files.length, `${message}: every input has a manifest entry`);
  const stderr = run.stderr.split("\n").filter((l) => l !== "");
  const reasons = new Map<string, number>();
  for (const entry of entries) {
    const path = String(entry["path"]);
    if (entry["status"] === "ok") {
      assert.ok(existsSync(join(out, String(entry["output"]))), `${message}: ${path} ok but its JSON is missing`);
      continue;
    }
    assert.equal(entry["status"], "failed", `${message}: ${path}`);
    const reason = String(entry["error"] ?? "");
    assert.ok(reason.length > 0 && !reason.includes("\n"), `${message}: ${path} failed with no one-line reason`);
    assert.ok(!reason.startsWith("internal error"), `${message}: ${path}: ${reason} (a pipeline bug, not a refusal)`);
    assert.ok(stderr.includes(`${path}: ${reason}`), `${message}: stderr lacks "${path}: ${reason}"`);
    const kind = reason.replace(/\d+/g, "N").slice(0, 60);
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  for (const [i] of files.entries()) {
    const original = entries.find((e) => String(e["path"]).endsWith(`original-${i}.pdf`));
    assert.equal(original?.["status"], "ok", `${message}: original-${i}.pdf must come out next to the bad ones`);
  }
  const leftovers: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(".tmp")) leftovers.push(join(d, e.name));
    }
  };
  walk(out);
  assert.deepEqual(leftovers, [], `${message}: temporary files left`);
  assert.ok(!existsSync(join(out, ".uncorpus", "tmp")) || readdirSync(join(out, ".uncorpus", "tmp")).length === 0, `${message}: worker temp folder left with files`);
  const ok = entries.filter((e) => e["status"] === "ok").length;
  t.diagnostic(`${ok} read, ${entries.length - ok} refused: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n}× ${r}`).join("; ")}`);
});
