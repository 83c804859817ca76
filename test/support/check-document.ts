/**
 * Hand-built documents for the check rules: blocks given as "number|parent|text" shorthand, on
 * the pages given, with footnotes and furniture as needed.
 * Example: blocks(["1||Decides;", "(a)|1|to act;"]) → b0001 numbered 1, b0002 (a) under 1.
 */
import { emptyMetadata, type Block, type Footnote, type Furniture, type Metadata } from "../../src/model/document.js";
import type { CheckedDocument } from "../../src/check/rule.js";

export interface BlockSpec {
  text: string;
  number?: string | null;
  parent?: string | null;
  kind?: Block["kind"];
  pages?: number[];
}

export function blocks(specs: ReadonlyArray<BlockSpec | string>): Block[] {
  return specs.map((spec, i) => {
    const s: BlockSpec = typeof spec === "string" ? shorthand(spec) : spec;
    return {
      id: `b${String(i + 1).padStart(4, "0")}`,
      kind: s.kind ?? "paragraph",
      number: s.number ?? null,
      parent: s.parent ?? null,
      text: s.text,
      pages: s.pages ?? [1],
      bbox: [0, 0, 0, 0],
      callouts: [],
    };
  });
}

export function footnote(index: number, marker: string, text: string, page = 1, block: string | null = "b0001"): Footnote {
  return { id: `f${String(index).padStart(4, "0")}`, marker, text, page, block, offset: block === null ? null : 0 };
}

export function furniture(page: number, text: string, role: Furniture["role"]): Furniture {
  return { page, bbox: [0, 0, 0, 0], text, role, rule: "test", reason: "test" };
}

export function checked(parts: { blocks?: Block[]; footnotes?: Footnote[]; furniture?: Furniture[]; metadata?: Partial<Metadata>; pageCount?: number }): CheckedDocument {
  return {
    pageCount: parts.pageCount ?? 1,
    metadata: { ...emptyMetadata(), language: "en", ...parts.metadata },
    blocks: parts.blocks ?? [],
    footnotes: parts.footnotes ?? [],
    furniture: parts.furniture ?? [],
  };
}

/** "1||Decides;" → number 1, no parent; "(a)|1|to act;" → (a) under 1; "|Noting," → unnumbered. */
function shorthand(spec: string): BlockSpec {
  const parts = spec.split("|");
  const [number = "", parent = "", text = ""] = parts.length === 2 ? [parts[0], "", parts[1]] : parts;
  return { number: number === "" ? null : number, parent: parent === "" ? null : parent, text };
}
