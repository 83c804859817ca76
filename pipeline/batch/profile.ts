/**
 * `uncorpus run --profile`: where the time goes. Each processed document's manifest line carries
 * milliseconds per stage (extract, every stage of src/stages.ts by name, write); the summary line
 * carries their sums, and the run ends with this table on stderr:
 *   stage       seconds   share   ms/page
 *   extract        41.2   52.3 %     18.6
 */

/** Milliseconds per stage summed over documents, in stage order (the order the first document lists them). */
export function sumStages(results: readonly { stages?: Record<string, number> }[]): Record<string, number> | undefined {
  let sums: Record<string, number> | undefined;
  for (const result of results) {
    for (const [name, ms] of Object.entries(result.stages ?? {})) {
      sums ??= {};
      sums[name] = (sums[name] ?? 0) + ms;
    }
  }
  return sums;
}

/** The table: per stage, seconds of worker time, share of the total, and milliseconds per page. */
export function formatProfile(stages: Record<string, number>, pages: number, wallSeconds: number): string {
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  const rows = [...Object.entries(stages), ["all stages", total] as const].map(([name, ms]) => [
    name,
    (ms / 1000).toFixed(1),
    total > 0 ? `${((100 * ms) / total).toFixed(1)} %` : "-",
    pages > 0 ? (ms / pages).toFixed(1) : "-",
  ]);
  const header = ["stage", "seconds", "share", "ms/page"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `profile: worker time per stage over ${pages} pages (summed over documents; the run took ${wallSeconds.toFixed(1)} s of wall time)`,
    line(header),
    ...rows.map(line),
  ].join("\n");
}
