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
  const groups: Indexed[] = [];
  // The groups by baseline, so an item looks only at the groups near its own baseline (a page
  // of thousands of lines stays near-linear); among those, the first made wins, as before.
  const byY = new SortedGroups();
  const small: TextItem[] = [];
  for (const item of bySize) {
    const reach = BASELINE_TOLERANCE * item.size;
    const group = byY.first(item.y - reach, item.y + reach, (g) => Math.abs(g.y - item.y) <= BASELINE_TOLERANCE * Math.min(g.size, item.size));
    if (group) add(group, item);
    else if (byY.first(item.y - SUPERSCRIPT_MAX_RISE * byY.maxSize, item.y, (g) => isSuperscriptOf(item, g))) small.push(item);
    else byY.insert(newGroup(groups, item));
  }
  for (const item of small) {
    const host = byY
      .all(item.y - SUPERSCRIPT_MAX_RISE * byY.maxSize, item.y, (g) => isSuperscriptOf(item, g))
      .sort((a, b) => a.y - b.y || b.size - a.size)[0];
    if (host) {
      add(host, item);
      host.superscripts.add(item);
    } else {
      byY.insert(newGroup(groups, item));
    }
  }
  for (const group of groups) orderItems(group.items);
  return groups.map(({ y, size, items, superscripts }) => ({ y, size, items, superscripts })).sort((a, b) => b.y - a.y);
}

/** A group with its creation order and horizontal extent kept up to date. */
interface Indexed extends BaselineGroup {
  order: number;
  x0: number;
  x1: number;
}

function newGroup(groups: Indexed[], item: TextItem): Indexed {
  const group = { y: item.y, size: item.size, items: [item], superscripts: new Set<TextItem>(), order: groups.length, x0: item.x, x1: item.x + item.width };
  groups.push(group);
  return group;
}

function add(group: Indexed, item: TextItem): void {
  group.items.push(item);
  group.x0 = Math.min(group.x0, item.x);
  group.x1 = Math.max(group.x1, item.x + item.width);
}

/** Groups sorted by baseline: those whose baseline lies in a range, without looking at the rest. */
class SortedGroups {
  readonly #groups: Indexed[] = [];
  maxSize = 0;

  insert(group: Indexed): void {
    this.#groups.splice(this.#lowerBound(group.y), 0, group);
    this.maxSize = Math.max(this.maxSize, group.size);
  }

  /** The earliest-made group with its baseline in [low, high] that passes `test`. */
  first(low: number, high: number, test: (g: Indexed) => boolean): Indexed | undefined {
    let best: Indexed | undefined;
    for (let k = this.#lowerBound(low); k < this.#groups.length && this.#groups[k]!.y <= high; k++) {
      const g = this.#groups[k]!;
      if ((best === undefined || g.order < best.order) && test(g)) best = g;
    }
    return best;
  }

  /** Every group with its baseline in [low, high] that passes `test`, in the order they were made. */
  all(low: number, high: number, test: (g: Indexed) => boolean): Indexed[] {
    const out: Indexed[] = [];
    for (let k = this.#lowerBound(low); k < this.#groups.length && this.#groups[k]!.y <= high; k++) {
      if (test(this.#groups[k]!)) out.push(this.#groups[k]!);
    }
    return out.sort((a, b) => a.order - b.order);
  }

  #lowerBound(y: number): number {
    let [lo, hi] = [0, this.#groups.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#groups[mid]!.y < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function isSuperscriptOf(item: TextItem, group: Indexed): boolean {
  if (item.size > SUPERSCRIPT_MAX_SIZE * group.size) return false;
  const rise = item.y - group.y;
  if (rise < SUPERSCRIPT_MIN_RISE * group.size || rise > SUPERSCRIPT_MAX_RISE * group.size) return false;
  const reach = SUPERSCRIPT_REACH * group.size;
  return item.x >= group.x0 - reach && item.x <= group.x1 + reach;
}

/**
 * Reading order within a line: left to right, or right to left where most characters are in
 * right-to-left runs (Arabic), so "word1 word2" is not reversed.
 */
export function orderItems(items: TextItem[]): void {
  const rtl = items.reduce((n, i) => n + (i.rtl ? i.str.length : -i.str.length), 0) > 0;
  items.sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x) || a.index - b.index);
}
