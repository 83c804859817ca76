/**
 * Threshold config (eval-thresholds.json): groups of documents, each chosen by globs on the gold
 * file name (`gold`) and/or the PDF path in the gold record (`file`), each with bars
 * `{ "metric": { "min": x } }` or `{ "max": x }` that every document of the group must meet.
 * A group that selects no evaluated document fails, so a renamed gold file cannot drop its bars.
 * Example: { "groups": [{ "name": "real PDFs", "file": "raw/**", "bars": { "numbered.f1": { "min": 0.98 } } }] }
 */
import { globMatch } from "./glob.js";
import { METRICS, type DocumentScore } from "./metrics.js";

export interface Bar {
  metric: string;
  op: "min" | "max";
  value: number;
}

export interface ThresholdGroup {
  name: string;
  gold: string | null;
  file: string | null;
  bars: Bar[];
}

export interface Thresholds {
  groups: ThresholdGroup[];
}

export interface BarResult {
  group: string;
  metric: string;
  op: "min" | "max";
  bar: number;
  /** Null when the document could not be scored (missing PDF, pipeline error). */
  value: number | null;
  ok: boolean;
}

export class ThresholdsError extends Error {
  override name = "ThresholdsError";
}

export function parseThresholds(value: unknown, source: string): Thresholds {
  const fail = (what: string): never => {
    throw new ThresholdsError(`${source}: ${what}`);
  };
  const root = isRecord(value) ? value : fail("must be a JSON object");
  const groups = Array.isArray(root.groups) ? (root.groups as unknown[]) : fail(`"groups" must be an array`);
  return {
    groups: groups.map((raw, i) => {
      const where = `groups[${i}]`;
      const group = isRecord(raw) ? raw : fail(`${where} must be an object`);
      const name = typeof group.name === "string" && group.name !== "" ? group.name : fail(`${where}.name must be a non-empty string`);
      const glob = (key: "gold" | "file"): string | null => {
        const v = group[key];
        if (v === undefined) return null;
        return typeof v === "string" && v !== "" ? v : fail(`${where}.${key} must be a glob string`);
      };
      const bars = isRecord(group.bars) ? group.bars : fail(`${where}.bars must be an object of metric → { "min" | "max": number }`);
      return {
        name,
        gold: glob("gold"),
        file: glob("file"),
        bars: Object.entries(bars).map(([metric, rule]) => parseBar(metric, rule, `${where}.bars`, fail)),
      };
    }),
  };
}

function parseBar(metric: string, rule: unknown, where: string, fail: (what: string) => never): Bar {
  if (!Object.hasOwn(METRICS, metric)) fail(`${where}: unknown metric "${metric}" (known: ${Object.keys(METRICS).join(", ")})`);
  const entries = isRecord(rule) ? Object.entries(rule) : [];
  const [op, value] = entries[0] ?? [];
  if (entries.length !== 1 || (op !== "min" && op !== "max") || typeof value !== "number" || !Number.isFinite(value)) {
    return fail(`${where}.${metric} must be { "min": number } or { "max": number }, got ${JSON.stringify(rule)}`);
  }
  return { metric, op, value };
}

export interface ScoredDocument {
  /** Gold file name, e.g. "N1343968.json". */
  gold: string;
  /** The gold record's `file`, e.g. "raw/en/plan_1_en.pdf". */
  file: string;
  score: DocumentScore | null;
}

export function selects(group: ThresholdGroup, doc: Pick<ScoredDocument, "gold" | "file">): boolean {
  return (group.gold === null || globMatch(group.gold, doc.gold)) && (group.file === null || globMatch(group.file, doc.file));
}

export function checkBars(thresholds: Thresholds, doc: ScoredDocument): BarResult[] {
  const results: BarResult[] = [];
  for (const group of thresholds.groups) {
    if (!selects(group, doc)) continue;
    for (const bar of group.bars) {
      const value = doc.score === null ? null : METRICS[bar.metric]!.read(doc.score);
      const ok = value !== null && !Number.isNaN(value) && (bar.op === "min" ? value >= bar.value : value <= bar.value);
      results.push({ group: group.name, metric: bar.metric, op: bar.op, bar: bar.value, value: value === null || Number.isNaN(value) ? null : value, ok });
    }
  }
  return results;
}

/** Names of groups that select none of the documents. */
export function emptyGroups(thresholds: Thresholds, docs: readonly Pick<ScoredDocument, "gold" | "file">[]): string[] {
  return thresholds.groups.filter((group) => !docs.some((doc) => selects(group, doc))).map((group) => group.name);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
