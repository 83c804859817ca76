/**
 * No regular expression in src/ backtracks catastrophically. Every pattern — literals and
 * `new RegExp(…)` constructions, found automatically (test/support/find-patterns.ts), so patterns
 * added or rewritten later are checked too — goes through two ReDoS detectors from npm: scslre
 * (static analysis of the pattern, every pattern in about a second) and recheck (automaton and
 * fuzzing, with a time budget per pattern). Exponential backtracking fails the test. Polynomial
 * backtracking (`\s*\/\s*` over a line of spaces) is listed: it is held by the line-length cap
 * (src/lines/build-lines.ts), which no line of a PDF passes.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyse } from "scslre";
import { checkSync } from "recheck";
import { findPatterns, type FoundPattern } from "./support/find-patterns.js";

/** Per pattern, for recheck: a pattern it cannot decide in this time is left to scslre's verdict. */
const RECHECK_TIMEOUT_MS = 2000;

/** Patterns built inside functions: a call that builds each, so its pattern is seen. */
async function buildFunctionPatterns(): Promise<void> {
  const { globToRegExp } = await import("../src/eval/glob.js");
  globToRegExp("**/A_RES_*?.pdf");
  const { runsOnInline } = await import("../src/segment/inline-enumeration.js");
  for (const scheme of ["letter", "roman", "digit"] as const) runsOnInline({ scheme, index: 27 }, "; and (bb) more");
}

function scslreExponential(pattern: FoundPattern): boolean {
  return analyse(new RegExp(pattern.source, pattern.flags)).reports.some((report) => report.exponential);
}

function scslrePolynomial(pattern: FoundPattern): boolean {
  return analyse(new RegExp(pattern.source, pattern.flags)).reports.length > 0;
}

function recheckVerdict(pattern: FoundPattern): string {
  const result = checkSync(pattern.source, pattern.flags, { timeout: RECHECK_TIMEOUT_MS });
  if (result.status === "vulnerable") return result.complexity.type;
  return result.status;
}

test("the detectors catch the (a+)+ shape the symbol pattern had, so a pass below means something", () => {
  const old = { source: String.raw`^(?:[A-Z]{1,6}(?:\.\d+)?\/)(?:[A-Za-z0-9.\-]+(?: \([^)]*\))?\/?)+\*{0,3}$`, flags: "", where: "old" };
  assert.equal(scslreExponential(old), true);
  assert.equal(recheckVerdict(old), "exponential");
  assert.equal(scslrePolynomial({ source: String.raw`\s*\/\s*`, flags: "g", where: "poly" }), true);
});

test("every regular expression in src/ is free of exponential backtracking (scslre and recheck)", async () => {
  const { patterns, unseen } = await findPatterns("src", buildFunctionPatterns);
  assert.deepEqual(unseen, [], "a `new RegExp(…)` inside a function: add a call that builds it to buildFunctionPatterns");
  assert.ok(patterns.length > 100, `only ${patterns.length} patterns found: the search is broken`);
  const exponential: string[] = [];
  const polynomial: string[] = [];
  const undecided: string[] = [];
  for (const pattern of patterns) {
    const verdict = recheckVerdict(pattern);
    const label = `${pattern.where} /${pattern.source}/${pattern.flags}`;
    if (scslreExponential(pattern) || verdict === "exponential") exponential.push(`${label} (recheck: ${verdict})`);
    else if (scslrePolynomial(pattern) || verdict === "polynomial") polynomial.push(label);
    else if (verdict === "unknown") undecided.push(label);
  }
  console.log(`${patterns.length} patterns: ${polynomial.length} polynomial (held by the line cap), ${undecided.length} decided by scslre alone`);
  for (const label of polynomial) console.log(`  polynomial: ${label.slice(0, 160)}`);
  assert.deepEqual(exponential, []);
});
