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
 * Example: `const pdfjs = await loadPdfJs(); pdfjs.getDocument({ data, isEvalSupported: false })`.
 */
export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** Built-ins core-js replaces on Node 20 (see above), by owner and name. */
const KEPT_BUILTINS: ReadonlyArray<readonly [object, string]> = [
  [Array.prototype, "push"],
  [JSON, "stringify"],
  [JSON, "parse"],
  [Function.prototype, "toString"],
];

const WORKER_MODULE: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";

let pdfjsPromise: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= importKeepingBuiltins();
  return pdfjsPromise;
}

async function importKeepingBuiltins(): Promise<PdfJs> {
  const saved = KEPT_BUILTINS.map(([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)] as const);
  try {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    await import(WORKER_MODULE);
    return pdfjs;
  } finally {
    for (const [owner, name, descriptor] of saved) {
      if (descriptor !== undefined) Object.defineProperty(owner, name, descriptor);
    }
  }
}
