/**
 * Expands the CLI's input arguments into a sorted list of paths: files as given, folders
 * recursively (PDFs only), globs (`*`, `?`, `**`, `[…]`; matching files of any extension), and
 * `-` for a list of such arguments on standard input, one per line.
 * Example: `uncorpus run 'corpus/**\/A_80_*.pdf' extra.pdf`, `find … | uncorpus run -`.
 */
import { readdir, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

const GLOB_CHARS = /[*?[]/;

export async function collectInputs(args: readonly string[], stdin: Readable = process.stdin): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    if (arg === "-") {
      for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
        const path = line.trim();
        if (path !== "" && path !== "-") for (const file of await expand(path)) found.add(file);
      }
    } else {
      for (const file of await expand(arg)) found.add(file);
    }
  }
  return [...found].sort();
}

async function expand(arg: string): Promise<string[]> {
  const path = resolve(arg);
  const info = await stat(path).catch(() => null);
  if (info !== null) return info.isDirectory() ? walk(path, (name) => /\.pdf$/i.test(name)) : [path];
  if (!GLOB_CHARS.test(arg)) throw new Error(`${arg}: no such file or folder`);
  const matches = await expandGlob(arg);
  if (matches.length === 0) throw new Error(`${arg}: no file matches`);
  return matches;
}

/** Walks from the pattern's literal prefix and keeps the files whose path matches it. */
async function expandGlob(pattern: string): Promise<string[]> {
  const absolute = resolve(pattern).split(sep).join("/");
  const segments = absolute.split("/");
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, firstGlob).join("/") || "/";
  const regex = globToRegExp(absolute);
  const info = await stat(base).catch(() => null);
  if (info === null || !info.isDirectory()) return [];
  const files = await walk(base, () => true);
  return files.filter((file) => regex.test(file.split(sep).join("/")));
}

/** `**` spans folders, `*` and `?` stay within one, `[abc]` is a class; the rest is literal. */
export function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else if (ch === "[" && pattern.indexOf("]", i + 2) !== -1) {
      const end = pattern.indexOf("]", i + 2);
      const body = pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
      source += `[${body}]`;
      i = end;
    } else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "u");
}

async function walk(folder: string, keep: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, keep)));
    else if (entry.isFile() && keep(entry.name)) out.push(path);
  }
  return out;
}
