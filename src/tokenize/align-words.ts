/**
 * Aligns segmenter output with the text by walking it: a word is accepted only where it occurs at
 * the current offset, so offsets index the text exactly even when a segmenter drops, normalises
 * or reorders characters. Unmatched characters become one-character words: "国际移徙" with
 * output ["国际", "移徒"] → [0,2) "国际", [2,3) "移", [3,4) "徙".
 */
export interface AlignedWord {
  start: number;
  end: number;
  tag: string | null;
}

export interface SegmentedWord {
  word: string;
  tag: string | null;
}

export function alignWords(text: string, offset: number, words: readonly SegmentedWord[]): AlignedWord[] {
  const out: AlignedWord[] = [];
  let at = 0;
  for (const { word, tag } of words) {
    if (word === "") continue;
    if (text.startsWith(word, at)) {
      out.push({ start: offset + at, end: offset + at + word.length, tag });
      at += word.length;
    } else {
      const found = text.indexOf(word, at);
      if (found === -1) continue; // a word not in the text: skip it, fill the gap later
      pushSingles(text, offset, at, found, out);
      out.push({ start: offset + found, end: offset + found + word.length, tag });
      at = found + word.length;
    }
  }
  pushSingles(text, offset, at, text.length, out);
  return out;
}

function pushSingles(text: string, offset: number, from: number, to: number, out: AlignedWord[]): void {
  let at = from;
  while (at < to) {
    const code = text.codePointAt(at) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    out.push({ start: offset + at, end: offset + at + size, tag: null });
    at += size;
  }
}
