/**
 * The date of issue: the first masthead line that is nothing but a date, in whichever language
 * it is printed ("21 January 2014" in a Chinese document, "16 novembre 2009",
 * "11 de mayo de 1994", "2014年1月21日") → ISO 8601. Session dates such as "4–15 November 2019"
 * are ranges, not dates, and are skipped.
 */
import type { UnDocument } from "../model/document.js";
import { headLines } from "./head-lines.js";
import { parseDate } from "../conventions/dates.js";

export function readIssued(doc: UnDocument): string | null {
  for (const line of headLines(doc)) {
    const date = parseDate(line.text);
    if (date !== null) return date;
  }
  return null;
}
