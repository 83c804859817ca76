/**
 * What either half of a task gives back besides its document: a failure with its one-line
 * reason, and a result whose buffers move to the main thread instead of being copied.
 */
import { Piscina } from "piscina";
import { DocumentError } from "../../src/index.js";
import { isPdfJsError, classifyLoadError } from "../../src/extract/classify-error.js";
import type { TaskResult } from "./task.js";

/** A document that failed, with the one-line reason the run reports. */
export function failedTask(error: unknown): TaskResult & { status: "failed" } {
  const reason =
    error instanceof DocumentError ? error.message : isPdfJsError(error) ? classifyLoadError(error).message : `internal error: ${oneLine(error)}`;
  // The main thread hashed the input already (resume); extraction hashes it for the document.
  return { status: "failed", sha256: null, error: reason };
}

/** `value`, marked for piscina to transfer `buffers` to the main thread instead of copying them. */
export function moving<T>(value: T, buffers: ArrayBuffer[]): T {
  const movable = { [Piscina.transferableSymbol]: buffers, [Piscina.valueSymbol]: value } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable) as unknown as T;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}
