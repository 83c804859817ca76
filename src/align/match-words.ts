/**
 * Which words of one text stand for which words of another, in order: the longest common
 * subsequence of two word lists by Myers' O(ND) difference algorithm (Myers 1986), over
 * normalised words (NFKC, lower case, letters and digits; each Han character a word). Used to
 * find a human-labelled paragraph in our blocks whatever the two segmentations and extractions
 * did to spaces, hyphens, quotes and callouts.
 * Example: words("Haití 1/ y el") vs words("Haití y el") → [[0, 0], [2, 1], [3, 2]].
 */
const WORD = /\p{Script=Han}|[\p{L}\p{N}\p{M}]+/gu;

export function words(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(WORD) ?? [];
}

/** Pairs [i, j] of equal words x[i] = y[j], increasing in both, as many as possible. */
export function matchWords(x: readonly string[], y: readonly string[]): Array<[number, number]> {
  const ids = new Map<string, number>();
  const code = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  const a = Int32Array.from(x, code);
  const b = Int32Array.from(y, code);
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    // Only the diagonals step d can reach: memory grows with D², not with D·(N + M).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let j = i - k;
      while (i < n && j < m && a[i] === b[j]) {
        i++;
        j++;
      }
      v[offset + k] = i;
      if (i >= n && j >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers, collecting the diagonal (equal) runs.
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  for (let d = trace.length - 1; d >= 0 && (i > 0 || j > 0); d--) {
    const frontier = trace[d]!;
    const at = (k: number): number => frontier[k + d + 1]!;
    const k = i - j;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevI = d === 0 ? 0 : at(prevK);
    const prevJ = prevI - prevK;
    while (i > prevI && j > prevJ && (d > 0 || i > 0)) {
      i--;
      j--;
      pairs.push([i, j]);
    }
    if (d === 0) break;
    i = prevI;
    j = prevJ;
  }
  return pairs.reverse();
}
