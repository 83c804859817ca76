/**
 * Reads the footnote zones into footnotes: a footnote opens at a line led by a marker (a raised
 * "1", or typed "1/", "*", or a letter the body calls) and runs until the next marker. A zone
 * that opens without a marker continues the last footnote of the previous page if that one broke
 * off mid-sentence, and is an unmarked note (marker "") otherwise ("Note: The following…").
 * A typed number opens a note only in sequence (footnote-sequence.ts).
 */
import type { Footnote, Line, UnDocument } from "../model/document.js";
import { FOOTNOTE_MARKER } from "../denoise/mark-footnote-zone.js";
import { joinLines } from "./join-lines.js";
import { endsSentence } from "./paragraph-breaks.js";
import { opensNextNote } from "./footnote-sequence.js";
import type { NotePlace } from "./table-note.js";
import type { Lexicon } from "./dehyphenate.js";

interface Draft {
  marker: string;
  page: number;
  lines: Line[];
}

/** The footnotes, and where each one's first line stands on its page. */
export function buildFootnotes(doc: UnDocument, lexicon: Lexicon): { footnotes: Footnote[]; places: Map<Footnote, NotePlace> } {
  const called = new Set(doc.pages.flatMap((p) => p.lines.filter((l) => l.role === "body").flatMap((l) => l.callouts.map((c) => c.marker))));
  const drafts: Draft[] = [];
  let lastNumber: number | null = null;
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (line.role !== "footnote") continue;
      const last = drafts[drafts.length - 1];
      const opened = openFootnote(line, called, lastNumber, last?.lines.at(-1)?.text);
      if (opened && /^\d+$/.test(opened.marker)) lastNumber = Number(opened.marker);
      if (opened) drafts.push({ marker: opened.marker, page: page.number, lines: [opened.line] });
      else if (last && (last.lines.at(-1)?.page === page.number || !endsSentence(last.lines.at(-1)?.text ?? ""))) last.lines.push(line);
      // Text under the rule that continues no note ("Note: The following abbreviations…"): an
      // unmarked note, kept rather than lost or glued to the last note of an earlier page.
      else drafts.push({ marker: "", page: page.number, lines: [line] });
    }
  }
  const places = new Map<Footnote, NotePlace>();
  const footnotes = drafts.map((d, i) => {
    const note: Footnote = {
      id: `f${String(i + 1).padStart(4, "0")}`,
      marker: d.marker,
      text: joinLines(d.lines, lexicon).text,
      page: d.page,
      block: null,
      offset: null,
    };
    const first = d.lines[0]!;
    places.set(note, { page: first.page, top: first.bbox[3], size: first.size });
    return note;
  });
  return { footnotes, places };
}

/** The marker that opens a footnote line, and the line without it. */
function openFootnote(line: Line, called: ReadonlySet<string>, lastNumber: number | null, before: string | undefined): { marker: string; line: Line } | null {
  const lead = line.callouts.find((c) => c.offset === 0);
  if (lead) return { marker: lead.marker, line: { ...line, callouts: line.callouts.filter((c) => c !== lead) } };
  const typed = FOOTNOTE_MARKER.exec(line.text);
  // A typed letter or bare number opens a note only if the body calls it; "1/" and "*" always do
  // (an Italian continuation line may well start "e Diritti Civili…").
  if (typed && (/[/*]/.test(typed[0]) || (called.has(typed[0]) && opensNextNote(typed[0], lastNumber, before)))) {
    const text = line.text.slice(typed[0].length).trimStart();
    const cut = line.text.length - text.length;
    const callouts = line.callouts.map((c) => ({ marker: c.marker, offset: Math.max(0, c.offset - cut) }));
    return { marker: typed[0].replace(/\/$/, ""), line: { ...line, text, callouts } };
  }
  return null;
}
