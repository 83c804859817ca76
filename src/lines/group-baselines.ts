/**
 * Groups items that share a baseline, and attaches superscripts (smaller, raised items such as
 * the footnote callout "1" after "公约》") to the line they sit on.
 */
import type { TextItem } from "../model/document.js";

/** Of the font size: baselines closer than this are one line. */
const BASELINE_TOLERANCE = 0.25;
/** A superscript is at most this fraction of its line's font size… */
const SUPERSCRIPT_MAX_SIZE = 0.85;
/** …and its baseline rises by at least this much (of the line's size) above the line's baseline… */
const SUPERSCRIPT_MIN_RISE = 0.12;
/** …and at most this much. */
const SUPERSCRIPT_MAX_RISE = 0.75;
/** Of the line's size: how far left/right of the line's extent a superscript may stand. */
const SUPERSCRIPT_REACH = 3;

export interface BaselineGroup {
  y: number;
  size: number;
  items: TextItem[];
  superscripts: Set<TextItem>;
}

export function groupBaselines(items: readonly TextItem[]): BaselineGroup[] {
  const bySize = [...items].sort((a, b) => b.size - a.size || b.y - a.y || a.x - b.x);
  const groups: BaselineGroup[] = [];
  const small: TextItem[] = [];
  for (const item of bySize) {
    const group = groups.find((g) => Math.abs(g.y - item.y) <= BASELINE_TOLERANCE * Math.min(g.size, item.size));
    if (group) group.items.push(item);
    else if (groups.some((g) => isSuperscriptOf(item, g))) small.push(item);
    else groups.push({ y: item.y, size: item.size, items: [item], superscripts: new Set() });
  }
  for (const item of small) {
    const host = groups
      .filter((g) => isSuperscriptOf(item, g))
      .sort((a, b) => a.y - b.y || b.size - a.size)[0];
    if (host) {
      host.items.push(item);
      host.superscripts.add(item);
    } else {
      groups.push({ y: item.y, size: item.size, items: [item], superscripts: new Set() });
    }
  }
  for (const group of groups) orderItems(group.items);
  return groups.sort((a, b) => b.y - a.y);
}

function isSuperscriptOf(item: TextItem, group: BaselineGroup): boolean {
  if (item.size > SUPERSCRIPT_MAX_SIZE * group.size) return false;
  const rise = item.y - group.y;
  if (rise < SUPERSCRIPT_MIN_RISE * group.size || rise > SUPERSCRIPT_MAX_RISE * group.size) return false;
  const x0 = Math.min(...group.items.map((i) => i.x));
  const x1 = Math.max(...group.items.map((i) => i.x + i.width));
  const reach = SUPERSCRIPT_REACH * group.size;
  return item.x >= x0 - reach && item.x <= x1 + reach;
}

/**
 * Reading order within a line: left to right, or right to left where most characters are in
 * right-to-left runs (Arabic), so "word1 word2" is not reversed.
 */
export function orderItems(items: TextItem[]): void {
  const rtl = items.reduce((n, i) => n + (i.rtl ? i.str.length : -i.str.length), 0) > 0;
  items.sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x) || a.index - b.index);
}
