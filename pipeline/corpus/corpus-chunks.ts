/**
 * One document's share of every corpus file, as text ready to append: its CSV records for each
 * table (src/corpus/csv-records.ts: csv-stringify's bytes for the tables' options, no header, no
 * byte order mark) and
 * its corpus.jsonl line. A pool worker makes them while it still holds the document, so the main
 * thread only appends; appended in input order behind the headers they give byte for byte the
 * files that stringifying all rows at once gives (csv-stringify ends every record with CRLF).
 */
import { stringify } from "csv-stringify/sync";
import { TABLES, TABLE_NAMES, type Cell, type TableName } from "../../src/corpus/columns.js";
import { csvOptions } from "../../src/corpus/csv-options.js";
import { csvCell, csvRecord } from "../../src/corpus/csv-records.js";
import { ByteSink } from "../../src/output/byte-sink.js";
import { jsonlLine } from "../../src/corpus/jsonl-record.js";
import { blockRows, documentRow, footnoteRows, furnitureRows, sentenceRows, tokenParts, tokenSentences } from "../../src/corpus/rows.js";
import type { DocumentJson } from "../../src/output/to-json.js";

export interface CorpusChunks {
  /** The document id the rows carry ("zh/A/RES/68/4"). */
  document: string;
  /** UTF-8, each in a buffer of its own (chunkBuffers). */
  tables: Record<TableName, Uint8Array>;
  jsonl: Uint8Array;
}

type RowSource = (document: string, doc: DocumentJson) => Iterable<Readonly<Record<string, Cell>>>;

/** A table's records for one document, as bytes. */
type TableRecords = (document: string, doc: DocumentJson) => Uint8Array;

/** The records csvRecord gives for a table's rows, in its columns' order. */
function rowRecords(name: TableName, source: RowSource): TableRecords {
  const columns = TABLES[name];
  return (document, doc) => {
    const sink = new ByteSink(16 * 1024);
    for (const row of source(document, doc)) sink.write(csvRecord(columns.map((column) => row[column] ?? null)));
    return sink.bytes();
  };
}

const RECORDS: Record<TableName, TableRecords> = {
  documents: rowRecords("documents", (document, doc) => [documentRow(document, doc)]),
  blocks: rowRecords("blocks", blockRows),
  sentences: rowRecords("sentences", sentenceRows),
  // Most of a corpus: written without the row objects (tokenRecords).
  tokens: tokenRecords,
  footnotes: rowRecords("footnotes", footnoteRows),
  furniture: rowRecords("furniture", furnitureRows),
};

export function corpusChunks(document: string, doc: DocumentJson): CorpusChunks {
  const tables = {} as Record<TableName, Uint8Array>;
  for (const name of TABLE_NAMES) tables[name] = RECORDS[name](document, doc);
  const jsonl = new ByteSink(16 * 1024);
  jsonl.write(jsonlLine(document, doc));
  return { document, tables, jsonl: jsonl.bytes() };
}

/**
 * The tokens table's records, the bytes csvRecord gives for tokenRows' rows, made without a row
 * object, a cell array, a join or a string per token: tokens are most of a corpus (a 110 MB
 * tokens.csv for the 2,207 pages of the raw corpus), and this was most of the corpus rows' time.
 * The cells a block's tokens share (document, part, block) are encoded once per block; a kind,
 * a token's text and a part of speech once per document (a document's words repeat).
 */
function tokenRecords(document: string, doc: DocumentJson): Uint8Array {
  const parts = tokenParts(doc);
  const documentCell = csvCell(document);
  // Room for all at once, mostly (a token record is about 30 bytes past its document id):
  // growing the buffer copies it into memory touched for the first time.
  const count = parts.reduce((n, p) => n + p.tokens.length, 0);
  const sink = new ByteSink(Math.max(16 * 1024, count * (documentCell.length + 48)));
  const cells = new Map<string, Uint8Array>();
  const cellBytes = (text: string): Uint8Array => {
    let bytes = cells.get(text);
    if (bytes === undefined) cells.set(text, (bytes = Buffer.from(csvCell(text))));
    return bytes;
  };
  const noPos = new Uint8Array(0);
  for (const { part, id, sentences, tokens } of parts) {
    const shared = Buffer.from(documentCell + "," + csvCell(part) + "," + csvCell(id) + ",");
    const sentenceOf = tokenSentences(sentences, tokens);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const sentence = sentenceOf[i];
      sink.writeBytes(shared);
      sink.writeAscii((sentence === null || sentence === undefined ? "" : "" + sentence) + "," + (i + 1) + "," + t.start + "," + t.end + ",");
      sink.writeBytes(cellBytes(t.kind));
      sink.writeAscii(",");
      sink.writeBytes(cellBytes(t.text));
      sink.writeAscii(",");
      sink.writeBytes(t.pos === undefined ? noPos : cellBytes(t.pos));
      sink.writeAscii("\r\n");
    }
  }
  return sink.bytes();
}

/**
 * The buffers under a document's chunks: a pool worker hands them to the main thread by
 * transfer (no copy), and the main thread appends the bytes as they are.
 */
export function chunkBuffers(chunks: CorpusChunks): ArrayBuffer[] {
  return [...new Set([...Object.values(chunks.tables), chunks.jsonl].map((bytes) => bytes.buffer as ArrayBuffer))];
}

/** What opens a table's file: the byte order mark and the header row. */
export function tableHeader(name: TableName): string {
  return stringify([], csvOptions(TABLES[name]));
}

/** A document's id in the corpus from its JSON path relative to the output folder ("zh/A/RES/68/4.json"). */
export function documentIdOf(rel: string): string {
  return rel.replace(/\.json$/i, "");
}
