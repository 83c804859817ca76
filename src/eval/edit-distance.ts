/**
 * Levenshtein distance by Myers' bit-parallel algorithm (Hyyrö's multi-block form): the pattern
 * is cut into 32-row blocks and each block sweeps the text once, so two 50,000-character bodies
 * cost about 80 million word operations instead of 2.5 billion cells. Common prefix and suffix
 * are stripped first. Works on UTF-16 code units (all Han characters in use are one unit).
 * Example: levenshtein("kitten", "sitting") === 3; normalisedDistance("ab", "ac") === 0.5.
 */

const WORD = 32;

export function levenshtein(a: string, b: string): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const text = a.slice(start, endA);
  const pattern = b.slice(start, endB);
  if (text.length === 0) return pattern.length;
  if (pattern.length === 0) return text.length;
  return myers(text, pattern);
}

/** Distance divided by the longer length: 0 for equal texts, 1 for nothing in common. */
export function normalisedDistance(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 0 : levenshtein(a, b) / longer;
}

// Peq bit masks by UTF-16 code unit, reused across calls (reset after each block).
const peq = new Int32Array(0x10000);

function myers(text: string, pattern: string): number {
  const n = text.length;
  const m = pattern.length;
  const columnWords = Math.ceil(n / WORD);
  // Horizontal deltas (+1 / -1) leaving the bottom of the previous block, one bit per column.
  const phc = new Int32Array(columnWords).fill(-1);
  const mhc = new Int32Array(columnWords);
  const blocks = Math.ceil(m / WORD);
  let score = m;
  for (let block = 0; block < blocks; block++) {
    const rowStart = block * WORD;
    const rowEnd = Math.min(rowStart + WORD, m);
    const last = block === blocks - 1;
    const lastBit = rowEnd - rowStart - 1;
    for (let k = rowStart; k < rowEnd; k++) {
      const code = pattern.charCodeAt(k);
      peq[code] = peq[code]! | (1 << (k - rowStart));
    }
    let pv = -1;
    let mv = 0;
    for (let i = 0; i < n; i++) {
      const word = i >>> 5;
      const bit = i & 31;
      const eq = peq[text.charCodeAt(i)]!;
      const pb = (phc[word]! >>> bit) & 1;
      const mb = (mhc[word]! >>> bit) & 1;
      const xv = eq | mv;
      const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (last) {
        score += (ph >>> lastBit) & 1;
        score -= (mh >>> lastBit) & 1;
      } else {
        if (((ph >>> 31) ^ pb) !== 0) phc[word] = phc[word]! ^ (1 << bit);
        if (((mh >>> 31) ^ mb) !== 0) mhc[word] = mhc[word]! ^ (1 << bit);
      }
      ph = (ph << 1) | pb;
      mh = (mh << 1) | mb;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    for (let k = rowStart; k < rowEnd; k++) peq[pattern.charCodeAt(k)] = 0;
  }
  return score;
}
