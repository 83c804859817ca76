/**
 * The gold record format (shared/gold/README.md, version 1) and a parser that says precisely
 * what is wrong with a file. Example: { gold: 1, file: "raw/en/plan_1_en.pdf", scope: "full", … }.
 */

export type GoldScope = "full" | "numbered";

export interface GoldBlock {
  kind: "heading" | "paragraph";
  number: string | null;
  parent: string | null;
  text: string;
}

export interface GoldFootnote {
  marker: string;
  text: string;
  /** Number of the block with the callout, "#N" (N-th block, 1-based), or null (masthead). */
  paragraph: string | null;
}

export interface Gold {
  file: string;
  symbol: string | null;
  language: string | null;
  jobNumber: string | null;
  scope: GoldScope;
  /** Extra metadata fields to compare, keyed like the pipeline's Metadata. */
  metadata: Record<string, unknown>;
  blocks: GoldBlock[];
  footnotes: GoldFootnote[];
  absent: string[];
}

export class GoldError extends Error {
  override name = "GoldError";
}

export function parseGold(value: unknown, source: string): Gold {
  const fail = (what: string): never => {
    throw new GoldError(`${source}: ${what}`);
  };
  const record = asRecord(value) ?? fail("must be a JSON object");
  if (record.gold !== 1) fail(`"gold" must be 1 (format version), got ${JSON.stringify(record.gold)}`);
  const file = typeof record.file === "string" && record.file !== "" ? record.file : fail(`"file" must be a non-empty string`);
  const scope = record.scope === "full" || record.scope === "numbered" ? record.scope : fail(`"scope" must be "full" or "numbered", got ${JSON.stringify(record.scope)}`);
  const blocks = arrayOf(record.blocks, "blocks", fail).map((b, i) => parseBlock(b, `blocks[${i}]`, fail));
  const footnotes = arrayOf(record.footnotes ?? [], "footnotes", fail).map((f, i) => parseFootnote(f, `footnotes[${i}]`, fail));
  const absent = arrayOf(record.absent ?? [], "absent", fail).map((a, i) =>
    typeof a === "string" && a !== "" ? a : fail(`absent[${i}] must be a non-empty string`),
  );
  const metadata = record.metadata === undefined ? {} : (asRecord(record.metadata) ?? fail(`"metadata" must be an object`));
  return {
    file,
    symbol: optionalString(record.symbol, "symbol", fail),
    language: optionalString(record.language, "language", fail),
    jobNumber: optionalString(record.jobNumber, "jobNumber", fail),
    scope,
    metadata,
    blocks,
    footnotes,
    absent,
  };
}

type Fail = (what: string) => never;

function parseBlock(value: unknown, where: string, fail: Fail): GoldBlock {
  const b = asRecord(value) ?? fail(`${where} must be an object`);
  const kind = b.kind === "heading" || b.kind === "paragraph" ? b.kind : fail(`${where}.kind must be "heading" or "paragraph"`);
  const text = typeof b.text === "string" ? b.text : fail(`${where}.text must be a string`);
  return { kind, number: optionalString(b.number, `${where}.number`, fail), parent: optionalString(b.parent, `${where}.parent`, fail), text };
}

function parseFootnote(value: unknown, where: string, fail: Fail): GoldFootnote {
  const f = asRecord(value) ?? fail(`${where} must be an object`);
  const marker = typeof f.marker === "string" ? f.marker : fail(`${where}.marker must be a string`);
  const text = typeof f.text === "string" ? f.text : fail(`${where}.text must be a string`);
  return { marker, text, paragraph: optionalString(f.paragraph, `${where}.paragraph`, fail) };
}

function optionalString(value: unknown, where: string, fail: Fail): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : fail(`${where} must be a string or null, got ${JSON.stringify(value)}`);
}

function arrayOf(value: unknown, where: string, fail: Fail): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : fail(`"${where}" must be an array`);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
