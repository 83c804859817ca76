/**
 * `output/manifest.jsonl`: one line per input in sorted input order, then a summary line.
 * Lines are streamed to a temporary file that is renamed into place when the run ends, so
 * memory stays flat and a killed run leaves the previous manifest whole.
 * Example: {"path":"input/a.pdf","sha256":"…","status":"ok","output":"en/A/80/590.json","pages":27,"ms":812,"error":null}
 */
import { openAtomic, type AtomicStream } from "../corpus/atomic-stream.js";

/** The manifest's name in the output folder. */
export const MANIFEST_FILE = "manifest.jsonl";

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
  /** With --profile: milliseconds per stage for a processed document ({"extract": 412.5, "lines": 30.1, …}). */
  stages?: Record<string, number>;
}

export interface Summary {
  summary: true;
  documents: number;
  counts: Record<Status, number>;
  /** Pages of the documents processed in this run (skipped ones excluded). */
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** With --profile: milliseconds per stage, summed over the documents processed. */
  stages?: Record<string, number>;
}

export class ManifestWriter {
  readonly #file: AtomicStream;

  private constructor(file: AtomicStream) {
    this.#file = file;
  }

  static async open(path: string): Promise<ManifestWriter> {
    return new ManifestWriter(await openAtomic(path));
  }

  async write(line: ManifestLine): Promise<void> {
    await this.#append(JSON.stringify(line) + "\n");
  }

  async close(summary: Summary): Promise<void> {
    await this.#append(JSON.stringify(summary) + "\n");
    const { stream } = this.#file;
    await new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done())));
    await this.#file.commit();
  }

  #append(text: string): Promise<void> {
    return new Promise((done, fail) => {
      this.#file.stream.write(text, (error) => (error ? fail(error) : done()));
    });
  }
}
