/**
 * Page numbers are furniture, never text: a whole block or footnote that is a page number
 * ("3/12", "- 4 -", "Page 5", "7"), or "n/N" inside a text where N is the document's page count
 * ("…Conversion. 59/63", a footer joined into a table note). Either way the number is that of
 * a page the text stands on: a "3" in a chart on page 41 is not page 3's number.
 */
import { matchFurniture } from "../conventions/index.js";
import { excerpt, type CheckedDocument, type Finding, type Rule } from "./rule.js";
import { textPlaces } from "./text-places.js";

const FIRST_NUMBER = /\d+/u;
const PAGE_OF_PAGES = /(?<![\d/.,])(\d{1,4})\s?\/\s?(\d{1,4})(?![\d/])/gu;

export const pageNumberInText: Rule = {
  id: "page-number-in-text",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    for (const place of textPlaces(doc)) {
      const text = place.text.trim();
      const onItsPage = (n: string | undefined): boolean => place.pages.includes(Number(n));
      const whole = place.block?.kind !== "table" && matchFurniture(text)?.role === "page-number" && onItsPage(FIRST_NUMBER.exec(text)?.[0]);
      const inside = [...text.matchAll(PAGE_OF_PAGES)].find((m) => Number(m[2]) === doc.pageCount && onItsPage(m[1]));
      if (!whole && inside === undefined) continue;
      const found = whole ? text : inside![0];
      findings.push({
        page: place.page,
        block: place.id,
        text: `${place.name} holds a page number “${found}”${whole ? "" : ` (page n of ${doc.pageCount}) in “${excerpt(context(text, inside!.index), 50)}”`}`,
        actual: found,
        expected: "furniture",
      });
    }
    return findings;
  },
};

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 20), at + 25);
}
