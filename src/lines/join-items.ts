/**
 * Joins the items of one line into text. A gap wider than a space becomes one space, except
 * between CJK characters, where no space ever belongs ("又 认 识 到" → "又认识到", the `-spaced`
 * variant). Superscript items that look like footnote markers become callouts, not text.
 */
import type { LineCallout, TextItem } from "../model/document.js";
import { closeSpreadDigits, repairSpacing } from "./repair-spacing.js";
import { isCjk } from "../conventions/cjk.js";
import { isWhiteSpaceCode } from "../conventions/white-space.js";
import { closeCjkGaps, firstChar, lastChar } from "./script.js";

/** Of the font size: a gap at least this wide between two items is a word space. */
const SPACE_GAP = 0.18;
/** What a superscript must look like to be a footnote callout: digits, asterisks, daggers, a letter. */
const CALLOUT_MARKER = /^(?:\d{1,3}|[*†‡§]{1,3}|[a-z])$/;

export function joinItems(items: readonly TextItem[], superscripts: ReadonlySet<TextItem>): { text: string; callouts: LineCallout[] } {
  let text = "";
  const callouts: LineCallout[] = [];
  let prev: TextItem | null = null;
  for (const item of items) {
    const str = closeSpreadDigits(item.str.replace(/\u00ad/g, ""), item.width, item.size);
    const marker = str.trim();
    if (superscripts.has(item) && CALLOUT_MARKER.test(marker)) {
      callouts.push({ marker, offset: text.length });
      continue;
    }
    if (prev !== null && needsSpace(prev, item, text, str)) text += " ";
    text += str;
    prev = item;
  }
  return normalise(text, callouts);
}

function needsSpace(prev: TextItem, item: TextItem, sofar: string, next: string): boolean {
  // (charCodeAt of an empty string is NaN: not white space, as `\s` does not match "".)
  if (isWhiteSpaceCode(sofar.charCodeAt(sofar.length - 1)) || isWhiteSpaceCode(next.charCodeAt(0))) return false;
  if (isCjk(lastChar(sofar)) && isCjk(firstChar(next))) return false;
  // The distance between the two runs, whichever way the line reads (Arabic runs right to left).
  const gap = Math.max(item.x - (prev.x + prev.width), prev.x - (item.x + item.width));
  return gap >= SPACE_GAP * Math.min(prev.size, item.size);
}

/** Folds runs of white space, trims, and closes gaps between CJK characters; callout offsets follow. */
function normalise(raw: string, callouts: LineCallout[]): { text: string; callouts: LineCallout[] } {
  // The offset map is only needed to move callouts; most lines have none.
  const map: number[] | null = callouts.length > 0 ? [] : null;
  let text = "";
  let afterSpace = true; // drops leading white space
  if (map === null && !needsFolding(raw)) text = raw;
  else for (let i = 0; i < raw.length; i++) {
    map?.push(text.length);
    const ch = raw[i]!;
    if (isWhiteSpaceCode(raw.charCodeAt(i))) {
      if (afterSpace) continue;
      text += " ";
      afterSpace = true;
    } else {
      text += ch;
      afterSpace = false;
    }
  }
  if (map === null) return { text: repairSpacing(closeCjkGaps(text)).trimEnd(), callouts };
  map.push(text.length);
  const closed = closeWithMap(text);
  const trimmedEnd = closed.text.trimEnd();
  return {
    text: trimmedEnd,
    callouts: callouts.map((c) => ({ marker: c.marker, offset: Math.min(closed.map[map[c.offset]!]!, trimmedEnd.length) })),
  };
}

/** Whether folding would change the text: white space first, other than a plain space, or twice in a row. */
function needsFolding(raw: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isWhiteSpaceCode(c)) afterSpace = false;
    else if (afterSpace || c !== 0x20) return true;
    else afterSpace = true;
  }
  return false;
}

/** closeCjkGaps and repairSpacing (both only delete spaces), with an offset map from old to new indices. */
function closeWithMap(text: string): { text: string; map: number[] } {
  const closed = repairSpacing(closeCjkGaps(text));
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i <= text.length; i++) {
    map.push(j);
    if (i < text.length && j < closed.length && text[i] === closed[j]) j++;
  }
  return { text: closed, map };
}
