/**
 * Text set in a box narrower than the text column (issue 9: the "Model strategy" boxes of
 * A/C.3/80/L.8, justified to their own edge and in bold): its full lines end together short of
 * the page's edge, and must not each read as a paragraph's short last line (or, in bold, a
 * heading). The test builds the page that shows the class and fails without the fix.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentPages as run, type ItemSpec } from "./stages/build.js";

const MARGIN = 123;
const RIGHT = 488;
const PITCH = 12;

/** Justified lines from y down at x, ending at `right` but the last. */
function column(y: number, x: number, right: number, texts: readonly string[], font = "f1"): ItemSpec[] {
  return texts.map((str, i) => ({ str, x, y: y - i * PITCH, size: 10, font, width: i === texts.length - 1 ? (right - x) / 2 : right - x }));
}

const PROSE = [
  "Support should also be provided to family members of prisoners to help them cope with",
  "practical, emotional and interpersonal issues relating to the release of offenders from",
  "prison, including through initiatives to support family members of prisoners with",
  "substance abuse disorders and initiatives that involve the families of offenders.",
];

const BOX = [
  "States should invest in making programmes aimed at addressing the",
  "causes of offending available both to offenders subject to non-custodial",
  "measures and to those serving prison sentences; in addition,",
  "programmes in correctional facilities should be aimed at increasing the",
  "social reintegration prospects of offenders upon release.",
];

test("a box justified to its own narrower edge reads as one paragraph, not a block (or bold heading) per line", () => {
  const d = run([
    [
      ...column(700, MARGIN, RIGHT, PROSE),
      ...column(640, MARGIN, RIGHT, PROSE),
      { str: "Model strategy No. 8", x: 147, y: 590, size: 10, font: "f2", width: 95 },
      // Bold, with one line in bold italic (a word set in italics moves the line's font).
      ...column(572, 147, 465, BOX, "f2").map((item, i) => (i === 1 ? { ...item, font: "f8" } : item)),
      ...column(490, MARGIN, RIGHT, PROSE),
    ],
  ]);
  const box = d.blocks.filter((b) => /States should|causes of|measures and|programmes in|social reint/.test(b.text));
  assert.deepEqual(
    box.map((b) => [b.kind, b.text]),
    [["paragraph", BOX.join(" ")]],
  );
  // The prose around it still breaks where its paragraphs end.
  assert.equal(d.blocks.filter((b) => b.text === PROSE.join(" ")).length, 3);
});

test("a line that stops short only because the next word would not fit goes on; one that left room ends its paragraph", () => {
  // Justified to 488, but two lines of the first paragraph stop 10 and 17 pt short (not together: no box): "access" and
  // "protect" are wider than that, so the lines wrapped there. The second paragraph's first line
  // stops 90 pt short, room enough for "and": the author ended it there.
  const line = (str: string, y: number, right: number): ItemSpec => ({ str, x: MARGIN, y, size: 10, font: "f1", width: right - MARGIN });
  const d = run([
    [
      ...column(720, MARGIN, RIGHT, PROSE),
      line("The objective, to which this subprogramme contributes, is to ensure that refugees have", 660, 478),
      line("access to basic and public service infrastructure in safe and sustainable camp that", 648, 471),
      line("protect their health and dignity.", 636, 300),
      line("Statistics on the services provided in the camps, broken down by", 612, 398),
      line("and for the period under review, are set out in the annex.", 600, 380),
      ...column(570, MARGIN, RIGHT, PROSE),
    ],
  ]);
  assert.deepEqual(
    d.blocks.filter((b) => !b.text.startsWith("Support")).map((b) => b.text.slice(0, 30)),
    ["The objective, to which this s", "Statistics on the services pro", "and for the period under revie"],
  );
});

test("a figure's title over its chart at a page's foot does not run on into the next page's first line", () => {
  // Page 1's text stops at the figure's title, 180 pt above where text ends on full pages (the
  // chart below it is graphics); page 2 opens with a bold result heading in body type.
  const title = "Performance measure: number of additional seats available for meeting and collaboration (cumulative)";
  // Full pages of distinct prose (repeated text at one place on every page would be a running header).
  const prose = (page: number, y: number, count: number): ItemSpec[] =>
    Array.from({ length: count }, (_, i) => ({
      str: `Line ${i + 1} of page ${page}: the subprogramme reports on its deliverables, results and lessons${i % 5 === 4 ? "." : ""}`,
      x: MARGIN,
      y: y - i * PITCH,
      size: 10,
      font: "f1",
      width: i % 5 === 4 ? 200 : RIGHT - MARGIN,
    }));
  const d = run([
    [...prose(1, 700, 30), { str: "Figure 29D.IX", x: 60, y: 320, size: 10, font: "f1", width: 60 }, { str: title, x: 60, y: 308, size: 10, font: "f2", width: 460 }],
    [
      { str: "Result 2: United Nations personnel in Kenya and the region receive smooth host", x: MARGIN, y: 707, size: 10, font: "f2", width: RIGHT - MARGIN },
      { str: "country services", x: MARGIN, y: 695, size: 10, font: "f2", width: 73 },
      ...prose(2, 670, 50),
    ],
    prose(3, 700, 52),
  ]);
  assert.equal(d.blocks.find((b) => b.text.startsWith("Performance measure"))?.text, title);
  assert.ok(d.blocks.some((b) => b.text.startsWith("Result 2: United Nations personnel")));
});
