/**
 * Streams rows of one corpus table into a CSV file through csv-stringify, waiting whenever the
 * stringifier's buffer is full, so memory stays bounded however many rows a corpus has.
 */
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { stringify, type Stringifier } from "csv-stringify";
import { csvOptions } from "../../src/corpus/csv-options.js";
import type { Cell } from "../../src/corpus/columns.js";
import { openAtomic, type AtomicStream } from "./atomic-stream.js";

export interface TableWriter {
  /** Returns a promise only when the buffer is full and the caller must wait (no await per row). */
  write(row: Readonly<Record<string, Cell>>): Promise<void> | null;
  /** Ends the CSV and renames it into place. */
  close(): Promise<void>;
  /** Drops the unfinished file. */
  abort(): Promise<void>;
}

export async function openTable(path: string, columns: readonly string[]): Promise<TableWriter> {
  const file: AtomicStream = await openAtomic(path);
  const stringifier: Stringifier = stringify(csvOptions(columns));
  const done = pipeline(stringifier, file.stream);
  done.catch(() => undefined); // observed in close(); avoid an unhandled rejection meanwhile
  return {
    write(row) {
      // Rows go in as arrays in column order: csv-stringify then skips its per-cell key lookup.
      const cells = columns.map((column) => row[column] ?? null);
      return stringifier.write(cells) ? null : Promise.race([once(stringifier, "drain").then(() => undefined), done]);
    },
    async close() {
      stringifier.end();
      await done;
      await file.commit();
    },
    async abort() {
      stringifier.destroy();
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
