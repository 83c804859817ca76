/**
 * Stage 4, repair: mends the text of body and footnote lines once their roles are known and
 * before anything reads them (metadata reads a report's title, segment the paragraphs): words
 * pdf.js split with a fake space ("Conv ention" → "Convention", the document as dictionary) and
 * callouts typed inline ("…in Haiti 1/ and", "сторонами*") moved out of the text.
 */
import type { UnDocument } from "../model/document.js";
import { extractInlineCallouts } from "./inline-callouts.js";
import { rejoinSplitWords } from "./rejoin-split-words.js";

export function repair(doc: UnDocument): void {
  rejoinSplitWords(doc); // "th e" → "the" where the document says so
  extractInlineCallouts(doc); // "1/" and glued "*" callouts out of the text
}
