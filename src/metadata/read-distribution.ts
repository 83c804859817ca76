/**
 * The distribution printed after "Distr.", in English whatever the document's language:
 * "Distr.: General", "Distr. générale", "Distr. general", "Distr. GENERALE", "Distr.\nGENERAL"
 * (1994: the word on the next line), "Distr.: Limited", "Distr. restreinte" → "General",
 * "Limited", "Restricted".
 */
import type { UnDocument } from "../model/document.js";
import { DISTRIBUTION_NAMES, DISTRIBUTION_VALUE } from "../conventions/index.js";
import { headLines } from "./head-lines.js";


export function readDistribution(doc: UnDocument): string | null {
  const head = headLines(doc);
  for (const [i, line] of head.entries()) {
    const match = DISTRIBUTION_VALUE.exec(line.text);
    if (!match) continue;
    const value = distributionValue(match[1]!) ?? distributionValue(nextBelow(head, i) ?? "");
    if (value !== null) return value;
  }
  return null;
}

function distributionValue(text: string): string | null {
  const t = text.trim();
  for (const [pattern, value] of DISTRIBUTION_NAMES) if (pattern.test(t)) return value;
  return null;
}

/** The text of the next line in the same column ("Distr." / "GENERAL"). */
function nextBelow(head: ReturnType<typeof headLines>, i: number): string | null {
  const line = head[i]!;
  const below = head.slice(i + 1).find((l) => Math.abs(l.bbox[0] - line.bbox[0]) < line.size && l.bbox[1] < line.bbox[1]);
  return below?.text ?? null;
}
