/**
 * Conservation: every non-white-space character pdf.js extracted ends up in exactly one of body,
 * footnotes or furniture (metadata is read from furniture). Checked in two steps:
 * - per page: characters of the page's items (`charCount`) = characters of its lines' text plus
 *   their removed callout markers; every line has a role; furniture lines of the page = the
 *   page's furniture texts;
 * - per document: body lines = blocks' text plus callouts; footnote lines = footnotes' marker
 *   plus text.
 * A block's printed number moves from its text to `number` and counts there; the two allowed
 * differences: the number's trailing dot ("12." → "12") may go, one per numbered block; the slash
 * of a "1/"-style callout or note marker may go, one per callout and footnote; and a line-end
 * hyphen undone when words are rejoined may go, one per line (or item) that ends in one. Example: page 2 items 1,204 chars, lines
 * 1,201 → "page 2: 3 characters lost between items and lines".
 */
import type { Line, LineRole, UnDocument } from "../model/document.js";
import { countChars } from "../extract/extract-text.js";

export interface ConservationProblem {
  where: "page" | "role" | "body" | "footnotes" | "furniture";
  page: number | null;
  expected: number;
  actual: number;
  message: string;
}

export interface ConservationScore {
  errors: number;
  problems: ConservationProblem[];
  totals: { extracted: number; lines: number; body: number; footnotes: number; furniture: number };
}

const ROLES: ReadonlySet<LineRole> = new Set(["body", "footnote", "furniture"]);
const LINE_END_HYPHEN = /[-\u2010\u00ad]\s*$/u;

export function checkConservation(doc: UnDocument): ConservationScore {
  const problems: ConservationProblem[] = [];
  const byRole = { body: 0, footnote: 0, furniture: 0 };
  const hyphenated = { body: 0, footnote: 0, furniture: 0 }; // lines ending in a hyphen, by role
  let extracted = 0;
  let inLines = 0;
  for (const page of doc.pages) {
    extracted += page.charCount;
    const lineChars = page.lines.reduce((n, line) => n + lineCount(line), 0);
    inLines += lineChars;
    const callouts = page.lines.reduce((n, line) => n + line.callouts.length, 0);
    const allowed = page.items.filter((item) => LINE_END_HYPHEN.test(item.str)).length + callouts;
    const lost = page.charCount - lineChars;
    if (lost < 0 || lost > allowed) {
      problems.push({
        where: "page",
        page: page.number,
        expected: page.charCount,
        actual: lineChars,
        message: `page ${page.number}: pdf.js extracted ${page.charCount} characters, its lines hold ${lineChars} (${describeGap(page.charCount, lineChars)} between items and lines${itemDetail(page.items, page.lines)})`,
      });
    }
    let furnitureLines = 0;
    for (const line of page.lines) {
      if (!ROLES.has(line.role)) {
        problems.push({ where: "role", page: page.number, expected: 0, actual: lineCount(line), message: `page ${page.number}, line ${line.index}: no role (${JSON.stringify(line.role)}) for “${line.text}”` });
        continue;
      }
      byRole[line.role] += lineCount(line);
      if (LINE_END_HYPHEN.test(line.text)) hyphenated[line.role]++;
      if (line.role === "furniture") furnitureLines += lineCount(line);
    }
    const furnitureText = doc.furniture.filter((f) => f.page === page.number).reduce((n, f) => n + countChars(f.text), 0);
    if (!within(furnitureLines, furnitureText, 0)) {
      problems.push({
        where: "furniture",
        page: page.number,
        expected: furnitureLines,
        actual: furnitureText,
        message: `page ${page.number}: furniture lines hold ${furnitureLines} characters, furniture entries ${furnitureText} (${describeGap(furnitureLines, furnitureText)})`,
      });
    }
  }
  const blockChars = doc.blocks.reduce((n, block) => n + blockCount(block), 0);
  const numberDots = doc.blocks.filter((block) => block.number !== null).length;
  if (!within(byRole.body, blockChars, hyphenated.body + numberDots)) {
    problems.push({ where: "body", page: null, expected: byRole.body, actual: blockChars, message: `body lines hold ${byRole.body} characters, blocks ${blockChars} (${describeGap(byRole.body, blockChars)})` });
  }
  const noteChars = doc.footnotes.reduce((n, note) => n + countChars(note.marker) + countChars(note.text), 0);
  if (!within(byRole.footnote, noteChars, hyphenated.footnote + doc.footnotes.length)) {
    problems.push({ where: "footnotes", page: null, expected: byRole.footnote, actual: noteChars, message: `footnote lines hold ${byRole.footnote} characters, footnotes ${noteChars} (${describeGap(byRole.footnote, noteChars)})` });
  }
  const furnitureTotal = doc.furniture.reduce((n, f) => n + countChars(f.text), 0);
  return {
    errors: problems.length,
    problems,
    totals: { extracted, lines: inLines, body: blockChars, footnotes: noteChars, furniture: furnitureTotal },
  };
}

function lineCount(line: Line): number {
  return countChars(line.text) + line.callouts.reduce((n, c) => n + countChars(c.marker), 0);
}

function blockCount(block: UnDocument["blocks"][number]): number {
  const text = block.text.trim() === "" && block.rows !== undefined ? block.rows.flat().join(" ") : block.text;
  const number = block.number === null ? 0 : countChars(block.number);
  return number + countChars(text) + block.callouts.reduce((n, c) => n + countChars(c.marker), 0);
}

/** Actual equals expected, or falls short by at most `allowed` undone hyphens. */
function within(expected: number, actual: number, allowed: number): boolean {
  return actual <= expected && expected - actual <= allowed;
}

function describeGap(expected: number, actual: number): string {
  return expected > actual ? `${expected - actual} lost` : `${actual - expected} duplicated`;
}

function itemDetail(items: UnDocument["pages"][number]["items"], lines: readonly Line[]): string {
  const seen = new Map<number, number>();
  for (const line of lines) for (const item of line.items) seen.set(item.index, (seen.get(item.index) ?? 0) + 1);
  const missing = items.filter((item) => countChars(item.str) > 0 && !seen.has(item.index));
  const twice = [...seen.values()].filter((n) => n > 1).length;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`${missing.length} items in no line, e.g. “${missing[0]!.str}”`);
  if (twice > 0) parts.push(`${twice} items in two lines`);
  return parts.length === 0 ? "" : `; ${parts.join(", ")}`;
}
