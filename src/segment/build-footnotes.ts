/**
 * Reads the footnote zones into footnotes: a footnote opens at a line led by a marker (a raised
 * "1", or typed "1/", "*", or a letter the body calls) and runs until the next marker. A zone
 * that opens without a marker continues the last footnote of the previous page if that one broke
 * off mid-sentence, and is an unmarked note (marker "") otherwise ("Note: The following…").
 */
import type { Footnote, Line, UnDocument } from "../model/document.js";
import { FOOTNOTE_MARKER } from "../denoise/mark-footnote-zone.js";
import { joinLines } from "./join-lines.js";
import { endsSentence } from "./paragraph-breaks.js";
import type { Lexicon } from "./dehyphenate.js";

interface Draft {
  marker: string;
  page: number;
  lines: Line[];
}

export function buildFootnotes(doc: UnDocument, lexicon: Lexicon): Footnote[] {
  const called = new Set(doc.pages.flatMap((p) => p.lines.filter((l) => l.role === "body").flatMap((l) => l.callouts.map((c) => c.marker))));
  const drafts: Draft[] = [];
  for (const page of doc.pages) {
    for (const line of page.lines) {
      if (line.role !== "footnote") continue;
      const opened = openFootnote(line, called);
      const last = drafts[drafts.length - 1];
      if (opened) drafts.push({ marker: opened.marker, page: page.number, lines: [opened.line] });
      else if (last && (last.lines.at(-1)?.page === page.number || !endsSentence(last.lines.at(-1)?.text ?? ""))) last.lines.push(line);
      // Text under the rule that continues no note ("Note: The following abbreviations…"): an
      // unmarked note, kept rather than lost or glued to the last note of an earlier page.
      else drafts.push({ marker: "", page: page.number, lines: [line] });
    }
  }
  return drafts.map((d, i) => ({
    id: `f${String(i + 1).padStart(4, "0")}`,
    marker: d.marker,
    text: joinLines(d.lines, lexicon).text,
    page: d.page,
    block: null,
    offset: null,
  }));
}

/** The marker that opens a footnote line, and the line without it. */
function openFootnote(line: Line, called: ReadonlySet<string>): { marker: string; line: Line } | null {
  const lead = line.callouts.find((c) => c.offset === 0);
  if (lead) return { marker: lead.marker, line: { ...line, callouts: line.callouts.filter((c) => c !== lead) } };
  const typed = FOOTNOTE_MARKER.exec(line.text);
  // A typed letter or bare number opens a note only if the body calls it; "1/" and "*" always do
  // (an Italian continuation line may well start "e Diritti Civili…").
  if (typed && (/[/*]/.test(typed[0]) || called.has(typed[0]))) {
    const text = line.text.slice(typed[0].length).trimStart();
    const cut = line.text.length - text.length;
    const callouts = line.callouts.map((c) => ({ marker: c.marker, offset: Math.max(0, c.offset - cut) }));
    return { marker: typed[0].replace(/\/$/, ""), line: { ...line, text, callouts } };
  }
  return null;
}
