/**
 * Which lines made which block (or footnote), for drawing it page by page: blocks keep one
 * bounding box over all their pages, so the inspector finds each block's lines again. Blocks are
 * consecutive runs of body lines in reading order, and their characters are the lines' characters
 * (the conservation check holds), so lines are dealt out in order: a line goes to the current unit
 * while that unit is on the line's page and still has at least half the line's characters to
 * take; otherwise to the next. Per-unit budgets absorb the characters a unit may drop (a number's
 * trailing dot, an undone hyphen) without carrying the difference into the units after it.
 * Example: lines "1. 认识到…" "…的一" "个多层面…" with blocks ¶1 (budget 80) → all three to ¶1.
 */
import type { Line } from "../model/document.js";
import { countChars } from "../extract/extract-text.js";

export interface LineUnit {
  /** Non-white-space characters of the unit (text, printed number, callout and note markers). */
  size: number;
  /** Whether the unit can have a line on this page. */
  onPage(page: number): boolean;
}

/** Characters a line holds, its removed callouts included (as the conservation check counts them). */
function lineSize(line: Line): number {
  return countChars(line.text) + line.callouts.reduce((n, c) => n + countChars(c.marker), 0);
}

/** For each unit, the lines dealt to it (in order); `lines` in reading order. */
export function assignLines(lines: readonly Line[], units: readonly LineUnit[]): Line[][] {
  const out: Line[][] = units.map(() => []);
  let k = 0;
  let used = 0;
  for (const line of lines) {
    const n = lineSize(line);
    while (k < units.length - 1 && shouldAdvance(units[k]!, line.page, used, n)) {
      k++;
      used = 0;
    }
    if (units.length === 0) break;
    out[k]!.push(line);
    used += n;
  }
  return out;
}

function shouldAdvance(unit: LineUnit, page: number, used: number, n: number): boolean {
  if (!unit.onPage(page)) return true;
  return used > 0 && unit.size - used < n / 2;
}
