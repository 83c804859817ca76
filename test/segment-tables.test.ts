/**
 * Tables read as paragraphs (issue 9, the split-paragraph findings of reports and budget
 * sections): a results framework or a table of outputs set wider than the text column, whose
 * cells wrap over several lines. Each test builds the page that shows the class.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentPages as run, type ItemSpec } from "./stages/build.js";

/** A report's page: body 10 pt on a 12 pt pitch, text column x 123–488; tables run 60–530. */
const MARGIN = 123;
const RIGHT = 488;
const PITCH = 12;
const TABLE_LEFT = 60;
const SECOND_COLUMN = 263;
const TABLE_RIGHT = 530;
/** Widths of a ragged column's lines at x 313: none ends with the full lines at 530. */
const RAGGED = [190, 205, 200, 225, 185];

/** Full lines of a justified paragraph from y down, the last one short. */
function paragraph(y: number, texts: readonly string[]): ItemSpec[] {
  return texts.map((str, i) => ({
    str,
    x: MARGIN,
    y: y - i * PITCH,
    size: 10,
    width: i === texts.length - 1 ? 200 : RIGHT - MARGIN,
  }));
}

/** A two-column row: the left cell's lines from y down, the right cell on the first line. */
function row(y: number, left: readonly string[], right: string): ItemSpec[] {
  return [
    ...left.map((str, i) => ({
      str,
      x: TABLE_LEFT,
      y: y - i * PITCH,
      size: 10,
      width: Math.min(SECOND_COLUMN - TABLE_LEFT - 20, str.length * 4.6),
    })),
    {
      str: right,
      x: SECOND_COLUMN,
      y,
      size: 10,
      width: TABLE_RIGHT - SECOND_COLUMN,
    },
  ];
}

/** A page of ordinary justified text, so the document measures as justified. */
function textPage(): ItemSpec[] {
  const full = (n: number): string =>
    `Paragraph line ${n} of the report sets out the resources proposed for the period and`;
  return [
    ...paragraph(640, [1, 2, 3, 4].map(full).concat("the related outputs.")),
    ...paragraph(560, [5, 6, 7, 8].map(full).concat("the related outputs.")),
  ];
}

const PROSE = [
  "The liquidation entails providing rapid, effective, efficient and responsible",
  "services to support the liquidation through the delivery of related outputs. The range of",
  "support encompassed the implementation of conduct and discipline, personnel",
  "administration, financial management services, healthcare, maintenance of office and",
  "accommodation facilities and provision of security services.",
];

/** A page of justified prose above a wider two-column table whose left cells wrap. */
function reportPage(): ItemSpec[] {
  return [
    ...paragraph(640, PROSE),
    ...row(
      560,
      [
        "1.1.1 Percentage of approved flight hours",
        "utilized (excluding search and rescue)",
      ],
      "33.5 per cent utilized, attributable to early closure",
    ),
    ...row(
      530,
      [
        "1.1.2 Completion of the physical",
        "verification of total property holdings",
      ],
      "Achieved. The verification activities were completed on time",
    ),
    ...row(
      500,
      ["1.1.3 Management and transportation of", "up to 26,970 tons of cargo"],
      "Achieved. A total of 88,939 tons of cargo were transported",
    ),
    ...row(
      470,
      [
        "1.1.4 All written-off materials are",
        "disposed of as per the recommended",
        "methods and in accordance with the related",
        "applicable administrative guidelines",
      ],
      "Achieved. All materials were disposed of as recommended",
    ),
  ];
}

test("a justified paragraph stays one block on a page whose text edge is set by a wider table", () => {
  const d = run([reportPage(), textPage()]);
  const prose = d.blocks.filter((b) => b.text.includes("liquidation entails"));
  assert.equal(prose.length, 1);
  assert.equal(prose[0]!.text, PROSE.join(" "));
});

test("the last row's wrapped cell lines stay in the table, not paragraphs of their own", () => {
  const d = run([reportPage(), textPage()]);
  // (The rows above may join the same table: "1.1.3 …" is a row of cells right under a table line.)
  const last = d.blocks.find((b) => b.text.includes("1.1.4 All written-off"));
  assert.equal(last?.kind, "table");
  assert.match(
    last!.text,
    /disposed of as per the recommended\nmethods and in accordance with the related\napplicable administrative guidelines$/,
  );
  assert.deepEqual(
    d.blocks.filter((b) => /^(?:disposed|methods|applicable)/.test(b.text)),
    [],
  );
});

for (const [proseLines, what] of [
  [6, "on a page of mostly ragged lines"],
  [12, "on a page of mostly justified lines"],
] as const) {
  test(`a ragged column right of the page's middle reads as running text, not a block per line, ${what}`, () => {
    // Indicators of achievement in the right column of a results framework, under a justified
    // paragraph set across the page: each indicator one block, whatever its lines' ragged ends.
    const numbers = Array.from({ length: proseLines }, (_, i) => i + 1);
    const wide = (n: number): string =>
      `Line ${n} of the justified introduction to the results framework sets out the mission's`;
    const prose: ItemSpec[] = numbers.map((n, i) => ({
      str: n === proseLines ? "expected accomplishments." : wide(n),
      x: TABLE_LEFT,
      y: 740 - i * PITCH,
      size: 10,
      width: n === proseLines ? 120 : TABLE_RIGHT - TABLE_LEFT,
    }));
    const indicator = (y: number, texts: readonly string[]): ItemSpec[] =>
      texts.map((str, i) => ({
        str,
        x: 313,
        y: y - i * PITCH,
        size: 10,
        width: RAGGED[i % RAGGED.length]!,
      }));
    const d = run([
      [
        ...prose,
        ...indicator(580, [
          "1.1.9 Liaison services requests received and",
          "processed to the point of host Government",
          "approval within 20 working days (2022/23: not",
          "applicable; 2023/24: 100 per cent; 2024/25:",
          "100 per cent; 2025/26: 100 per cent)",
        ]),
        ...indicator(500, [
          "1.1.10 Monitoring of the compliance with the",
          "requirement to purchase tickets 16 calendar",
          "days in advance of travel (2022/23: 46 per",
          "cent; 2023/24: 75 per cent)",
        ]),
      ],
      textPage(),
    ]);
    const items = d.blocks.filter(
      (b) =>
        b.pages.includes(1) &&
        /^(?:1\.1\.|processed|approval|applicable|100 per|requirement|days|cent)/.test(
          b.text,
        ),
    );
    assert.deepEqual(
      items.map((b) => b.text.slice(0, 6)),
      ["1.1.9 ", "1.1.10"],
    );
    assert.match(
      items[0]!.text,
      /received and processed to the point of host Government approval within 20 working days \(2022\/23: not applicable; 2023\/24: 100 per cent; 2024\/25: 100 per cent; 2025\/26: 100 per cent\)$/,
    );
  });
}

/** A request-and-action table (cells x 60–292 and 313–535): each cell's lines from y down. */
function requestRow(y: number, left: readonly string[], right: readonly string[], font = "f3"): ItemSpec[] {
  const cell = (x: number, width: number) => (str: string, i: number): ItemSpec => ({ str, x, y: y - i * PITCH, size: 10, width, font });
  return [...left.map(cell(TABLE_LEFT, 232)), ...right.map(cell(313, 222))];
}

test("a left cell that outlasts its right cell by a line keeps that line, however wide", () => {
  // The last line of "Requests …" is wider than a narrow cell line, but it ends before the
  // second column starts and is set in the row's face: it is the cell's, not a paragraph.
  const d = run([
    [
      { str: "Cross-cutting issues", x: TABLE_LEFT, y: 700, size: 10, width: 90, font: "f8" },
      ...requestRow(
        670,
        ["Requests that future budget proposals demonstrate the", "scalability of mission support components, including", "relation to the changing level of other mission", "components and include standard indicators (para. 27)."],
        ["The mission support ratio in the 2025/26 period is", "109.9, compared with 110.9 in the 2020/21 period."],
      ),
      ...requestRow(
        610,
        ["Requests the Secretary-General to consider options for", "greater nationalization of functions when formulating", "mandates and requirements where applicable (para. 34)."],
        ["The Force will continue to review its staffing", "requirements in line with its priorities."],
      ),
      { str: "Economic and Social Council resolutions and decisions", x: TABLE_LEFT, y: 566, size: 10, width: 236, font: "f8" },
      ...requestRow(546, ["Requests the Secretary-General to report on the", "closure of the Mission (para. 40)."], ["Information is provided in section II above."]),
    ],
    textPage(),
  ]);
  const page = d.blocks.filter((b) => b.pages.includes(1));
  assert.deepEqual(
    page.filter((b) => /^(?:components|mandates)/.test(b.text)),
    [],
  );
  const tables = page.filter((b) => b.kind === "table");
  assert.match(tables[0]!.text, /components and include standard indicators \(para\. 27\)\.\nRequests the Secretary-General to consider options for\t/);
  // A bold heading as wide, between two tables at their row gap, is no cell of either.
  assert.equal(page.find((b) => b.text === "Economic and Social Council resolutions and decisions")?.kind, "heading");
});

test("a paragraph runs on over the page break onto a page whose lines mostly start at a wider table's edge", () => {
  // Page 2 has more lines at the table's x 60 than at the text's margin: the margin is still the
  // document's 123 (prose below the table starts there too), so the first line there is no
  // first-line indent but the paragraph going on.
  const opening = [
    "The Agreement was adopted by consensus in June 2023 and required the deposit of sixty",
    "instruments of ratification. The subprogramme undertook an extensive programme of",
    "activities, including regional workshops and the publication of materials. The conditions for entry into",
  ];
  const measureRow = (y: number): ItemSpec[] =>
    [TABLE_LEFT, 166, 264, 365, 462].map((x, i) => ({ str: `Member States ${i + 1}`, x, y, size: 10, width: 70 }));
  const d = run([
    [...textPage(), ...opening.map((str, i) => ({ str, x: MARGIN, y: 120 - i * PITCH, size: 10, width: RIGHT - MARGIN }))],
    [
      { str: "force were met on 19 September 2025 with the deposit of the sixtieth instrument.", x: MARGIN, y: 700, size: 10, width: 330 },
      { str: "Figure 8.I.III", x: TABLE_LEFT, y: 670, size: 10, width: 60 },
      { str: "Performance measure: number of ratifications of and accessions to the Agreement", x: TABLE_LEFT, y: 658, size: 10, width: RIGHT - TABLE_LEFT },
      ...[620, 608, 596, 584, 572].flatMap(measureRow),
      ...paragraph(520, ["The subprogramme's work contributed to the adoption of an agreed declaration on", "conserving and sustainably using the ocean, seas and marine resources, which met", "the planned target."]),
    ],
  ]);
  const joined = d.blocks.filter((b) => b.text.includes("The conditions for entry into"));
  assert.equal(joined.length, 1);
  assert.match(joined[0]!.text, /The conditions for entry into force were met on 19 September 2025/);
  assert.deepEqual(joined[0]!.pages, [1, 2]);
});

/** Page 1's blocks are prose, one table, prose; returns the table's text. */
function oneTableBetweenProse(d: ReturnType<typeof run>): string {
  const page = d.blocks.filter((b) => b.pages.includes(1));
  assert.deepEqual(
    page.map((b) => b.kind),
    ["paragraph", "table", "paragraph"],
  );
  return page[1]!.text;
}

test("a table's head stacked in small type above its first row is the table's, not paragraphs", () => {
  // "Actual" / "average July" over "Actual as at …": header cells in 7 pt, wrapped over lines
  // above the row of column heads, at the table's line spacing.
  const small = (str: string, x: number, y: number, width: number): ItemSpec => ({ str, x, y, size: 7, width, font: "f6" });
  const cells = (y: number, texts: readonly string[]): ItemSpec[] =>
    texts.map((str, i) => ({ str, x: TABLE_LEFT + i * 90, y, size: 8.5, width: 40 }));
  const d = run([
    [
      ...paragraph(740, PROSE),
      small("Actual", 493, 670, 19),
      small("average July", 473, 662, 39),
      small("Budgeted", 203, 646, 30),
      small("Actual", 300, 646, 19),
      small("Projected", 490, 646, 30),
      small("Category", TABLE_LEFT, 638, 28),
      small("2024/25", 207, 638, 24),
      small("2026/27", 497, 638, 24),
      ...cells(602, ["International staff", "9.6", "11.6", "10.0", "16.8"]),
      ...cells(588, ["National staff", "20.0", "–", "30.0", "–"]),
      ...cells(574, ["United Nations Volunteers", "13.2", "2.6", "2.6", "10.5"]),
      ...paragraph(540, PROSE),
    ],
    textPage(),
  ]);
  assert.match(oneTableBetweenProse(d), /^Actual\naverage July\n/);
});

test("a table whose columns stand closer than a cell gap is split where its other rows show the columns", () => {
  // Three columns at 60, 224 and 391, 12.8 pt apart at the narrowest: lines of the first two
  // columns that share a baseline merge into one line ("ongoing cases, with senior officials"
  // + "systemic corruption structures,"), yet rows whose cells stand apart show where the
  // columns start, so the merged line is two cells of the table, not a paragraph.
  const cell = (str: string, x: number, y: number, width: number): ItemSpec => ({ str, x, y, size: 10, width });
  const d = run([
    [
      ...paragraph(740, PROSE),
      { str: "Performance measure", x: TABLE_LEFT, y: 640, size: 10, width: 98, font: "f2" },
      cell("2023 (actual)", TABLE_LEFT, 615, 41),
      cell("2024 (actual)", 224, 615, 42),
      cell("2025 (actual)", 391, 615, 41),
      cell("In Viet Nam, investigators", TABLE_LEFT, 592, 113),
      cell("In the Dominican Republic,", 224, 592, 119),
      cell("Malaysian police dismantled a major", 391, 592, 158),
      cell("integrated new approaches into", TABLE_LEFT, 580, 150),
      cell("prosecutors shifted focus to", 224, 580, 119),
      cell("scam syndicate, with 400 arrests", 391, 580, 139),
      cell("ongoing cases, with senior officials", TABLE_LEFT, 568, 151.6),
      cell("systemic corruption structures,", 224.4, 568, 132),
      cell("Kenyan authorities launched four", 391, 562, 143),
      cell("issuing national guidance", TABLE_LEFT, 556, 120),
      cell("leading to stronger prosecutions", 224, 556, 138),
      ...paragraph(500, PROSE),
    ],
    textPage(),
  ]);
  const page = d.blocks.filter((b) => b.pages.includes(1));
  assert.deepEqual(
    page.map((b) => b.kind),
    ["paragraph", "heading", "table", "paragraph"],
  );
  assert.match(page[2]!.text, /ongoing cases, with senior officials\tsystemic corruption structures,/);
});

test("a bulleted list in a table's right cell, wrapped under its bullets' text, stays in the table", () => {
  const left = (str: string, y: number): ItemSpec => ({ str, x: TABLE_LEFT, y, size: 10, width: 210 });
  const right = (str: string, y: number, x = 313): ItemSpec => ({ str, x, y, size: 10, width: 220 });
  const d = run([
    [
      ...paragraph(740, PROSE),
      { str: "Request/recommendation", x: TABLE_LEFT, y: 640, size: 7, width: 77 },
      { str: "Action taken to implement request/recommendation", x: 313, y: 640, size: 7, width: 157 },
      left("The Advisory Committee trusts that the Force will", 617),
      right("The Force continues to engage troops in the design", 617),
      left("continue to engage its troops (para. 38).", 605),
      right("of quick-impact projects. The salient findings:", 605),
      right("• Aligning projects with national and local priorities", 585),
      right("enhances sustainability and ensures buy-in. Engagement", 573, 320),
      right("with line ministries helped complement national efforts", 561, 320),
      right("• Quick-impact projects must respond to rapidly", 549),
      right("changing conditions after the hostilities", 537, 320),
      ...paragraph(490, PROSE),
    ],
    textPage(),
  ]);
  assert.match(oneTableBetweenProse(d), /enhances sustainability and ensures buy-in\. Engagement\nwith line ministries/);
});
