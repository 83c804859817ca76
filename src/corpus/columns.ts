/**
 * The corpus tables and their columns, in file order: one place that the CSV writer, the
 * README's column dictionary and the tests share.
 */
export const TABLES = {
  documents: [
    "document", "file", "sha256", "pages", "language", "symbol", "job_number", "distribution", "issued",
    "original_language", "session", "agenda_items", "title", "resolution", "adopted", "draft", "committee", "meeting",
    "blocks", "footnotes", "furniture",
  ],
  blocks: ["document", "block", "kind", "number", "parent", "page", "page_end", "text"],
  sentences: ["document", "part", "block", "sentence", "start", "end", "text"],
  tokens: ["document", "part", "block", "sentence", "token", "start", "end", "kind", "text", "pos"],
  footnotes: ["document", "footnote", "marker", "page", "block", "offset", "text"],
  furniture: ["document", "page", "role", "rule", "reason", "x0", "y0", "x1", "y1", "text"],
} as const;

export type TableName = keyof typeof TABLES;
export type Cell = string | number | null;
export type Row<T extends TableName> = Record<(typeof TABLES)[T][number], Cell>;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
