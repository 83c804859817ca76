/**
 * `output/manifest.jsonl`: one line per input in sorted input order, then a summary line.
 * Lines are streamed to a temporary file that is renamed into place when the run ends, so
 * memory stays flat and a killed run leaves the previous manifest whole.
 * Example: {"path":"input/a.pdf","sha256":"…","status":"ok","output":"en/A/80/590.json","pages":27,"ms":812,"error":null}
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export type Status = "ok" | "skipped" | "failed";

/** What became of one input; a manifest line and a run's result both carry it. */
export interface InputOutcome {
  sha256: string | null;
  status: Status;
  pages: number;
  ms: number;
  error: string | null;
}

export interface ManifestLine extends InputOutcome {
  path: string;
  /** Relative to the output folder; null when the document failed. */
  output: string | null;
}

export interface Summary {
  summary: true;
  documents: number;
  counts: Record<Status, number>;
  /** Pages of the documents processed in this run (skipped ones excluded). */
  pages: number;
  seconds: number;
  pagesPerSecond: number;
}

export class ManifestWriter {
  readonly #path: string;
  readonly #temp: string;
  readonly #stream: WriteStream;

  private constructor(path: string, temp: string, stream: WriteStream) {
    this.#path = path;
    this.#temp = temp;
    this.#stream = stream;
  }

  static async open(path: string): Promise<ManifestWriter> {
    await mkdir(dirname(path), { recursive: true });
    await removeStaleTemps(path);
    const temp = `${path}.${process.pid}.tmp`;
    return new ManifestWriter(path, temp, createWriteStream(temp));
  }

  async write(line: ManifestLine): Promise<void> {
    await this.#append(JSON.stringify(line) + "\n");
  }

  async close(summary: Summary): Promise<void> {
    await this.#append(JSON.stringify(summary) + "\n");
    await new Promise<void>((done, fail) => this.#stream.end((error?: Error | null) => (error ? fail(error) : done())));
    await rename(this.#temp, this.#path);
  }

  #append(text: string): Promise<void> {
    return new Promise((done, fail) => {
      this.#stream.write(text, (error) => (error ? fail(error) : done()));
    });
  }
}

/** Temporary manifests a killed run left behind. */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  for (const name of await readdir(dirname(path))) {
    if (name.startsWith(prefix) && name.endsWith(".tmp")) await rm(join(dirname(path), name), { force: true });
  }
}
