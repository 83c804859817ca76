/**
 * Aligns two language versions of one document: the body blocks by their anchors
 * (find-anchors.ts) and by length in between, the footnotes by their markers and by length, then
 * the sentences inside every aligned pair the same way, by length. Pure: documents in, units out.
 * Example: en/A/RES/99/1 ↔ zh/A/RES/99/1 → 25 paragraph units (one of them the footnote), each
 * with its sentence units.
 */
import type { Block, Footnote, Language } from "../model/document.js";
import { alignPieces, type Piece } from "./align-pieces.js";
import { findAnchors, type Anchor } from "./find-anchors.js";
import { pairModel } from "./length-ratios.js";
import type { Unit } from "./unit.js";

/** What alignment reads of a document (a per-document JSON has it all). */
export interface AlignableDocument {
  blocks: ReadonlyArray<Pick<Block, "id" | "number" | "parent" | "text" | "callouts" | "sentences">>;
  footnotes: ReadonlyArray<Pick<Footnote, "id" | "marker" | "text" | "sentences">>;
}

export interface SentenceUnit extends Unit {
  /** The paragraph unit the sentences belong to (index into `paragraphs`). */
  paragraph: number;
}

export interface Alignment {
  paragraphs: Unit[];
  /** Sentence units, in the order of their paragraphs; ids are "<block>.<sentence number>". */
  sentences: SentenceUnit[];
  /** Paragraph units whose sentences could not be aligned because a side has no sentences (run without tokens). */
  withoutSentences: number;
}

export function alignDocuments(a: AlignableDocument, b: AlignableDocument, languages: { a: Language; b: Language }): Alignment {
  const model = pairModel(languages.a, languages.b);
  const body = alignPieces(a.blocks, b.blocks, model, findAnchors(a.blocks, b.blocks));
  const notes = alignPieces(a.footnotes, b.footnotes, model, footnoteAnchors(a.footnotes, b.footnotes));
  const paragraphs = [...body, ...notes];
  const sentencesOf = sentenceIndex(a, b);
  const sentences: SentenceUnit[] = [];
  let withoutSentences = 0;
  paragraphs.forEach((unit, paragraph) => {
    if (unit.a.ids.length === 0 || unit.b.ids.length === 0) return;
    const sa = sentencePieces(unit.a.ids, sentencesOf.a);
    const sb = sentencePieces(unit.b.ids, sentencesOf.b);
    if (sa === null || sb === null) {
      withoutSentences++;
      return;
    }
    for (const sentence of alignPieces(sa, sb, model)) sentences.push({ ...sentence, paragraph });
  });
  return { paragraphs, sentences, withoutSentences };
}

/** Footnotes with the same marker, where each version has that marker once, anchor each other. */
function footnoteAnchors(a: AlignableDocument["footnotes"], b: AlignableDocument["footnotes"]): Anchor[] {
  const once = (notes: AlignableDocument["footnotes"]): Map<string, number> => {
    const seen = new Map<string, number | null>();
    notes.forEach((note, i) => {
      const marker = note.marker.normalize("NFKC").replace(/[\s/]/gu, "");
      if (marker !== "") seen.set(marker, seen.has(marker) ? null : i);
    });
    return new Map([...seen].filter((entry): entry is [string, number] => entry[1] !== null));
  };
  const inB = once(b);
  const anchors: Anchor[] = [];
  let last = -1;
  for (const [marker, i] of [...once(a)].sort((x, y) => x[1] - y[1])) {
    const j = inB.get(marker);
    // Keep reading order on both sides: a marker out of order anchors nothing.
    if (j === undefined || j <= last) continue;
    anchors.push({ a: i, b: j, kind: "footnote" });
    last = j;
  }
  return anchors;
}

type SentenceMap = Map<string, readonly { text: string }[] | undefined>;

function sentenceIndex(a: AlignableDocument, b: AlignableDocument): { a: SentenceMap; b: SentenceMap } {
  const index = (doc: AlignableDocument): SentenceMap => {
    const map: SentenceMap = new Map();
    for (const piece of [...doc.blocks, ...doc.footnotes]) map.set(piece.id, piece.sentences);
    return map;
  };
  return { a: index(a), b: index(b) };
}

/** The sentences of the blocks of one side, ids "b0003.1" …; null when a block has none recorded. */
function sentencePieces(ids: readonly string[], sentences: SentenceMap): Piece[] | null {
  const pieces: Piece[] = [];
  for (const id of ids) {
    const list = sentences.get(id);
    if (list === undefined) return null;
    list.forEach((sentence, n) => pieces.push({ id: `${id}.${n + 1}`, text: sentence.text }));
  }
  return pieces;
}
