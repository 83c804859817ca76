/**
 * Loads pdf.js (legacy build) once per thread, with its worker side imported up front, and
 * keeps the engine's own built-ins that pdf.js's bundled core-js replaces on Node 20.
 *
 * Why: on Node 20 core-js finds Array.prototype.push, JSON.stringify, JSON.parse and
 * Function.prototype.toString "not compliant" (edge cases: an error on a non-writable length,
 * JSON.rawJSON, the reviver's source context) and swaps in script versions, for the whole
 * thread. Every `push` and every `JSON.stringify` in pdf.js and in our stages then runs in
 * script; JSON.stringify is wrapped twice (pdf.mjs and pdf.worker.mjs each bring a copy). On the
 * corpus this cost more than all our stages' own work (measured in docs/batch.md). Neither
 * pdf.js nor this project uses the edge cases, so the natives are put back.
 *
 * Importing pdf.worker.mjs here also sets `globalThis.pdfjsWorker`, so pdf.js runs its worker
 * side in this thread without importing it on first use ("fake worker"); it must happen inside
 * this function, or that later import would replace the built-ins again.
 *
 * The worker module is loaded with the patches of pdfjs-patches.ts applied, from a patched copy
 * made once in node_modules/.cache/uncorpus (`import.meta.url` inside it still names the
 * installed file). Another pdf.js version, where a patch does not match, loads as shipped.
 *
 * Example: `const pdfjs = await loadPdfJs(); pdfjs.getDocument({ data, isEvalSupported: false })`.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { applyPatches, WORKER_PATCHES } from "./pdfjs-patches.js";

export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** Built-ins core-js replaces on Node 20 (see above), by owner and name. */
const KEPT_BUILTINS: ReadonlyArray<readonly [object, string]> = [
  [Array.prototype, "push"],
  [JSON, "stringify"],
  [JSON, "parse"],
  [Function.prototype, "toString"],
];

const WORKER_MODULE: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";

/** The installed pdfjs-dist package folder (its CMaps, standard fonts and worker module live there). */
export const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

let pdfjsPromise: Promise<PdfJs> | undefined;
let appliedPatches: string[] = [];

export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= importKeepingBuiltins();
  return pdfjsPromise;
}

async function importKeepingBuiltins(): Promise<PdfJs> {
  const saved = KEPT_BUILTINS.map(([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)] as const);
  try {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    await importWorker();
    return pdfjs;
  } finally {
    for (const [owner, name, descriptor] of saved) {
      if (descriptor !== undefined) Object.defineProperty(owner, name, descriptor);
    }
  }
}

/** The names of the source patches in effect in this thread (after loadPdfJs). */
export function pdfJsPatches(): readonly string[] {
  return appliedPatches;
}

async function importWorker(): Promise<void> {
  const file = join(PDFJS_ROOT, "legacy", "build", "pdf.worker.mjs");
  const { version } = JSON.parse(await readFile(join(PDFJS_ROOT, "package.json"), "utf8")) as { version: string };
  const names = WORKER_PATCHES.map((patch) => patch.name);
  const cached = join(PDFJS_ROOT, "..", ".cache", "uncorpus", `pdf.worker-${version}-${patchesKey()}.mjs`);
  if (existsSync(cached)) {
    await import(pathToFileURL(cached).href);
    appliedPatches = names;
    return;
  }
  const { source, applied } = applyPatches(await readFile(file, "utf8"));
  if (applied.length === 0) {
    await import(WORKER_MODULE);
    return;
  }
  // The patched copy still finds what it loads relative to itself (wasm, source map) at the original place.
  const url = pathToFileURL(file).href;
  const located = source.replaceAll("import.meta.url", JSON.stringify(url)).replace(/\/\/# sourceMappingURL=(\S+)\s*$/, (_, map: string) => `//# sourceMappingURL=${new URL(map, url).href}\n`);
  const written = await writeOnce(cached, located);
  await import(written ? pathToFileURL(cached).href : `data:text/javascript;base64,${Buffer.from(located + `\n//# sourceURL=${url}\n`).toString("base64")}`);
  appliedPatches = applied;
}

/** Names the patched copy by its patches, so a changed patch never loads an old copy. */
function patchesKey(): string {
  return createHash("sha256").update(JSON.stringify(WORKER_PATCHES.map((patch) => [patch.find, patch.replace]))).digest("hex").slice(0, 12);
}

/**
 * Writes the patched copy next to the installed packages (node_modules/.cache/uncorpus), as a
 * temporary file then a rename, so threads starting together never import half a file. False when
 * the install is read-only: the copy is then imported from memory (a data: URL) instead.
 */
async function writeOnce(target: string, text: string): Promise<boolean> {
  const temp = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temp, text);
    await rename(temp, target);
    // Copies made for other patch sets or pdf.js versions are not needed any more.
    for (const name of await readdir(dirname(target))) {
      if (/^pdf\.worker-.*\.mjs$/.test(name) && name !== basename(target)) await rm(join(dirname(target), name), { force: true });
    }
    return true;
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
    return false;
  }
}
