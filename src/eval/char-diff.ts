/**
 * Character diff for showing a paragraph beside its gold text: common prefix and suffix, then an
 * LCS table over what is left (by code point). Past MAX_CELLS the middle is shown as one
 * deletion and one insertion rather than spend the memory.
 * Example: diffChars("abcd", "abxd") → equal "ab", delete "c", insert "x", equal "d".
 */
export interface DiffPart {
  op: "equal" | "delete" | "insert";
  text: string;
}

/** Largest LCS table (cells) computed: 4 million cells = 16 MB. */
export const MAX_CELLS = 4_000_000;

export function diffChars(a: string, b: string): DiffPart[] {
  const x = Array.from(a);
  const y = Array.from(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const parts: DiffPart[] = [];
  push(parts, "equal", x.slice(0, start).join(""));
  const midX = x.slice(start, endX);
  const midY = y.slice(start, endY);
  if ((midX.length + 1) * (midY.length + 1) > MAX_CELLS) {
    push(parts, "delete", midX.join(""));
    push(parts, "insert", midY.join(""));
  } else {
    for (const part of lcsDiff(midX, midY)) push(parts, part.op, part.text);
  }
  push(parts, "equal", x.slice(endX).join(""));
  return parts;
}

function lcsDiff(x: string[], y: string[]): DiffPart[] {
  const n = x.length;
  const m = y.length;
  const width = m + 1;
  // table[i * width + j] = LCS length of x[i..] and y[j..]
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = x[i] === y[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      push(parts, "equal", x[i++]!);
      j++;
    } else if (i < n && (j === m || table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) {
      push(parts, "delete", x[i++]!);
    } else {
      push(parts, "insert", y[j++]!);
    }
  }
  return parts;
}

function push(parts: DiffPart[], op: DiffPart["op"], text: string): void {
  if (text === "") return;
  const last = parts.at(-1);
  if (last !== undefined && last.op === op) last.text += text;
  else parts.push({ op, text });
}
