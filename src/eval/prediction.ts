/**
 * What the comparison reads from the pipeline's output: the subset of DocumentJson (and of
 * UnDocument) that gold records describe, so a hand-built or damaged prediction works as well.
 */
import type { BlockKind, Metadata } from "../model/document.js";

export interface PredictedBlock {
  id: string;
  kind: BlockKind;
  number: string | null;
  parent: string | null;
  text: string;
}

export interface PredictedFootnote {
  marker: string;
  text: string;
  /** Id of the block holding the callout, null when none. */
  block: string | null;
}

export interface Prediction {
  metadata: Metadata;
  blocks: readonly PredictedBlock[];
  footnotes: readonly PredictedFootnote[];
}

/** "b0019 (15)": a block as a person finds it in the output. */
export function describeBlock(block: PredictedBlock | undefined): string {
  if (block === undefined) return "none";
  const key = block.number === null ? "" : ` (${block.parent === null ? "" : block.parent + " "}${block.number})`;
  return `${block.id}${key}`;
}
