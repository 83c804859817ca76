/**
 * Whether a number typed at the start of a footnote line opens the next note or goes on with the
 * note before: footnote markers run in sequence, so after note 9 broke off mid-sentence
 * ("Report of the World Summit …, Johannesburg, South Africa,") a line "26 August–4 September
 * 2002 (United Nations publication …)" continues note 9 — it is not note 26. A number that is
 * the next marker, or that follows a finished note, opens one.
 */
import { endsSentence } from "./paragraph-breaks.js";

/** `marker` is typed (not raised); `last` is the last numeric marker read; `before` the line above. */
export function opensNextNote(marker: string, last: number | null, before: string | undefined): boolean {
  if (!/^\d+$/.test(marker)) return true;
  if (last !== null && Number(marker) === last + 1) return true;
  return before === undefined || endsSentence(before);
}
