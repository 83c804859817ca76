/**
 * Output names across machines, the same as `uncorpus run` gives them. Locally, when two inputs
 * have one symbol and language, the first in sorted path order keeps `<lang>/<symbol>.json` and
 * the others get their content hash in the name (run.ts). Queue workers finish in any order, so
 * each commit, under a Redis lock per name, records its input in `<queue>:names:<name>` (path →
 * sha256) and the plain name goes to the smallest path recorded so far: a document that arrives
 * later with a smaller path moves the earlier holder to its hashed name first.
 */
import { randomUUID } from "node:crypto";
import { mkdir, rename } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Redis } from "ioredis";
import { isInside, variantPath } from "../run.js";

/** A lock is dropped by Redis after this long, should its holder die mid-commit. */
const LOCK_MS = 30_000;
/** How often a commit waiting for a name's lock asks again. */
const LOCK_POLL_MS = 20;
/** Deletes the lock only if it is still ours. */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export interface Commit {
  input: string;
  sha256: string;
  /** `<lang>/<symbol>.json` as the worker named it, before any collision. */
  rel: string;
  /** Complete JSON in the output folder's temporary area. */
  tempFile: string;
}

/** Renames the finished JSON into place and returns the name it got. */
export async function commitShared(redis: Redis, prefix: string, out: string, commit: Commit): Promise<string> {
  const names = `${prefix}:names:${commit.rel}`;
  return withLock(redis, `${prefix}:lock:${commit.rel}`, async () => {
    const before = holder(await redis.hgetall(names));
    await redis.hset(names, commit.input, commit.sha256);
    const after = holder(await redis.hgetall(names))!;
    if (before !== null && before !== after) await move(out, commit.rel, variantPath(commit.rel, before));
    const rel = after === commit.sha256 ? commit.rel : variantPath(commit.rel, commit.sha256);
    await move(out, commit.tempFile, rel);
    return rel;
  });
}

/** The sha256 of the smallest recorded path: the one that keeps the plain name. */
function holder(claims: Record<string, string>): string | null {
  const paths = Object.keys(claims).sort();
  return paths.length === 0 ? null : claims[paths[0]!]!;
}

async function move(out: string, from: string, rel: string): Promise<void> {
  const target = resolve(out, rel);
  if (!isInside(out, target)) throw new Error(`output path escapes the output folder: ${rel}`);
  await mkdir(dirname(target), { recursive: true });
  await rename(resolve(out, from), target);
}

async function withLock<T>(redis: Redis, key: string, fn: () => Promise<T>): Promise<T> {
  const token = randomUUID();
  while ((await redis.set(key, token, "PX", LOCK_MS, "NX")) !== "OK") {
    await new Promise((done) => setTimeout(done, LOCK_POLL_MS));
  }
  try {
    return await fn();
  } finally {
    await redis.eval(RELEASE, 1, key, token);
  }
}
