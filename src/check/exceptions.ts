/**
 * The exceptions file (check-exceptions.json): findings that are the source PDF's, not the
 * pipeline's, each with its reason, so they do not count. An entry matches the findings of its
 * rule in its document: on its page, whose text quotes `quote` (words of the block, which stay
 * put when a fix elsewhere renumbers the blocks), or else on its block id (with `block: null`,
 * those about no block); an entry that matches nothing is stale and reported. Example:
 * { "exceptions": [{ "document": "en/A/RES/79/1", "rule": "numbering-sequence", "page": 4,
 *   "quote": "Urges all States", "reason": "the PDF numbers two paragraphs 12 (page 4)" }] }
 */
export interface CheckException {
  document: string;
  rule: string;
  block: string | null;
  page?: number;
  quote?: string;
  reason: string;
}

export class ExceptionsError extends Error {
  override name = "ExceptionsError";
}

const FIELDS = ["document", "rule", "block", "page", "quote", "reason"];

export function parseExceptions(value: unknown, source: string): CheckException[] {
  const fail = (what: string): never => {
    throw new ExceptionsError(`${source}: ${what}`);
  };
  const root = isRecord(value) ? value : fail("must be a JSON object");
  const list = Array.isArray(root["exceptions"]) ? (root["exceptions"] as unknown[]) : fail(`"exceptions" must be an array`);
  return list.map((raw, i) => {
    const where = `exceptions[${i}]`;
    const entry = isRecord(raw) ? raw : fail(`${where} must be an object`);
    for (const key of Object.keys(entry)) if (!FIELDS.includes(key)) fail(`${where}: unknown key "${key}" (allowed: ${FIELDS.join(", ")})`);
    const text = (key: string): string => (typeof entry[key] === "string" && (entry[key] as string).trim() !== "" ? (entry[key] as string) : fail(`${where}.${key} must be a non-empty string, got ${JSON.stringify(entry[key])}`));
    const block = entry["block"] === null || entry["block"] === undefined ? null : text("block");
    const exception: CheckException = { document: text("document"), rule: text("rule"), block, reason: text("reason") };
    if (entry["quote"] !== undefined) {
      exception.quote = text("quote");
      const page = entry["page"];
      exception.page = typeof page === "number" && Number.isInteger(page) && page > 0 ? page : fail(`${where}.page must be a page number beside "quote", got ${JSON.stringify(page)}`);
      if (block !== null) fail(`${where}: give "quote" and "page", or "block", not both`);
    } else if (entry["page"] !== undefined) fail(`${where}: "page" goes with "quote"`);
    return exception;
  });
}

/** The exception that covers a finding, if any. */
export function findException(exceptions: readonly CheckException[], document: string, finding: { rule: string; page: number | null; block: string | null; text: string }): CheckException | null {
  return (
    exceptions.find(
      (e) =>
        e.document === document &&
        e.rule === finding.rule &&
        (e.quote === undefined ? e.block === finding.block : e.page === finding.page && finding.text.includes(e.quote)),
    ) ?? null
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
