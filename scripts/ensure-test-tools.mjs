#!/usr/bin/env node
/**
 * npm "pretest": makes sure the tools the tests use from the machine are there. Today that is
 * Debian's chromium (/usr/bin/chromium), which the eval report's browser test drives through
 * playwright-core. When it is missing and we are root with apt-get (a fresh CI machine), it runs
 * `apt-get update` once and `apt-get install -y chromium`, printing one line. It never fails the
 * run: if the install cannot happen, the browser test skips and says why.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const CHROMIUM = "/usr/bin/chromium";
const APT_GET = "/usr/bin/apt-get";
const INSTALL_TIMEOUT_MS = 15 * 60 * 1000;

function say(line) {
  process.stdout.write(`ensure-test-tools: ${line}\n`);
}

function apt(args) {
  const result = spawnSync(APT_GET, args, {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: INSTALL_TIMEOUT_MS,
  });
  if (result.error) return `apt-get ${args[0]}: ${result.error.message}`;
  if (result.status !== 0) {
    const last = (result.stderr || result.stdout || "").trim().split("\n").pop() ?? "";
    return `apt-get ${args[0]} exited ${result.status}: ${last}`;
  }
  return null;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync(APT_GET)) {
    say(`${CHROMIUM} is missing and cannot be installed here (${isRoot ? "no apt-get" : "not root"}); the browser test will skip`);
    return;
  }
  const failure = apt(["update"]) ?? apt(["install", "-y", "chromium"]);
  if (failure === null && existsSync(CHROMIUM)) say(`installed chromium (${CHROMIUM}) for the eval report's browser test`);
  else say(`could not install chromium (${failure ?? `${CHROMIUM} still missing`}); the browser test will skip`);
}

try {
  ensureChromium();
} catch (error) {
  say(`skipped: ${error instanceof Error ? error.message : String(error)}; the browser test will skip`);
}
process.exit(0);
