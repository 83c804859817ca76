/**
 * Stage 3, denoise: labels every line body, footnote or furniture (GROBID-style zones). Nothing
 * is dropped: furniture goes to `doc.furniture` with page, bbox, role, rule and reason.
 */
import type { UnDocument } from "../model/document.js";
import { markBandFurniture } from "./mark-band-furniture.js";
import { markFootnoteZone } from "./mark-footnote-zone.js";
import { markMasthead } from "./mark-masthead.js";
import { markTaggedArtifacts } from "./mark-tagged-artifacts.js";
import { measurePageLayout } from "../layout/page-layout.js";

export function denoise(doc: UnDocument): void {
  markTaggedArtifacts(doc); // what a tagged PDF already calls /Artifact
  markBandFurniture(doc); // page numbers, job numbers, barcodes, running headers and footers
  markMasthead(doc); // page-1 masthead and a resolution's adoption lines
  doc.layout = measurePageLayout(doc); // body size, leading, margins: once, for every stage after
  markFootnoteZone(doc); // the footnote zone at the foot of each page
  doc.furniture.sort((a, b) => a.page - b.page || b.bbox[1] - a.bbox[1] || a.bbox[0] - b.bbox[0]);
}
