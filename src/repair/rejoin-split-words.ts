/**
 * pdf.js 5 turns a wide gap between two glyphs into a space with a fixed threshold
 * (`trackingSpaceMin`, pdf.js issue #18768), so justified Word text comes out as "th e",
 * "Conv ention", "program me". The document is the dictionary: two adjacent letter runs are one
 * word when the joined word is common in the document and one of the parts is rare as a word of
 * its own ("a nd" → "and"; "in to" stays, both parts being common words).
 */
import type { Line, UnDocument } from "../model/document.js";

/** What may stand before and after a whole token: not "/" ("n/a n/a"), not an elision ("s’il"). */
const BEFORE = /^$|[\s(«“"‘[]$/u;
const AFTER = /^$|^[\s.,;:!?)»”"\]]|^['’](?!\p{L})/u;
const WORD = /[\p{L}\p{M}]+/gu;
const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** The joined word must occur at least this often… */
const MIN_WHOLE = 3;
/** …and at least this many times as often as the rarer part on its own. */
const RARITY = 2;
/** A line may hold several split words, and a word may be split in three ("p r ocesses"). */
const MAX_PASSES = 8;

export function rejoinSplitWords(doc: UnDocument): void {
  const counts = new Map<string, number>();
  const lines = doc.pages.flatMap((p) => p.lines.filter((l) => l.role !== "furniture"));
  for (const line of lines) for (const m of line.text.matchAll(WORD)) bump(counts, m[0].toLowerCase());
  for (const line of lines) {
    if (NO_SPACE_SCRIPTS.test(line.text)) continue;
    for (let pass = 0; pass < MAX_PASSES && rejoinLine(line, counts); pass++);
  }
}

function rejoinLine(line: Line, counts: ReadonlyMap<string, number>): boolean {
  const words = [...line.text.matchAll(WORD)];
  for (let i = 1; i < words.length; i++) {
    const [first, second] = [words[i - 1]!, words[i]!];
    const [a, b] = [first[0], second[0]];
    const gap = first.index + a.length;
    if (second.index !== gap + 1 || line.text[gap] !== " ") continue;
    // The counts first: almost every pair of words in a line fails them ("the Committee" →
    // "thecommittee" is no word of the document), and they cost less than the tests below.
    const whole = counts.get((a + b).toLowerCase()) ?? 0;
    if (whole < MIN_WHOLE) continue;
    const rarer = Math.min(counts.get(a.toLowerCase()) ?? 0, counts.get(b.toLowerCase()) ?? 0);
    if (rarer * RARITY > whole) continue;
    if (!BEFORE.test(line.text.slice(Math.max(0, first.index - 1), first.index))) continue;
    if (!AFTER.test(line.text.slice(second.index + b.length, second.index + b.length + 2))) continue;
    // A capital after the space starts a new word ("Access Now"), except inside acronyms ("EC E").
    if (/^\p{Lu}/u.test(b) && a !== a.toUpperCase()) continue;
    deleteChar(line, gap);
    return true;
  }
  return false;
}

/** Deletes one character of the line's text; callouts after it move back by one. */
function deleteChar(line: Line, at: number): void {
  line.text = line.text.slice(0, at) + line.text.slice(at + 1);
  line.callouts = line.callouts.map((c) => (c.offset > at ? { marker: c.marker, offset: c.offset - 1 } : c));
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
