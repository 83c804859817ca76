/**
 * pdf.js 5 turns a wide gap between two glyphs into a space with a fixed threshold
 * (`trackingSpaceMin`, pdf.js issue #18768), so justified Word text comes out as "th e",
 * "Conv ention", "program me". The document is the dictionary: two adjacent letter runs are one
 * word when the joined word is common in the document and one of the parts is rare as a word of
 * its own ("a nd" → "and"; "in to" stays, both parts being common words).
 */
import type { Line, UnDocument } from "../model/document.js";

/**
 * Two letter runs and one space, each run a whole token: not part of "n/a n/a", not an elided
 * article ("personne s’il").
 */
const PAIR = /(?<=^|[\s(«“"‘[])([\p{L}\p{M}]+) ([\p{L}\p{M}]+)(?=$|[\s.,;:!?)»”"\]]|['’](?![\p{L}]))/gu;
const WORD = /[\p{L}\p{M}]+/gu;
const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** The joined word must occur at least this often… */
const MIN_WHOLE = 2;
/** …and more than this many times as often as the rarer part on its own. */
const RARITY = 2;
/** Split in more than two pieces ("p r ocesses") takes a pass per piece. */
const MAX_PASSES = 3;

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
  for (const m of line.text.matchAll(PAIR)) {
    // A capital after the space starts a new word ("Access Now"), except inside acronyms ("EC E").
    if (/^\p{Lu}/u.test(m[2]!) && m[1] !== m[1]!.toUpperCase()) continue;
    const [a, b] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    const whole = counts.get(a + b) ?? 0;
    const rarer = Math.min(counts.get(a) ?? 0, counts.get(b) ?? 0);
    if (whole >= MIN_WHOLE && rarer * RARITY < whole) {
      deleteChar(line, m.index + m[1]!.length);
      return true;
    }
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
