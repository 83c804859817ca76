/** Options for the whole pipeline; each stage reads the part it needs. */
export interface PipelineOptions {
  /** Skip sentence splitting and tokenization. */
  tokenize?: boolean;
  /** Part-of-speech tags on Chinese tokens. */
  pos?: boolean;
  /** Extra nodejieba user dictionary (path), on top of the bundled UN terms. */
  userDict?: string;
  /** Refuse documents with more pages. */
  maxPages?: number;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
}
