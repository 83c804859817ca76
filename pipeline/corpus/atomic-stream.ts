/**
 * A file written as a stream that is either complete or absent: data goes to a temporary file
 * next to the target, renamed over it on `commit`, removed on `abort`; the temporary files of a
 * writer that was killed are removed when the file is next opened.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { removeStaleTemps, tempPathFor } from "../write-atomic.js";

export interface AtomicStream {
  stream: WriteStream;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openAtomic(path: string): Promise<AtomicStream> {
  await mkdir(dirname(path), { recursive: true });
  // What a killed writer of this file left (its temporary file is never renamed or removed).
  await removeStaleTemps(path);
  const temp = tempPathFor(path);
  const stream = createWriteStream(temp);
  return {
    stream,
    commit: async () => {
      await rename(temp, path);
    },
    abort: async () => {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}
