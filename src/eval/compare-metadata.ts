/**
 * Metadata fields right and wrong: the gold's symbol, language and job number, then every key
 * of its `metadata` object, against the pipeline's Metadata. Strings compare normalised
 * ("第 25 次全体会议" = "第25次全体会议"), lists element by element, numbers exactly.
 */
import type { Gold } from "./gold.js";
import type { Metadata } from "../model/document.js";
import { normaliseText } from "./normalise.js";

export interface MetadataField {
  field: string;
  gold: unknown;
  predicted: unknown;
  ok: boolean;
}

export interface MetadataScore {
  right: number;
  wrong: number;
  fields: MetadataField[];
}

export function compareMetadata(gold: Gold, metadata: Metadata): MetadataScore {
  const expected: Array<[string, unknown]> = [
    ["symbol", gold.symbol],
    ["language", gold.language],
    ["jobNumber", gold.jobNumber],
    ...Object.entries(gold.metadata),
  ];
  const actual = metadata as unknown as Record<string, unknown>;
  const fields = expected.map(([field, want]) => {
    const got = Object.hasOwn(actual, field) ? actual[field] : undefined;
    return { field, gold: want, predicted: got === undefined ? null : got, ok: same(want, got) };
  });
  const right = fields.filter((f) => f.ok).length;
  return { right, wrong: fields.length - right, fields };
}

function same(want: unknown, got: unknown): boolean {
  if (want === null) return got === null || got === undefined;
  if (typeof want === "string") return typeof got === "string" && normaliseText(want) === normaliseText(got);
  if (Array.isArray(want)) return Array.isArray(got) && want.length === got.length && want.every((w, i) => same(w, got[i]));
  return want === got;
}
