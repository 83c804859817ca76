import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { renderReport } from "../pipeline/eval/html-report.js";
import { stringifyEval } from "../pipeline/eval/eval-json.js";
import { formatTable } from "../pipeline/eval/format-table.js";
import { runEvaluation } from "../pipeline/eval/run-eval.js";
import { writePdf } from "./support/pdf-writer.js";
import { sampleRun } from "./eval-fixtures.js";

const REPO = resolve(import.meta.dirname, "..");
const INPUTS = { gold: ["gold"], corpus: "corpus", thresholds: "sample-thresholds.json" };

test("the report shows the worst paragraphs as a gold | extracted diff and highlights leaks", () => {
  const html = renderReport(sampleRun(), { ...INPUTS, generatedAt: "2026-01-01T00:00:00.000Z" });
  assert.match(html, /<table class="diff">/);
  assert.match(html, /<del>架<\/del>/, "a character the extraction lost is struck out on the gold side");
  assert.match(html, /<ins> 2\/4<\/ins>/, "what the extraction added is marked on its side");
  assert.match(html, /<mark class="leak">2\/4<\/mark>/);
  assert.match(html, /not found/, "the dropped paragraph is shown as missing");
  assert.match(html, /footnotes\.linkedRecall = 0\.5, needs ≥ 1/);
  assert.match(html, /1 of 2 documents miss a bar/);
});

test("text from a PDF cannot inject markup into the report", () => {
  const run = sampleRun();
  run.documents[0]!.score!.worst[0]!.gold = `<script>alert("x")</script>`;
  const html = renderReport(run, { ...INPUTS, generatedAt: "now" });
  assert.ok(!html.includes("<script>"));
  assert.match(html, /&#60;script&#62;/);
});

test("eval.json is deterministic and carries no timestamp", () => {
  const a = stringifyEval(sampleRun(), INPUTS);
  const b = stringifyEval(sampleRun(), INPUTS);
  assert.equal(a, b);
  assert.doesNotMatch(a, /\d{4}-\d\d-\d\dT\d\d:/);
  const parsed = JSON.parse(a) as { ok: boolean; documents: Array<{ gold: string; ok: boolean }> };
  assert.equal(parsed.ok, false);
  assert.deepEqual(parsed.documents.map((d) => [d.gold, d.ok]), [["damaged.json", false], ["intact.json", true]]);
});

test("the terminal table has a row per document and lists every missed bar", () => {
  const table = formatTable(sampleRun());
  assert.match(table, /^damaged\.json .* 3 missed$/m);
  assert.match(table, /^intact\.json .* ok$/m);
  assert.match(table, /damaged\.json: numbered\.f1 = 0\.9\d*, needs ≥ 0\.98 \[sample bars\]/);
  assert.match(table, /damaged\.json: footnotes\.linkedRecall = 0\.5, needs ≥ 1/);
});

/** A one-page English document with one numbered paragraph, its gold record and thresholds. */
function makeFixture(): string {
  const root = mkdtempSync(join(tmpdir(), "uncorpus-eval-"));
  mkdirSync(join(root, "corpus", "raw"), { recursive: true });
  mkdirSync(join(root, "gold"));
  const paragraph = "The General Assembly takes note of the report of the Secretary-General.";
  const pdf = writePdf({
    pages: [
      {
        texts: [
          { x: 72, y: 720, size: 12, font: "Times-Bold", text: "Financing of the Mission" },
          { x: 72, y: 690, size: 12, font: "Times-Roman", text: `1. ${paragraph}` },
        ],
      },
    ],
  });
  writeFileSync(join(root, "corpus", "raw", "one.pdf"), pdf);
  const gold = { gold: 1, file: "raw/one.pdf", symbol: null, language: "en", jobNumber: null, scope: "numbered", blocks: [{ kind: "paragraph", number: "1", text: paragraph }], footnotes: [], absent: ["Page 2"] };
  writeFileSync(join(root, "gold", "one.json"), JSON.stringify(gold));
  writeFileSync(join(root, "pass.json"), JSON.stringify({ groups: [{ name: "all", bars: { "numbered.recall": { min: 1 }, "leaks.count": { max: 0 } } }] }));
  writeFileSync(join(root, "fail.json"), JSON.stringify({ groups: [{ name: "impossible", gold: "one.json", bars: { "numbered.matched": { min: 2 } } }] }));
  return root;
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(REPO, "pipeline", "cli.ts"), "eval", ...args], { cwd: REPO, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("uncorpus eval exits 0 when every bar is met and 1 when one is missed, writing eval.json and the report", () => {
  const root = makeFixture();
  try {
    const out = join(root, "out");
    const pass = cli(["--gold", join(root, "gold"), "--out", out, "--thresholds", join(root, "pass.json")]);
    assert.equal(pass.status, 0, pass.stdout + pass.stderr);
    assert.match(pass.stdout, /^one\.json .* ok$/m);
    assert.ok(existsSync(join(out, "eval.json")) && existsSync(join(out, "report.html")));
    assert.match(readFileSync(join(out, "report.html"), "utf8"), /<a class="inspect" href="inspect\/one\.html">/, "the report links the document to its inspector page");
    assert.match(readFileSync(join(out, "inspect", "one.html"), "utf8"), /<title>uncorpus inspect — /, "eval wrote that page");
    const fail = cli(["--gold", join(root, "gold"), "--out", out, "--thresholds", join(root, "fail.json")]);
    assert.equal(fail.status, 1, fail.stdout + fail.stderr);
    assert.match(fail.stdout, /one\.json: numbered\.matched = 1, needs ≥ 2 \[impossible\]/);
    const report = readFileSync(join(out, "report.html"), "utf8");
    assert.match(report, /1 of 1 documents miss a bar/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("uncorpus eval exits 2 on a usage or configuration error", () => {
  const root = makeFixture();
  try {
    assert.equal(cli([]).status, 2);
    writeFileSync(join(root, "typo.json"), JSON.stringify({ groups: [{ name: "g", bars: { "numbered.F1": { min: 1 } } }] }));
    const typo = cli(["--gold", join(root, "gold"), "--out", join(root, "out"), "--thresholds", join(root, "typo.json")]);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /unknown metric "numbered\.F1"/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("uncorpus eval reads several --gold folders together, and refuses a record name found in two of them", () => {
  const root = makeFixture();
  try {
    const more = join(root, "more-gold");
    mkdirSync(more);
    const record = JSON.parse(readFileSync(join(root, "gold", "one.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(join(more, "two.json"), JSON.stringify(record));
    const out = join(root, "out");
    const both = cli(["--gold", join(root, "gold"), "--gold", more, "--corpus", join(root, "corpus"), "--out", out, "--thresholds", join(root, "pass.json")]);
    assert.equal(both.status, 0, both.stdout + both.stderr);
    assert.match(both.stdout, /^one\.json .* ok$/m);
    assert.match(both.stdout, /^two\.json .* ok$/m);
    const written = JSON.parse(readFileSync(join(out, "eval.json"), "utf8")) as { gold: string[]; documents: Array<{ gold: string }> };
    assert.deepEqual(written.gold, [join(root, "gold"), more]);
    assert.deepEqual(written.documents.map((d) => d.gold), ["one.json", "two.json"]);
    writeFileSync(join(more, "one.json"), JSON.stringify(record));
    const clash = cli(["--gold", join(root, "gold"), "--gold", more, "--corpus", join(root, "corpus"), "--out", out]);
    assert.equal(clash.status, 2, clash.stdout + clash.stderr);
    assert.match(clash.stderr, /gold record one\.json is in both .*gold.one\.json and .*more-gold.one\.json/);
    const absent = cli(["--gold", join(root, "gold"), "--gold", join(root, "nowhere"), "--out", out]);
    assert.equal(absent.status, 2);
    assert.match(absent.stderr, /--gold .*nowhere: no such folder/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("two evaluations of the same inputs give the same eval.json, and a missing PDF is an error", async () => {
  const root = makeFixture();
  try {
    const options = { gold: [join(root, "gold")], corpus: join(root, "corpus"), thresholds: null };
    const first = stringifyEval(await runEvaluation(options), INPUTS);
    const second = stringifyEval(await runEvaluation(options), INPUTS);
    assert.equal(first, second);
    rmSync(join(root, "corpus", "raw", "one.pdf"));
    const missing = await runEvaluation(options);
    assert.equal(missing.ok, false);
    assert.match(missing.documents[0]!.error ?? "", /PDF not found/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
