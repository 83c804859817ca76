#!/usr/bin/env node
/**
 * npm "pretest": makes sure the tools the tests use from the machine are there: Debian's
 * chromium (/usr/bin/chromium), which the browser tests drive through playwright-core, and
 * redis-server (/usr/bin/redis-server), which the queue tests start on a free loopback port.
 * When one is missing and we are root with apt-get (a fresh CI machine), it runs `apt-get update`
 * once and `apt-get install -y` the missing packages, printing one line each. It never fails the
 * run: if an install cannot happen, the tests that need the tool skip and say why.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

/** Debian package → the binary the tests use, and which tests skip without it. */
const TOOLS = [
  { pkg: "chromium", binary: "/usr/bin/chromium", users: "the browser tests" },
  { pkg: "redis-server", binary: "/usr/bin/redis-server", users: "the queue tests" },
];
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

function ensureTools() {
  const missing = TOOLS.filter((tool) => !existsSync(tool.binary));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync(APT_GET)) {
    for (const tool of missing) say(`${tool.binary} is missing and cannot be installed here (${isRoot ? "no apt-get" : "not root"}); ${tool.users} will skip`);
    return;
  }
  const updated = apt(["update"]);
  for (const tool of missing) {
    const failure = updated ?? apt(["install", "-y", tool.pkg]);
    if (failure === null && existsSync(tool.binary)) say(`installed ${tool.pkg} (${tool.binary}) for ${tool.users}`);
    else say(`could not install ${tool.pkg} (${failure ?? `${tool.binary} still missing`}); ${tool.users} will skip`);
  }
}

try {
  ensureTools();
} catch (error) {
  say(`skipped: ${error instanceof Error ? error.message : String(error)}; tests that need a missing tool will skip`);
}
process.exit(0);
