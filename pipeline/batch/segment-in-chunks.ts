/**
 * Segments a text in bounded chunks, one `next()` at a time, so that the segmenter thread can
 * answer other workers between two chunks of a huge Han run (and a chunk's words can go out
 * before the next chunk is cut). Words are the same as segmenting the whole text at once:
 *
 * - A text no longer than CHUNK_UNITS is one chunk: every run of normal text (a Han run ends at
 *   the first punctuation, so runs are sentence-sized) goes to jieba whole, as before.
 * - Otherwise a chunk ends right after the last of jieba's own separators (space, tab, line
 *   break, "，", "。") in the back half of the window. cppjieba splits its input there itself
 *   before segmenting, so the words cannot differ.
 * - With no separator (a long pure-Han run: the hostile case), the window is segmented and only
 *   its words ending at least TAIL_UNITS before the window's end are kept; the rest is segmented
 *   again at the head of the next chunk. Jieba's best path is local, so words well before the cut
 *   do not depend on what follows it. Word ends never split a surrogate pair; nor does a window.
 *
 *   const chunks = new ChunkedSegmentation(text, (t) => jieba.cut(t));
 *   for (let words = chunks.next(); words !== null; words = chunks.next()) send(words);
 */

/** The most UTF-16 units one jieba call is given (~10–20 ms of jieba on a 2-core machine). */
export const CHUNK_UNITS = 8192;
/** Words ending this close to a window's end are segmented again with the next window. */
const TAIL_UNITS = 64;
/** jieba's own pre-split characters (cppjieba SegmentBase.hpp, SPECIAL_SEPARATORS). */
const SEPARATORS = new Set([" ", "\t", "\n", "，", "。"]);

/** Something jieba returns per word: a plain string (cut) or a [word, tag] pair (tag). */
export type WordOf<T> = (word: T) => string;

export class ChunkedSegmentation<T> {
  private start = 0;

  constructor(
    private readonly text: string,
    private readonly segment: (text: string) => T[],
    private readonly wordOf: WordOf<T>,
    private readonly chunkUnits = CHUNK_UNITS,
  ) {}

  /** Every chunk has been given out. */
  get done(): boolean {
    return this.start >= this.text.length && (this.start > 0 || this.text.length > 0);
  }

  /** The words of the next chunk, or null when the text is done. */
  next(): T[] | null {
    const { text } = this;
    if (this.start >= text.length) {
      // An empty text is still asked once: jieba's answer for "" is the answer.
      if (this.start === 0 && text.length === 0) {
        this.start = 1;
        return this.segment("");
      }
      return null;
    }
    const rest = text.length - this.start;
    if (rest <= this.chunkUnits) {
      const words = this.segment(text.slice(this.start));
      this.start = text.length;
      return words;
    }
    const end = windowEnd(text, this.start, this.chunkUnits);
    const separator = lastSeparator(text, this.start + ((end - this.start) >> 1), end);
    if (separator !== -1) {
      const words = this.segment(text.slice(this.start, separator + 1));
      this.start = separator + 1;
      return words;
    }
    const words = this.segment(text.slice(this.start, end));
    // Keep the words that end before the tail; at least one word, so every chunk moves on.
    let kept = 0;
    let offset = this.start;
    let keptEnd = this.start;
    for (const word of words) {
      offset += this.wordOf(word).length;
      if (kept > 0 && offset > end - TAIL_UNITS) break;
      kept++;
      keptEnd = offset;
    }
    this.start = keptEnd;
    return words.slice(0, kept);
  }
}

/** start + units, one less when that would split a surrogate pair. */
function windowEnd(text: string, start: number, units: number): number {
  const end = start + units;
  const before = text.charCodeAt(end - 1);
  return before >= 0xd800 && before <= 0xdbff ? end - 1 : end;
}

function lastSeparator(text: string, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) if (SEPARATORS.has(text[i]!)) return i;
  return -1;
}
