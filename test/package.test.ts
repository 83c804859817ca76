/**
 * The package as users install it: `npm pack` (which builds dist/ with tsc), the tarball installed
 * into an empty project, then the installed `uncorpus` command and `import("uncorpus")` used from
 * there (run, inspect, import) — compiled JavaScript only, no tsx, paths (dictionary, pdf.js, worker modules) resolved
 * inside that project's node_modules. Dependencies come from npm's cache when it has them.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stages } from "../src/stages.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE = join(ROOT, "input", "A_RES_99_1_sample-zh.pdf");
const INSTALL_TIMEOUT_MS = 20 * 60 * 1000;

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: INSTALL_TIMEOUT_MS });
  if (result.error) throw result.error;
  return result;
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(result.status, 0, `${what} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

test("the packed tarball installs into an empty project: the CLI runs a PDF and import('uncorpus') gives processPdf", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-package-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Without the project's environment (npm_* variables of `npm test`, tsx's loader), as a user would run it.
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== "NODE_OPTIONS"));
  // nodejieba's install script runs `npx @mapbox/node-pre-gyp`; npx must not stop to ask (npm's default off a terminal).
  env["npm_config_yes"] = "true";

  const packed = ok(run("npm", ["pack", "--json", "--pack-destination", dir], ROOT, env), "npm pack");
  const [info] = JSON.parse(packed.slice(packed.indexOf("["))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  assert.ok(info !== undefined, "npm pack names its tarball");
  const shipped = info.files.map((file) => file.path);
  for (const path of ["bin/uncorpus.js", "dist/src/index.js", "dist/src/index.d.ts", "dist/pipeline/cli.js", "dist/pipeline/batch/worker.js", "data/un-user-dict.utf8", "schema/document.schema.json", "README.md"]) {
    assert.ok(shipped.includes(path), `the tarball ships ${path}`);
  }
  assert.deepEqual(shipped.filter((path) => path.endsWith(".ts") && !path.endsWith(".d.ts")), [], "no TypeScript source ships");
  assert.deepEqual(shipped.filter((path) => path.startsWith("test/") || path.startsWith("input/")), [], "no tests or sample input ship");

  const project = join(dir, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-uncorpus", private: true, type: "module" }));
  ok(run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(dir, info.filename)], project, env), "npm install <tarball>");
  assert.ok(!existsSync(join(project, "node_modules", "tsx")), "tsx is a dev dependency only: the installed package runs without it");

  const bin = join(project, "node_modules", ".bin", "uncorpus");
  const version = ok(run(bin, ["--version"], project, env), "uncorpus --version").trim();
  assert.equal(version, (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
  assert.match(ok(run(bin, ["--help"], project, env), "uncorpus --help"), /Usage: uncorpus run/);
  // Reported, not asserted (timings on a shared 2-core machine are noise): issue 12 wants well under 0.5 s.
  const helpSeconds = [0, 1, 2].map(() => {
    const start = performance.now();
    ok(run(bin, ["--help"], project, env), "uncorpus --help");
    return (performance.now() - start) / 1000;
  });
  t.diagnostic(`uncorpus --help from the installed tarball: best of 3 ${Math.min(...helpSeconds).toFixed(2)} s`);

  copyFileSync(SAMPLE, join(project, "sample.pdf"));
  ok(run(bin, ["run", "sample.pdf", "--out", "out", "--jobs", "1"], project, env), "uncorpus run");
  const written = JSON.parse(readFileSync(join(project, "out", "zh", "A", "RES", "99", "1.json"), "utf8")) as { metadata: { symbol: string }; blocks: Array<{ sentences?: unknown }> };
  assert.equal(written.metadata.symbol, "A/RES/99/1");
  assert.ok(written.blocks.length > 5 && written.blocks.every((block) => Array.isArray(block.sentences)), "blocks are tokenized (the bundled dictionary was found)");
  assert.ok(readdirSync(join(project, "out", "corpus")).includes("tokens.csv"), "the corpus tables are assembled");
  ok(run(bin, ["inspect", "sample.pdf", "--out", "inspect", "--pages", "1"], project, env), "uncorpus inspect");
  const page = readFileSync(join(project, "inspect", "zh", "A", "RES", "99", "1.html"), "utf8");
  assert.equal(page.match(/<img src="data:image\/webp;base64,/g)?.length, 1, "the inspector draws the page asked for (pdf.js and its canvas found from the installed package)");

  writeFileSync(
    join(project, "use.mjs"),
    `import { readFile } from "node:fs/promises";
const uncorpus = await import("uncorpus");
const doc = await uncorpus.processPdf(new Uint8Array(await readFile("sample.pdf")), "sample.pdf");
const json = uncorpus.toDocumentJson(doc);
console.log(JSON.stringify({ stages: uncorpus.stages.map((s) => s.name), symbol: json.metadata.symbol, blocks: json.blocks.length, rows: [...uncorpus.blockRows("d", json)].length }));
`,
  );
  const used = JSON.parse(ok(run(process.execPath, ["use.mjs"], project, env), "import('uncorpus')")) as { stages: string[]; symbol: string; blocks: number; rows: number };
  assert.deepEqual(used.stages, stages.map((stage) => stage.name), "the installed stage list is this one");
  assert.equal(used.symbol, "A/RES/99/1");
  assert.equal(used.rows, used.blocks, "one blocks.csv row per block");
  assert.equal(used.blocks, written.blocks.length, "the library and the CLI give the same blocks");
});
