/**
 * Which documents align with which: the language versions of one symbol, every pair of
 * languages once, the two languages in alphabetical order of their ISO codes (en before es, en
 * before zh). When one symbol has two documents in one language (variants, `…~hash`), the first
 * id in sorted order stands for the language and the others are reported as left out.
 * Example: A/RES/68/4 in en, fr, zh → en–fr, en–zh, fr–zh.
 */
import type { Language } from "../model/document.js";

export interface DocumentRef {
  /** The document id in the corpus ("en/A/RES/68/4"). */
  id: string;
  symbol: string | null;
  language: Language | null;
}

export interface DocumentPair<T extends DocumentRef> {
  symbol: string;
  a: T;
  b: T;
}

export interface Pairing<T extends DocumentRef> {
  pairs: DocumentPair<T>[];
  /** Documents that align with nothing, and why. */
  left: Array<{ document: T; reason: string }>;
}

export function pairDocuments<T extends DocumentRef>(documents: readonly T[]): Pairing<T> {
  const bySymbol = new Map<string, Map<Language, T>>();
  const left: Pairing<T>["left"] = [];
  for (const doc of [...documents].sort((x, y) => compare(x.id, y.id))) {
    if (doc.symbol === null || doc.language === null) {
      left.push({ document: doc, reason: doc.symbol === null ? "no symbol" : "no language" });
      continue;
    }
    const versions = bySymbol.get(doc.symbol) ?? new Map<Language, T>();
    const first = versions.get(doc.language);
    if (first !== undefined) {
      left.push({ document: doc, reason: `a second ${doc.language} version of ${doc.symbol}; ${first.id} is aligned` });
      continue;
    }
    versions.set(doc.language, doc);
    bySymbol.set(doc.symbol, versions);
  }
  const pairs: DocumentPair<T>[] = [];
  for (const symbol of [...bySymbol.keys()].sort(compare)) {
    const versions = [...bySymbol.get(symbol)!.entries()].sort(([x], [y]) => compare(x, y));
    if (versions.length === 1) left.push({ document: versions[0]![1], reason: `the only language version of ${symbol}` });
    for (let i = 0; i < versions.length; i++) {
      for (let j = i + 1; j < versions.length; j++) pairs.push({ symbol, a: versions[i]![1], b: versions[j]![1] });
    }
  }
  return { pairs, left };
}

/** Code-unit order, the same on every machine and locale. */
function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
