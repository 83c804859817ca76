/**
 * Rows of the corpus tables for one per-document JSON (src/output/to-json.ts), as plain values:
 * the writer streams them, the tests parse them back. `document` is the caller's id for the
 * document ("zh/A/RES/68/4": its JSON path without ".json").
 */
import type { Block, Footnote, Sentence, Token } from "../model/document.js";
import type { DocumentJson } from "../output/to-json.js";
import type { Row } from "./columns.js";

export function documentRow(document: string, doc: DocumentJson): Row<"documents"> {
  const m = doc.metadata;
  return {
    document,
    file: doc.file,
    sha256: doc.sha256,
    pages: doc.pages,
    language: m.language,
    symbol: m.symbol,
    job_number: m.jobNumber,
    distribution: m.distribution,
    issued: m.issued,
    original_language: m.originalLanguage,
    session: m.session,
    agenda_items: m.agendaItems.join("; "),
    title: m.title,
    resolution: m.resolution,
    adopted: m.adopted,
    draft: m.draft,
    committee: m.committee,
    meeting: m.meeting,
    blocks: doc.blocks.length,
    footnotes: doc.footnotes.length,
    furniture: doc.furniture.length,
  };
}

export function* blockRows(document: string, doc: DocumentJson): Generator<Row<"blocks">> {
  for (const b of doc.blocks) {
    yield {
      document,
      block: b.id,
      kind: b.kind,
      number: b.number,
      parent: b.parent,
      page: b.pages[0] ?? null,
      page_end: b.pages[b.pages.length - 1] ?? null,
      text: b.text,
    };
  }
}

interface Part {
  part: "body" | "footnote";
  id: string;
  sentences?: Sentence[];
  tokens?: Token[];
}

function parts(doc: DocumentJson): Part[] {
  const body = doc.blocks.map((b: Block) => ({ part: "body" as const, id: b.id, ...analysis(b) }));
  const notes = doc.footnotes.map((f: Footnote) => ({ part: "footnote" as const, id: f.id, ...analysis(f) }));
  return [...body, ...notes];
}

function analysis(item: { sentences?: Sentence[]; tokens?: Token[] }): Pick<Part, "sentences" | "tokens"> {
  return {
    ...(item.sentences === undefined ? {} : { sentences: item.sentences }),
    ...(item.tokens === undefined ? {} : { tokens: item.tokens }),
  };
}

export function* sentenceRows(document: string, doc: DocumentJson): Generator<Row<"sentences">> {
  for (const { part, id, sentences = [] } of parts(doc)) {
    for (const [i, s] of sentences.entries()) {
      yield { document, part, block: id, sentence: i + 1, start: s.start, end: s.end, text: s.text };
    }
  }
}

/** Tokens with the 1-based number of the sentence holding them (null between sentences). */
export function* tokenRows(document: string, doc: DocumentJson): Generator<Row<"tokens">> {
  for (const { part, id, sentences, tokens } of tokenParts(doc)) {
    const sentenceOf = tokenSentences(sentences, tokens);
    for (const [i, t] of tokens.entries()) {
      yield {
        document,
        part,
        block: id,
        sentence: sentenceOf[i] ?? null,
        token: i + 1,
        start: t.start,
        end: t.end,
        kind: t.kind,
        text: t.text,
        pos: t.pos ?? null,
      };
    }
  }
}

/** Each token's block and analysis, in table order (tokenRows, and corpus-chunks' token records). */
export function tokenParts(doc: DocumentJson): Array<{ part: Part["part"]; id: string; sentences: Sentence[]; tokens: Token[] }> {
  return parts(doc).map(({ part, id, sentences = [], tokens = [] }) => ({ part, id, sentences, tokens }));
}

/** Per token, the 1-based number of the sentence holding it, or null between sentences. */
export function tokenSentences(sentences: readonly Sentence[], tokens: readonly Token[]): Array<number | null> {
  const numbers = new Array<number | null>(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!.start;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= start) s++;
    numbers[i] = s < sentences.length && (sentences[s]?.start ?? Infinity) <= start ? s + 1 : null;
  }
  return numbers;
}

export function* footnoteRows(document: string, doc: DocumentJson): Generator<Row<"footnotes">> {
  for (const f of doc.footnotes) {
    yield { document, footnote: f.id, marker: f.marker, page: f.page, block: f.block, offset: f.offset, text: f.text };
  }
}

export function* furnitureRows(document: string, doc: DocumentJson): Generator<Row<"furniture">> {
  for (const f of doc.furniture) {
    const [x0, y0, x1, y1] = f.bbox;
    yield { document, page: f.page, role: f.role, rule: f.rule, reason: f.reason, x0, y0, x1, y1, text: f.text };
  }
}
