/**
 * Test runner: Node 20 expands no globs and strips no types, so list test/**\/*.test.ts here
 * and hand them to node's test runner through tsx. Extra arguments filter by file name.
 * The whole suite (no filter) type-checks first: tsx strips types without checking them, so a
 * type error would otherwise reach main unnoticed.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(path));
    else if (entry.name.endsWith(".test.ts")) out.push(path);
  }
  return out.sort();
}

const filters = process.argv.slice(2);
const files = findTests("test")
  .map((f) => relative(".", f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error("run-tests: no test files matched");
  process.exit(1);
}
if (filters.length === 0) {
  const tsc = spawnSync(process.execPath, [join("node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", "."], { stdio: "inherit" });
  if (tsc.status !== 0) {
    console.error("run-tests: tsc --noEmit found type errors (above)");
    process.exit(1);
  }
  console.log("run-tests: tsc --noEmit: no type errors");
  // Unused files, exports and dependencies, and imports of packages package.json does not list
  // (knip.json names the entry points, workers loaded by path among them).
  const knip = spawnSync(process.execPath, [join("node_modules", "knip", "bin", "knip.js"), "--no-progress"], { stdio: "inherit" });
  if (knip.status !== 0) {
    console.error("run-tests: knip found unused files, exports or dependencies, or unlisted ones (above)");
    process.exit(1);
  }
  console.log("run-tests: knip: no unused files, exports or dependencies");
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...files], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
