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
import { firstPageLines, headLines, lastPageLines, RESOLUTION_TITLE } from "./head-lines.js";
import { findDate, parseDate } from "./parse-date.js";
import { asSymbol } from "./read-symbol.js";
import { joinLines, tidy } from "./text.js";

export interface ResolutionFields {
  resolution: string | null;
  title: string | null;
  adopted: string | null;
  draft: string | null;
  meeting: string | null;
}

/** The adoption line, in the six languages, in its 1994 capitals and its current case. */
export const ADOPTION =
  /(?:resolution adopted by|r[ée]solution adopt[ée]e par|resoluci[óo]n aprobada por|резолюция,? принятая|قرار اتخذته|大会决议$|大会通过的决议|^adopted by the Security Council|^adoptée par le Conseil de sécurité|^aprobada por el Consejo de Seguridad|^принята Советом Безопасности|^安全理事会.*通过|^اتخذه مجلس الأمن)/iu;
/** The meeting named in a Security Council adoption line: "at its 9520th meeting, on 14 December 2023". */
const COUNCIL_MEETING = /(?:at its|à sa|en su|на своем|на его)\s+(\d{1,5}\s*(?:st|nd|rd|th|e|ª|-м)?\s+(?:meeting|séance|sesión|заседании))|(第\s*\d{1,5}\s*次会议)|(?:في جلسته)\s+(\d{1,5})/iu;
/** "[without reference to a Main Committee (…)]": the symbol in it is the draft adopted. */
const WITHOUT_REFERENCE = /(?:without reference to a Main Committee|sans renvoi à une grande commission|sin remisi[óo]n previa a una Comisi[óo]n Principal|sin remisi[óo]n a una Comisi[óo]n Principal|без передачи в главный комитет|未经发交主要委员会|دون الإحالة إلى لجنة رئيسية)/iu;
/** Closing line: "25th plenary meeting", "85e séance plénière", "92ª sesión plenaria", "25-е пленарное заседание", "第25次全体会议", "الجلسة العامة 25". */
const MEETING = /^(?:\d{1,3}\s*(?:st|nd|rd|th|e|re|ème|ª|a|º|-е|-e)?\s+(?:plenary meeting|séance plénière|sesión plenaria|пленарное заседание)|第\s*\d{1,3}\s*次全体会议|الجلسة العامة\s+\d{1,3})$/iu;
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
  const adoptionLine = head.find((l) => ADOPTION.test(l.text.trim()));
  const isResolution = (symbol !== null && /\/RES\//.test(symbol)) || adoptionLine !== undefined;
  const empty: ResolutionFields = { resolution: null, title: null, adopted: null, draft: null, meeting: null };
  if (!isResolution) return empty;
  const titled = readTitleLine(firstPageLines(doc));
  const closing = readClosing(lastPageLines(doc));
  const fromSymbol = symbol === null ? null : (/\/RES\/(\d{1,3}\/\d{1,4}(?: ?[A-Z])?|\d{1,5} \(\d{4}\))$/.exec(symbol)?.[1] ?? null);
  const councilMeeting = adoptionLine ? COUNCIL_MEETING.exec(adoptionLine.text) : null;
  return {
    resolution: titled?.resolution ?? fromSymbol,
    title: titled?.title ?? null,
    adopted: (adoptionLine ? findDate(adoptionLine.text)?.iso : undefined) ?? closing.date,
    draft: readDraft(head),
    meeting: closing.meeting ?? (councilMeeting ? tidy(councilMeeting[1] ?? councilMeeting[2] ?? councilMeeting[3]!) : null),
  };
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

/** The bracketed line under the adoption line, which may wrap; its last "(symbol)" is the draft. */
function readDraft(head: Line[]): string | null {
  const start = head.findIndex((l) => l.text.trim().startsWith("["));
  if (start < 0) return null;
  const parts: string[] = [];
  for (const line of head.slice(start)) {
    parts.push(line.text.trim());
    if (line.text.includes("]")) break;
  }
  const bracket = parts.join(" ");
  if (!WITHOUT_REFERENCE.test(bracket)) return null;
  const symbols = [...bracket.matchAll(/\(([^()]+)\)/g)].map((m) => asSymbol(m[1]!)).filter((s) => s !== null);
  return symbols[symbols.length - 1] ?? null;
}

/** The closing meeting line and the date printed next to it ("2013年10月3日" / "第25次全体会议"). */
function readClosing(lines: Line[]): { meeting: string | null; date: string | null } {
  const tail = lines.slice(-CLOSING_REACH);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!;
    const text = tidy(line.text);
    if (!MEETING.test(text)) continue;
    const near = tail.filter((l) => l !== line && Math.abs(l.bbox[1] - line.bbox[1]) <= CLOSING_GAP * line.size);
    const date = near.map((l) => parseDate(l.text)).find((d) => d !== null) ?? null;
    return { meeting: text, date };
  }
  return { meeting: null, date: null };
}
