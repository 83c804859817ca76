/**
 * The bars paragraph alignment must meet, from the "alignment" section of eval-thresholds.json:
 * every labelled document pair must reach each bar; bars only ever tighten.
 * Example: { "alignment": { "bars": { "f1": { "min": 0.95 }, "recall": { "min": 0.95 } } } }
 */
import type { AlignmentScore } from "./score-alignment.js";

export type AlignmentMetric = "recall" | "precision" | "f1";
const METRICS: readonly AlignmentMetric[] = ["recall", "precision", "f1"];

export interface AlignmentBar {
  metric: AlignmentMetric;
  min: number;
}

export function parseAlignmentBars(root: unknown, source: string): AlignmentBar[] {
  const section = isRecord(root) ? root.alignment : undefined;
  if (section === undefined) return [];
  const bars = isRecord(section) && isRecord(section.bars) ? section.bars : null;
  if (bars === null) throw new Error(`${source}: "alignment.bars" must be an object of metric → { "min": number }`);
  return Object.entries(bars).map(([metric, rule]) => {
    const min = isRecord(rule) ? rule.min : undefined;
    if (!METRICS.includes(metric as AlignmentMetric)) throw new Error(`${source}: alignment.bars: unknown metric "${metric}" (known: ${METRICS.join(", ")})`);
    if (typeof min !== "number" || !Number.isFinite(min) || Object.keys(rule as object).length !== 1) {
      throw new Error(`${source}: alignment.bars.${metric} must be { "min": number }, got ${JSON.stringify(rule)}`);
    }
    return { metric: metric as AlignmentMetric, min };
  });
}

/** The bars a pair misses ("f1 0.912 < 0.95"); a pair that could not be scored misses them all. */
export function missedBars(bars: readonly AlignmentBar[], score: AlignmentScore | null): string[] {
  return bars.filter((bar) => score === null || !(score[bar.metric] >= bar.min)).map((bar) => `${bar.metric} ${score === null ? "not scored" : score[bar.metric].toFixed(3)} < ${bar.min}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
