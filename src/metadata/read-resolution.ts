/**
 * A resolution's own metadata: its number and title from the title line ("68/4. 国际移徙…",
 * "48/161. The situation in Central America:" + indented continuation lines), the draft from
 * "[without reference to a Main Committee (A/68/L.5)]" / "[未经发交主要委员会而通过(A/68/L.5)]",
 * the adoption date from "Resolution adopted by the General Assembly on 3 October 2013" /
 * "2013年10月3日大会决议" or else the closing date line, and the meeting as printed on the
 * closing line ("25th plenary meeting", "第25次全体会议"). Security Council resolutions
 * ("S/RES/2719 (2023)") print their meeting and date in one line: "Adopted by the Security
 * Council at its 9520th meeting, on 14 December 2023".
 */
import type { Line, UnDocument } from "../model/document.js";
import {
  adoptionDateLine,
  asSymbol,
  CLOSING_MEETING,
  committeeOfBracket,
  COUNCIL_MEETING,
  findDate,
  isAdoptionLine,
  parseDate,
  RESOLUTION_IN_SYMBOL,
  RESOLUTION_TITLE,
  WITHOUT_REFERENCE,
} from "../conventions/index.js";
import { firstPageLines, headLines, lastPageLines } from "./head-lines.js";
import { joinLines, tidy } from "./text.js";

export interface ResolutionFields {
  resolution: string | null;
  title: string | null;
  adopted: string | null;
  draft: string | null;
  committee: string | null;
  meeting: string | null;
}

/** Closing lines stand among the last lines of the last page. */
const CLOSING_REACH = 25;
/** Of the font size: title continuation lines follow at most this far below the previous line… */
const TITLE_LINE_GAP = 1.8;
/** …and are indented past the resolution number by at least this much (hanging indent). */
const TITLE_INDENT = 0.5;
/** Of the font size: the closing date stands within this distance of the meeting line. */
const CLOSING_GAP = 3;

export function readResolution(doc: UnDocument, symbol: string | null): ResolutionFields {
  const head = headLines(doc);
  const adoptionIndex = head.findIndex((l) => isAdoptionLine(l.text));
  const adoptionLine = head[adoptionIndex];
  const isResolution = (symbol !== null && /\/RES\//.test(symbol)) || adoptionLine !== undefined;
  const empty: ResolutionFields = { resolution: null, title: null, adopted: null, draft: null, committee: null, meeting: null };
  if (!isResolution) return empty;
  const bracket = adoptionBracket(head);
  const titled = readTitleLine(firstPageLines(doc));
  const closing = readClosing(lastPageLines(doc));
  const fromSymbol = symbol === null ? null : (RESOLUTION_IN_SYMBOL.exec(symbol)?.[1] ?? null);
  const councilMeeting = adoptionLine ? COUNCIL_MEETING.exec(adoptionLine.text) : null;
  return {
    resolution: titled?.resolution ?? fromSymbol,
    title: titled?.title ?? null,
    adopted: adoptionDate(head, adoptionIndex) ?? closing.date,
    draft: readDraft(bracket),
    committee: bracket === null ? null : committeeOfBracket(bracket),
    meeting: closing.meeting ?? (councilMeeting ? tidy(councilMeeting[1] ?? councilMeeting[2] ?? councilMeeting[3]!) : null),
  };
}

/** The date on the adoption line, or on the line under it ("Resolution adopted by the General Assembly" / "on 4 December 2024"). */
function adoptionDate(head: Line[], index: number): string | null {
  const line = head[index];
  if (line === undefined) return null;
  const next = head[index + 1];
  return findDate(line.text)?.iso ?? (next === undefined ? null : adoptionDateLine(next.text));
}

/** "68/4. 国际移徙与发展高级别对话宣言" and the indented lines that continue it. */
function readTitleLine(lines: Line[]): { resolution: string; title: string } | null {
  const start = lines.findIndex((l) => RESOLUTION_TITLE.test(l.text.trim()));
  if (start < 0) return null;
  const first = lines[start]!;
  const match = RESOLUTION_TITLE.exec(first.text.trim())!;
  const parts = [match[2]!];
  let prev = first;
  for (const line of lines.slice(start + 1)) {
    const gap = prev.bbox[1] - line.bbox[1];
    if (gap > TITLE_LINE_GAP * prev.size || line.bbox[0] < first.bbox[0] + TITLE_INDENT * first.size) break;
    if (/[,，]$/.test(line.text.trim())) break;
    parts.push(line.text);
    prev = line;
  }
  return { resolution: match[1]!, title: joinLines(parts).replace(/[*†]+$/u, "") };
}

/** The bracketed line under the adoption line, joined when it wraps. */
function adoptionBracket(head: Line[]): string | null {
  const start = head.findIndex((l) => l.text.trim().startsWith("["));
  if (start < 0) return null;
  const parts: string[] = [];
  for (const line of head.slice(start)) {
    parts.push(line.text);
    if (line.text.includes("]")) break;
  }
  return joinLines(parts);
}

/** "[without reference to a Main Committee (A/68/L.5)]": its last "(symbol)" is the draft. */
function readDraft(bracket: string | null): string | null {
  if (bracket === null || !WITHOUT_REFERENCE.test(bracket)) return null;
  const symbols = [...bracket.matchAll(/\(([^()]+)\)/g)].map((m) => asSymbol(m[1]!)).filter((s) => s !== null);
  return symbols[symbols.length - 1] ?? null;
}

/** The closing meeting line and the date printed next to it ("2013年10月3日" / "第25次全体会议"). */
function readClosing(lines: Line[]): { meeting: string | null; date: string | null } {
  const tail = lines.slice(-CLOSING_REACH);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!;
    const text = tidy(line.text);
    if (!CLOSING_MEETING.test(text)) continue;
    const near = tail.filter((l) => l !== line && Math.abs(l.bbox[1] - line.bbox[1]) <= CLOSING_GAP * line.size);
    const date = near.map((l) => parseDate(l.text)).find((d) => d !== null) ?? null;
    return { meeting: text, date };
  }
  return { meeting: null, date: null };
}
