/**
 * A minimal UnDocument for stage tests: one paragraph block per text (b0001, b0002, …) on page 1,
 * with an optional footnote attached to the first block.
 * Example: textDocument("zh", ["大会，"]) → one block "大会，", metadata.language "zh".
 */
import { emptyMetadata, type Language, type UnDocument } from "../../src/model/document.js";

export function textDocument(language: Language | null, texts: readonly string[], footnote?: string): UnDocument {
  return {
    file: "t.pdf",
    sha256: "0".repeat(64),
    pageCount: 1,
    pages: [],
    furniture: [],
    metadata: { ...emptyMetadata(), language },
    blocks: texts.map((text, i) => ({
      id: `b${String(i + 1).padStart(4, "0")}`,
      kind: "paragraph",
      number: null,
      parent: null,
      text,
      pages: [1],
      bbox: [0, 0, 0, 0],
      callouts: [],
    })),
    footnotes: footnote === undefined ? [] : [{ id: "f0001", marker: "1", text: footnote, page: 1, block: "b0001", offset: 3 }],
    messages: [],
  };
}
