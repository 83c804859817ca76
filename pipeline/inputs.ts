/** Expands the CLI's file and folder arguments into a sorted list of PDF paths. */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

export async function collectInputs(args: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    const path = resolve(arg);
    const info = await stat(path).catch(() => null);
    if (info === null) throw new Error(`${arg}: no such file or folder`);
    if (info.isDirectory()) for (const file of await walk(path)) found.add(file);
    else found.add(path);
  }
  return [...found].sort();
}

async function walk(folder: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && /\.pdf$/i.test(entry.name)) out.push(path);
  }
  return out;
}
