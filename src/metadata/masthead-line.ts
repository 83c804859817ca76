/**
 * Whether a line's text belongs to the masthead, by what the readers recognise in it: the
 * symbol, a lone date, "Distr.", "Original:", the session, the agenda items, the organ and
 * body names, a resolution's adoption lines. The title reader starts below the last of these.
 * Example: "Agenda item 155" → true; "Budget performance of the United Nations…" → false.
 */
import { parseDate } from "./parse-date.js";
import { agendaItems } from "./read-agenda-items.js";
import { ADOPTION } from "./read-resolution.js";
import { sessionNumber } from "./read-session.js";
import { asSymbol } from "./read-symbol.js";

const LABELS =
  /^(?:UNITED\s*NATIONS|United Nations|NATIONS|UNIES|Nations Unies|NACIONES|UNIDAS|Naciones Unidas|Организация Объединенных Наций|联合国|الأمم المتحدة|General Assembly|Security Council|Economic and Social Council|Human Rights Council|Assemblée générale|Conseil de sécurité|Conseil économique et social|Conseil des droits de l[’']homme|Asamblea General|Consejo de Seguridad|Consejo Económico y Social|Consejo de Derechos Humanos|Генеральная Ассамблея|Совет Безопасности|Экономический и Социальный Совет|Совет по правам человека|大\s*会|安全理事会|经济及社会理事会|人权理事会|الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|مجلس حقوق الإنسان|[A-Z])$/iu;
const DISTR_OR_ORIGINAL = /(?:^|\s)(?:Distr\b|Original\s*:|Оригинал\s*:|原文\s*[:：]|الأصل\s*:)/iu;

export function isMastheadLine(raw: string): boolean {
  const text = undouble(raw.trim());
  if (text === "") return false;
  if (LABELS.test(text) || DISTR_OR_ORIGINAL.test(text) || ADOPTION.test(text)) return true;
  if (/^\[.*\]$/u.test(text) || asSymbol(text) !== null || parseDate(text) !== null) return true;
  return (text.length <= 60 && sessionNumber(text) !== null) || agendaItems(text).length > 0;
}

/** 1994 PDFs print bold as the word twice: "UNITEDUNITED" → "UNITED". */
function undouble(text: string): string {
  const half = text.length / 2;
  return Number.isInteger(half) && half > 0 && text.slice(0, half) === text.slice(half) ? text.slice(0, half) : text;
}
