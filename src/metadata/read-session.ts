/**
 * The session number from the masthead's session line, in any of the six languages:
 * "Eightieth session" → 80, "Resumed seventy-ninth session" → 79, "Quarante-huitième session",
 * "Cuadragésimo octavo período de sesiones", "Тридцать четвертая сессия", "第六十八届会议",
 * "الدورة الثامنة والستون" → 68. Sessions named by year ("Substantive session of 2024") → null.
 */
import type { UnDocument } from "../model/document.js";
import { headLines } from "./head-lines.js";
import { MAX_SESSION_LINE, readOrdinal, SESSION_HAN, SESSION_ORDINAL_AFTER, SESSION_ORDINAL_BEFORE } from "../conventions/index.js";


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
  const han = SESSION_HAN.exec(text);
  if (han) {
    const value = readOrdinal(han[1]!);
    return value !== null && value > 0 ? value : null;
  }
  const before = SESSION_ORDINAL_BEFORE.exec(text);
  if (before) return longestRun(before[1]!.split(/\s+/), "suffix");
  const after = SESSION_ORDINAL_AFTER.exec(text);
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
