/**
 * Writes rows of one corpus table into a CSV file through csv-stringify, in batches: rows are
 * collected and every BATCH_ROWS of them stringified at once (csv-stringify's sync API, the same
 * options) and written as one chunk, waiting whenever the file's buffer is full, so memory stays
 * bounded however many rows a corpus has. A stream stringifier per table did the same work row by
 * row, and its per-row stream machinery cost more than the CSV itself.
 */
import { once } from "node:events";
import { stringify } from "csv-stringify/sync";
import { csvOptions } from "../../src/corpus/csv-options.js";
import type { Cell } from "../../src/corpus/columns.js";
import { openAtomic, type AtomicStream } from "./atomic-stream.js";

/** Rows stringified and written at a time. */
const BATCH_ROWS = 4096;

export interface TableWriter {
  /** Returns a promise only when a batch was written and the caller must wait (no await per row). */
  write(row: Readonly<Record<string, Cell>>): Promise<void> | null;
  /** Ends the CSV and renames it into place. */
  close(): Promise<void>;
  /** Drops the unfinished file. */
  abort(): Promise<void>;
}

/**
 * `header: false` writes records only (no byte order mark, no header row): a part of a table that
 * another part with the header will precede (write-corpus.ts, parallel assembly).
 */
export async function openTable(path: string, columns: readonly string[], { header = true }: { header?: boolean } = {}): Promise<TableWriter> {
  const file: AtomicStream = await openAtomic(path);
  const options = csvOptions(columns);
  let pending: Cell[][] = [];
  // The header and the byte order mark open the file; later batches are records only.
  let first = header;
  const flush = async (): Promise<void> => {
    if (pending.length === 0 && !first) return;
    const text = stringify(pending, first ? options : { ...options, header: false, bom: false });
    pending = [];
    first = false;
    if (!file.stream.write(text)) await once(file.stream, "drain");
  };
  return {
    write(row) {
      // Rows go in as arrays in column order: csv-stringify then skips its per-cell key lookup.
      pending.push(columns.map((column) => row[column] ?? null));
      return pending.length >= BATCH_ROWS ? flush() : null;
    },
    async close() {
      await flush();
      file.stream.end();
      await once(file.stream, "finish");
      await file.commit();
    },
    async abort() {
      pending = [];
      await file.abort();
    },
  };
}

/** The same for a plain text stream (corpus.jsonl). */
export async function openLines(path: string): Promise<{ write(line: string): Promise<void>; close(): Promise<void>; abort(): Promise<void> }> {
  const file = await openAtomic(path);
  const { stream } = file;
  return {
    async write(line) {
      if (!stream.write(line)) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "finish");
      await file.commit();
    },
    abort: () => file.abort(),
  };
}
