/**
 * Job numbers are furniture, never text: a whole block or footnote that is one ("24-22871 (E)",
 * "GE.19-13879"), or the document's own job number inside a text (a page-1 footer joined into
 * the last footnote: "… para. 5. 24-22871").
 */
import { matchFurniture } from "../conventions/index.js";
import { excerpt, type CheckedDocument, type Finding, type Rule } from "./rule.js";
import { textPlaces } from "./text-places.js";

const JOB_ROLES: ReadonlySet<string> = new Set(["job-number", "running-footer", "barcode"]);

export const jobNumberInText: Rule = {
  id: "job-number-in-text",
  run(doc: CheckedDocument): Finding[] {
    const findings: Finding[] = [];
    const own = doc.metadata.jobNumber;
    for (const place of textPlaces(doc)) {
      const text = place.text.trim();
      const rule = place.block?.kind === "table" ? null : matchFurniture(text);
      const whole = rule !== null && JOB_ROLES.has(rule.role);
      const inside = own !== null && own.length > 0 && text.includes(own);
      if (!whole && !inside) continue;
      findings.push({
        page: place.page,
        block: place.id,
        text: whole ? `${place.name} is furniture (${rule!.reason}): “${excerpt(text)}”` : `${place.name} holds the document's job number ${own}: “${excerpt(text)}”`,
        actual: whole ? excerpt(text) : own!,
        expected: "furniture",
      });
    }
    return findings;
  },
};
