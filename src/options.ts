import type { Segmenter } from "./tokenize/jieba.js";

/** Options for the whole pipeline; each stage reads the part it needs. */
export interface PipelineOptions {
  /** Skip sentence splitting and tokenization. */
  tokenize?: boolean;
  /** Part-of-speech tags on Chinese tokens. */
  pos?: boolean;
  /** Extra nodejieba user dictionary (path), on top of the bundled UN terms. */
  userDict?: string;
  /**
   * The Han word segmenter to use instead of loading nodejieba in this thread. The batch workers
   * pass one that asks the run's main thread, so a run holds nodejieba's dictionaries once, not
   * once per worker (pipeline/batch/segmenter-service.ts). Not part of what a worker is sent.
   */
  segmenter?: Segmenter;
  /** Refuse documents with more pages. */
  maxPages?: number;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
}
