/**
 * Agenda items from the masthead, as printed, without the label: "Agenda item 156 (a)" →
 * ["156 (a)"], "议程项目 21(e)" → ["21(e)"], "Items 138 and 139 of the preliminary list**" →
 * ["138", "139"], "Point 40 de l’ordre du jour", "Tema 165 del programa", "Пункт 40 повестки
 * дня", "البند 21 (هـ) من جدول الأعمال". A bare "(b)" after "68 (a) and" becomes "68 (b)".
 */
import type { UnDocument } from "../model/document.js";
import { headLines } from "./head-lines.js";
import { AGENDA_LABEL, foldDigits } from "../conventions/index.js";

/** One item: a number with its sub-item letters ("21(e)", "156 (a)", "3 (b) (ii)"). */
const ITEM = /\d{1,3}(?:\s?\((?:[a-z]{1,4}|[ivx]{1,5}|[\p{Script=Arabic}\u0640]{1,3}|[а-я]{1,2})\))*|\((?:[a-z]{1,4}|[\p{Script=Arabic}\u0640]{1,3}|[а-я]{1,2})\)/giu;
/** Only list separators may stand between items: "138 and 139", "3, 4 et 5", "21 和 22". */
const SEPARATOR = /^\s*(?:,|、|，|and|et|y|и|和|و)?\s*$/iu;

export function readAgendaItems(doc: UnDocument): string[] {
  for (const line of headLines(doc)) {
    const items = agendaItems(line.text);
    if (items.length > 0) return items;
  }
  return [];
}

export function agendaItems(text: string): string[] {
  const t = foldDigits(text.trim());
  const label = AGENDA_LABEL.exec(t);
  if (!label) return [];
  const rest = t.slice(label[0].length);
  const items: string[] = [];
  let end = 0;
  for (const match of rest.matchAll(ITEM)) {
    if (items.length > 0 && !SEPARATOR.test(rest.slice(end, match.index))) break;
    let item = match[0];
    if (item.startsWith("(")) {
      const previous = items[items.length - 1];
      if (previous === undefined) break;
      const number = /^\d+\s?/.exec(previous)![0];
      item = number + item;
    }
    items.push(item);
    end = match.index + match[0].length;
  }
  return items;
}
