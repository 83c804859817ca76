/**
 * Numbering on the pages of budget sections and peacekeeping reports (issue 9: the
 * numbering-sequence and sub-item-sequence findings on the shared corpus). Each test builds the
 * page that shows one class of error found there, and fails without its fix.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildLines } from "../src/lines/build-lines.js";
import { denoise } from "../src/denoise/denoise.js";
import { segment } from "../src/segment/segment.js";
import { check } from "../src/check/check.js";
import { doc, page, type ItemSpec } from "./stages/build.js";
import { numberingSequence } from "../src/check/numbering-sequence.js";
import { blocks, checked } from "./support/check-document.js";

/** A budget section's page: paragraph numbers hang at 80, text and labels at 123, an item's wrapped lines at 147; justified to 551. */
const NUMBER = 80;
const MARGIN = 123;
const ITEM_TEXT = 147;
const RIGHT = 551;
const PITCH = 12;

function run(pages: ItemSpec[][], width?: number, height?: number) {
  const d = doc(pages.map((specs, i) => page(i + 1, specs, width, height)));
  buildLines(d);
  denoise(d);
  segment(d);
  return d;
}

type Row = readonly [text: string, x: number, full: boolean];

/** Lines from y down; a numbered paragraph's number is an item of its own, its text at MARGIN (as Word sets a hanging number). */
function lines(y: number, rows: readonly Row[], gap = 0): ItemSpec[] {
  let top = y;
  return rows.flatMap(([str, x, full]) => {
    const at = top;
    top -= PITCH + gap;
    const number = /^(\d+[A-Z]?\.\S+)\s+(.*)$/.exec(str);
    if (number && x === NUMBER) {
      return [
        { str: number[1]!, x: NUMBER, y: at, size: 10, width: 30 },
        { str: number[2]!, x: MARGIN, y: at, size: 10, width: full ? RIGHT - MARGIN : Math.min(RIGHT - MARGIN - 40, number[2]!.length * 4.6) },
      ];
    }
    const label = /^(\([a-z]+\))\s+(.*)$/.exec(str);
    if (label && x === MARGIN) {
      return [
        { str: label[1]!, x: MARGIN, y: at, size: 10, width: 12 },
        { str: label[2]!, x: ITEM_TEXT, y: at, size: 10, width: full ? RIGHT - ITEM_TEXT : Math.min(RIGHT - ITEM_TEXT - 30, label[2]!.length * 4.6) },
      ];
    }
    return [{ str, x, y: at, size: 10, width: full ? RIGHT - x : Math.min(RIGHT - x - 40, str.length * 4.6) }];
  });
}

/** A justified paragraph of prose, so the page measures as justified text. */
const PROSE: Row[] = [
  ["29B.3 In 2025, the component launched the first centralized digital platform for language and", NUMBER, true],
  ["communications learning in the six official languages of the United Nations. The website", MARGIN, true],
  ["established a standardized and structured language and communications learning ecosystem with", MARGIN, true],
  ["diverse assets that span language development courses, high-impact communication workshops,", MARGIN, true],
  ["self-assessment tools and customized training solutions in the six official languages.", MARGIN, false],
];

test("paragraph numbers of a lettered budget section (29B.1, 29B.2) are numbers, and their lists hang from them", () => {
  const d = run([
    lines(700, [
      ["29B.1 To contribute to the objective, the component will:", NUMBER, false],
      ["(a) Design, develop and deliver a diverse portfolio of training and capacity-building services", MARGIN, true],
      ["tailored to operational needs in collaboration with Secretariat entities;", ITEM_TEXT, false],
      ["(b) Strengthen knowledge management and innovative information-sharing to boost operational", MARGIN, true],
      ["effectiveness through standardized, accessible guidance;", ITEM_TEXT, false],
      ["(c) Reinforce and refocus the language and communications training and resources.", MARGIN, false],
      ["29B.2 The above-mentioned work is expected to result in:", NUMBER, false],
      ["(a) Stronger organizational governance by senior leadership teams, as well as better trained", MARGIN, true],
      ["and empowered staff to support operational decision-making;", ITEM_TEXT, false],
      ["(b) Knowledge management and learning management platforms that reach a broad spectrum of", MARGIN, true],
      ["practitioners across the Secretariat.", ITEM_TEXT, false],
      ...PROSE,
    ]),
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.number, b.parent]),
    [
      ["29B.1", null],
      ["(a)", "29B.1"],
      ["(b)", "29B.1"],
      ["(c)", "29B.1"],
      ["29B.2", null],
      ["(a)", "29B.2"],
      ["(b)", "29B.2"],
      ["29B.3", null],
    ],
  );
  assert.equal(d.blocks[0]!.text, "To contribute to the objective, the component will:");
  check(d);
  assert.deepEqual(
    d.messages.filter((m) => m.source === "check" && /sequence/.test(m.ruleId ?? "")).map((m) => m.text),
    [],
  );
});

test("a one-line item after an item that filled its line is an item when the next label stands under it", () => {
  const d = run([
    lines(700, [
      ...PROSE,
      ["29F.41 To contribute to the objective, the subprogramme will:", NUMBER, false],
      ["(a) Manage an effective supply chain by building on the related Umoja functionality;", MARGIN, false],
      ["(b) Implement an environmental management system in line with the United Nations Secretariat", MARGIN, true],
      ["environmental policy;", ITEM_TEXT, false],
      ["(c) Provide property management services, diplomatic pouch and mail services and records;", MARGIN, true],
      ["(d) Provide various travel-related services, including advice, training and policy guidance;", MARGIN, false],
      ["(e) Provide process and policy guidance on the engagement of implementing partners;", MARGIN, false],
      ["(f) Engage in outreach on library services.", MARGIN, false],
    ]),
  ]);
  assert.deepEqual(
    d.blocks.filter((b) => b.number?.startsWith("(")).map((b) => [b.number, b.parent, b.text.slice(0, 16)]),
    [
      ["(a)", "29F.41", "Manage an effect"],
      ["(b)", "29F.41", "Implement an env"],
      ["(c)", "29F.41", "Provide property"],
      ["(d)", "29F.41", "Provide various "],
      ["(e)", "29F.41", "Provide process "],
      ["(f)", "29F.41", "Engage in outrea"],
    ],
  );
});

test("a wrapped label that fits no list but runs on inline in another reading (“(ii) …; (iii)”) stays in its item", () => {
  const d = run([
    lines(700, [
      ...PROSE,
      ["31.3 To contribute to the objective, the Unit will:", NUMBER, false],
      ["(a) Ensure that its programme of work includes system-wide reviews covering one or more of the", MARGIN, true],
      ["following thematic areas: (i) accountability and oversight functions and systems;", ITEM_TEXT, true],
      ["(ii) management and administration practices; (iii) the implementation of policies, strategies and", ITEM_TEXT, true],
      ["programmes; (iv) internationally agreed goals and conventions; and (v) governance arrangements;", ITEM_TEXT, false],
      ["(b) Undertake reviews of management and administration practices of single organizations.", MARGIN, false],
    ]),
  ]);
  assert.deepEqual(
    d.blocks.filter((b) => b.number?.startsWith("(")).map((b) => [b.number, b.parent]),
    [
      ["(a)", "31.3"],
      ["(b)", "31.3"],
    ],
  );
  assert.match(d.blocks.find((b) => b.number === "(a)")!.text, /systems; \(ii\) management and administration practices; \(iii\) the implementation/);
});

test("the numbering check follows a lettered section's numbers: 29B.1, 29B.2 pass, 29B.4 after them is out of step", () => {
  const doc = checked({ blocks: blocks(["29B.1||Objective.", "29B.2||Strategy:", "29B.4||Performance.", "29C.1||Next section."]) });
  assert.deepEqual(
    numberingSequence.run(doc).map((f) => [f.block, f.actual, f.expected]),
    [["b0003", "29B.4", "29B.3"]],
  );
});

test("an enumeration that ran inline goes on inline where its next label wraps to the text's margin, beside a wider table", () => {
  // Twelve rows of a table set from x 60 (wider than the text column) make 60 the page's
  // measured margin, so the label at the text's margin (123) looks indented: only the sequence
  // tells that "(c)" goes on with the "(a)" and "(b)" of the running text.
  const table = Array.from({ length: 12 }, (_, i): ItemSpec[] => [
    { str: `Indicator ${i + 1}`, x: 60, y: 700 - i * PITCH, size: 10, width: 80 },
    { str: `${2023 + (i % 5)} (actual)`, x: 300, y: 700 - i * PITCH, size: 10, width: 60 },
    { str: `${10 * i}`, x: 500, y: 700 - i * PITCH, size: 10, width: 15 },
  ]).flat();
  const d = run([
    [
      ...table,
      ...lines(520, [
        ["5.22 The subprogramme’s work, through the Joint Programme in Abyei, contributed to", NUMBER, true],
        ["country team members maintaining their engagement in Abyei, resulting in tangible", MARGIN, true],
        ["peacebuilding and resilience gains there. These included: (a) expanded access to water", MARGIN, true],
        ["through the installation of new water systems and training for water user committees", MARGIN, true],
        ["on water management and governance; (b) strengthened livelihoods through seed and tool", MARGIN, true],
        ["distribution for 1,400 farmers and the construction of a fish and vegetable market;", MARGIN, true],
        ["(c) improved health services through mobile and outreach health clinics, which delivered", MARGIN, true],
        ["essential medical kits; and (d) enhanced intercommunal engagement through dialogues.", MARGIN, false],
        ["5.23 Progress towards the objective is presented in the performance measure below.", NUMBER, false],
      ]),
    ],
  ]);
  const prose = d.blocks.filter((b) => b.kind !== "table");
  assert.deepEqual(
    prose.map((b) => b.number),
    ["5.22", "5.23"],
  );
  assert.match(prose[0]!.text, /market; \(c\) improved health services .* and \(d\) enhanced/);
});

test("a results framework's rows are table rows, not numbered paragraphs; a component heading between two frameworks stays a heading", () => {
  // Two columns: expected accomplishments (1.1, 1.2) from x 60, justified to 300; indicators
  // (1.1.1 …) from 313. The gutter is only 1.3 em, and the indicator lines are wider than a
  // narrow cell.
  const row = (y: number, left: string, right: string, leftWidth = 240): ItemSpec[] => [
    ...(left === "" ? [] : [{ str: left, x: 60, y, size: 10, width: leftWidth }]),
    ...(right === "" ? [] : [{ str: right, x: 313, y, size: 10, width: 236 }]),
  ];
  const numbered = (y: number, n: string, left: string, m: string, right: string): ItemSpec[] => [
    { str: n, x: 60, y, size: 10, width: 13 },
    { str: left, x: 82.6, y, size: 10, width: 217.4 },
    { str: m, x: 313.5, y, size: 10, width: 21 },
    { str: right, x: 343.9, y, size: 10, width: 190 },
  ];
  const framework = (top: number, c: number): ItemSpec[] => [
    { str: "Expected accomplishment", x: 60, y: top, size: 7, width: 80 },
    { str: "Indicators of achievement", x: 313, y: top, size: 7, width: 80 },
    ...numbered(top - 22, `${c}.1`, "The parties act in accordance with and comply", `${c}.1.1`, "Maintenance of the separation of forces and"),
    ...row(top - 34, "with the Agreement on Disengagement between Israeli", "areas of limitation (2022/23: 766; 2023/24: 618;"),
    ...row(top - 46, "and Syrian Forces of 1974", "2024/25: 558; 2025/26: none; 2026/27: none)", 120),
    ...numbered(top - 66, `${c}.2`, "Reduced threat of mines and improvised explosive", `${c}.2.1`, "No UNDOF personnel injured or killed by"),
    ...row(top - 78, "devices in the area of separation", "mines or unexploded ordnance (2022/23: none;", 140),
    ...row(top - 90, "", "2023/24: none; 2024/25: none; 2025/26: none; 2026/27:"),
    ...row(top - 102, "", "none)", 0),
    ...row(top - 122, "", `${c}.2.2 Square metres of the area of separation cleared of`),
    ...row(top - 134, "", "mines and unexploded ordnance (2022/23: 12,400;"),
    ...row(top - 146, "", "2023/24: 10,000; 2024/25: 8,000; 2025/26: 5,000)"),
    // A last row whose cells a gap splits, after lines that join the table only once read.
    ...numbered(top - 166, `${c}.3`, "Maintain the operational capability and readiness", `${c}.3.1`, "Full implementation of the mandate"),
    ...row(top - 178, "to enable the full implementation of the mandate", "", 200),
  ];
  const d = run([
    [
      ...lines(740, [
        ["23. The proposed abolishment of posts and temporary positions is due to efficiency gains", MARGIN, true],
        ["achieved through functional streamlining and organizational optimization, including the", MARGIN, true],
        ["redistribution of responsibilities and adjustments to internal workflows in the Mission.", MARGIN, false],
      ]),
      { str: "Component 1: operations", x: 123, y: 680, size: 10, width: 110, font: "bold" },
      ...framework(655, 1),
      { str: "Component 2: support", x: 123, y: 445, size: 10, width: 100, font: "bold" },
      ...framework(420, 2),
    ],
  ]);
  assert.deepEqual(
    d.blocks.map((b) => (b.kind === "table" ? "table" : `${b.kind} ${b.number ?? ""} ${b.text.slice(0, 12)}`)),
    ["paragraph 23 The proposed", "heading  Component 1:", "table", "heading  Component 2:", "table"],
  );
  const table = d.blocks.find((b) => b.kind === "table")!;
  assert.deepEqual(table.rows?.[1], ["1.1 The parties act in accordance with and comply", "1.1.1 Maintenance of the separation of forces and"]);
});

test("on a landscape page, the page and job numbers turned up its edge are furniture, not text of the lines they cross", () => {
  // An organization chart's page turned in a portrait report keeps its footer up the left
  // edge, reading down. A/80/607 p. 30: the job number's baseline starts level with the
  // abbreviations line under the chart. A/80/624 p. 59: the page number's, level with the
  // raised marker "c" of the last note.
  const note = (marker: string, y: number, str: string): ItemSpec[] => [
    { str: marker, x: 65.6, y: y + 3, size: 5.5, width: 2.5 },
    { str, x: 72, y, size: 8.5, width: str.length * 4 },
  ];
  const chart = (title: string): ItemSpec[] => [
    { str: title, x: 97, y: 541, size: 12, width: 160 },
    ...[0, 1, 2, 3].map((i) => ({ str: `Box ${i + 1}: the Office of the Chief of Mission Support, with its sections and units, reporting to the Director.`, x: 57.6, y: 400 - 40 * i, size: 10, width: 520 })),
  ];
  const d = run(
    [
      [
        ...chart("A. Substantive and administrative offices"),
        { str: "1/2", x: 38.6, y: 552.2, size: 8.5, width: 12, turned: "down" },
        { str: "Abbreviations: ASG, Assistant Secretary-General; D, Director; P, Professional.", x: 57.6, y: 86.8, size: 8.5, width: 330 },
        { str: "26-01095", x: 40.2, y: 87.3, size: 7, width: 27.5, turned: "down" },
      ],
      [
        ...chart("B. Mission Support Division"),
        { str: "26-01095", x: 40.2, y: 552.2, size: 7, width: 27.5, turned: "down" },
        { str: "Abbreviations: FS, Field Service; NGS, national General Service.", x: 57.6, y: 114, size: 8.5, width: 300 },
        ...note("a", 103.6, "Reclassification."),
        ...note("b", 93.1, "Reassignment."),
        ...note("c", 82.6, "Conversion."),
        { str: "2/2", x: 38.6, y: 79.6, size: 8.5, width: 12, turned: "down" },
      ],
    ],
    792,
    612,
  );
  check(d);
  assert.deepEqual(
    d.furniture.map((f) => [f.page, f.text, f.role]),
    [
      [1, "1/2", "page-number"],
      [1, "26-01095", "job-number"],
      [2, "26-01095", "job-number"],
      [2, "2/2", "page-number"],
    ],
  );
  assert.ok(d.blocks.some((b) => b.text.startsWith("Abbreviations: ASG")));
  assert.deepEqual(
    d.footnotes.map((n) => [n.marker, n.text]),
    [
      ["a", "Reclassification."],
      ["b", "Reassignment."],
      ["c", "Conversion."],
    ],
  );
});

test("a list's last one-line item under a one-line item that filled its line is an item, before a heading", () => {
  // "(b) … project levels;" reaches the edge; "(c) … efforts." closes on its line and a heading
  // follows, so no later label stands under it. (An inline enumeration runs on over lines.)
  const d = run([
    [
      ...lines(700, [
        ...PROSE,
        ["16.16 The following evaluations are planned for 2027 (themes will be determined with Member States,", NUMBER, true],
        ["UNODC senior management and project staff):", MARGIN, false],
        ["(a) Strategic and subprogramme evaluations;", MARGIN, false],
        ["(b) Evaluations and syntheses at the programmatic, thematic, country, regional and project levels;", MARGIN, true],
        ["(c) Contribution to joint system-wide evaluation and synthesis efforts.", MARGIN, false],
      ]),
      { str: "Programme of work", x: MARGIN, y: 500, size: 14, width: 120 },
      ...lines(470, [
        ["16.17 For the period, the reduced requirements are attributable primarily to: (a) the termination", NUMBER, true],
        ["of the contracts for two fixed-wing and two rotary-wing aircraft; (b) the lower rental costs;", MARGIN, true],
        ["(c) lower operating costs of military rotary-wing aircraft based on the fleet reconfiguration", MARGIN, true],
        ["and the application of a delayed deployment factor.", MARGIN, false],
      ]),
    ],
  ]);
  assert.deepEqual(
    d.blocks.filter((b) => b.number?.startsWith("(")).map((b) => [b.number, b.parent, b.text.slice(0, 16)]),
    [
      ["(a)", "16.16", "Strategic and su"],
      ["(b)", "16.16", "Evaluations and "],
      ["(c)", "16.16", "Contribution to "],
    ],
  );
  assert.match(d.blocks.find((b) => b.number === "16.17")!.text, /the lower rental costs; \(c\) lower operating costs/);
});
