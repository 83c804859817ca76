/**
 * Converts string offsets to unist points (1-based line and column, 0-based offset), as
 * vfile-location does: "a\nb", offset 2 → line 2, column 1.
 */
import type { Point, Position } from "unist";

export type Locate = (start: number, end: number) => Position;

export function locator(text: string): Locate {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const point = (offset: number): Point => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset };
  };
  return (start, end) => ({ start: point(start), end: point(end) });
}
