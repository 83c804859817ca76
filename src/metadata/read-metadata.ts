/**
 * Stage 4, metadata: reads the masthead of page 1 and the closing lines of the last page into
 * `doc.metadata` (symbol, language, job number, distribution, dates, session, agenda items,
 * title, and for resolutions number, adoption date, draft and meeting). Works from the lines
 * stage's lines, whatever their role, or from the raw items when no lines exist.
 * What could not be read is reported as a message, never thrown.
 */
import type { Metadata, UnDocument } from "../model/document.js";
import type { PipelineOptions } from "../options.js";
import { detectLanguage } from "./detect-language.js";
import { readAgendaItems } from "./read-agenda-items.js";
import { readIssued } from "./read-dates.js";
import { readDistribution } from "./read-distribution.js";
import { readJobNumber } from "./read-job-number.js";
import { readOriginalLanguage } from "./read-original-language.js";
import { readResolution } from "./read-resolution.js";
import { readSession } from "./read-session.js";
import { readSymbol } from "./read-symbol.js";
import { readTitle } from "./read-title.js";

/** Fields every UN document prints, with the rule that reads them: a miss is worth a warning. */
const REQUIRED = [
  ["symbol", "read-symbol"],
  ["language", "detect-language"],
  ["issued", "read-dates"],
] as const;

export function readMetadata(doc: UnDocument, _options: PipelineOptions = {}): void {
  const symbol = readSymbol(doc);
  const resolution = readResolution(doc, symbol);
  const metadata: Metadata = {
    symbol,
    language: detectLanguage(doc),
    jobNumber: readJobNumber(doc),
    distribution: readDistribution(doc),
    issued: readIssued(doc),
    originalLanguage: readOriginalLanguage(doc),
    session: readSession(doc),
    agendaItems: readAgendaItems(doc),
    title: resolution.resolution !== null ? resolution.title : readTitle(doc),
    resolution: resolution.resolution,
    adopted: resolution.adopted,
    draft: resolution.draft,
    committee: resolution.committee,
    meeting: resolution.meeting,
  };
  doc.metadata = metadata;
  for (const [field, ruleId] of REQUIRED) {
    if (metadata[field] === null) {
      doc.messages.push({ level: "warning", source: "metadata", ruleId, page: 1, text: `no ${field} found` });
    }
  }
}
