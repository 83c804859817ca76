/**
 * Source patches for pdf.js's worker module, applied when it is loaded (see load-pdfjs.ts).
 * Each one fixes a performance problem without changing what pdf.js computes; each must match
 * the pinned pdf.js source exactly once, or none is applied and pdf.js loads as shipped.
 *
 * Example: `applyPatches(source)` → `{ source: patched, applied: ["text-state-clone"] }`.
 */
export interface SourcePatch {
  name: string;
  /** Why the patch exists and why it changes no result. */
  why: string;
  find: string;
  replace: string;
}

export const WORKER_PATCHES: readonly SourcePatch[] = [
  {
    name: "text-state-clone",
    why:
      "TextState.clone() makes each saved text state (every `q` operator, every font change in " +
      "getTextContent) inherit from the live one with Object.create(this). Every object that " +
      "becomes a prototype sends V8 down its slow path (prototype maps, invalidated inline caches), " +
      "which cost a third of the time of getTextContent on the corpus. All TextState fields are own " +
      "properties that Object.assign copies, so inheriting from TextState.prototype instead gives " +
      "an object with the same fields and methods.",
    find: "const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();",
    replace: "const clone = Object.assign(Object.create(TextState.prototype), this);\n    clone.textMatrix = this.textMatrix.slice();",
  },
];

export interface PatchResult {
  source: string;
  /** Names of the patches applied: all of them, or none when any did not match exactly once. */
  applied: string[];
}

export function applyPatches(source: string, patches: readonly SourcePatch[] = WORKER_PATCHES): PatchResult {
  let patched = source;
  for (const patch of patches) {
    const first = patched.indexOf(patch.find);
    if (first === -1 || patched.indexOf(patch.find, first + 1) !== -1) return { source, applied: [] };
    patched = patched.slice(0, first) + patch.replace + patched.slice(first + patch.find.length);
  }
  return { source: patched, applied: patches.map((patch) => patch.name) };
}
