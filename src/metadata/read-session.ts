/**
 * The session number from the masthead's session line, in any of the six languages:
 * "Eightieth session" → 80, "Resumed seventy-ninth session" → 79, "Quarante-huitième session",
 * "Cuadragésimo octavo período de sesiones", "Тридцать четвертая сессия", "第六十八届会议",
 * "الدورة الثامنة والستون" → 68. Sessions named by year ("Substantive session of 2024") → null.
 */
import type { UnDocument } from "../model/document.js";
import { headLines } from "./head-lines.js";
import { readOrdinal } from "./read-ordinal.js";

/** A session line is short: a label, not a sentence. */
const MAX_SESSION_LINE = 60;
const HAN_SESSION = /第\s*([〇一二三四五六七八九十零两\d]+)\s*届(?:会议|会)?/u;
/** Words before "session"/"período de sesiones"/"сессия"; words after "الدورة". */
const BEFORE = /^(.+?)\s+(?:session|período(?: extraordinario)? de sesiones|periodo(?: extraordinario)? de sesiones|сессия)(?!\p{L})/iu;
const AFTER = /(?:^|\s)الدورة\s+(.+)$/u;

export function readSession(doc: UnDocument): number | null {
  for (const line of headLines(doc)) {
    const text = line.text.trim();
    if (text.length > MAX_SESSION_LINE) continue;
    const session = sessionNumber(text);
    if (session !== null) return session;
  }
  return null;
}

export function sessionNumber(text: string): number | null {
  const han = HAN_SESSION.exec(text);
  if (han) {
    const value = readOrdinal(han[1]!);
    return value !== null && value > 0 ? value : null;
  }
  const before = BEFORE.exec(text);
  if (before) return longestRun(before[1]!.split(/\s+/), "suffix");
  const after = AFTER.exec(text);
  if (after) return longestRun(after[1]!.split(/\s+/), "prefix");
  return null;
}

/** The longest run of words at the end ("Resumed | seventy-ninth") or start that reads as a number. */
function longestRun(words: string[], side: "suffix" | "prefix"): number | null {
  for (let n = words.length; n > 0; n--) {
    const run = side === "suffix" ? words.slice(words.length - n) : words.slice(0, n);
    const value = readOrdinal(run.join(" "));
    if (value !== null && value > 0) return value;
  }
  return null;
}
