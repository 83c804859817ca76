/**
 * Segmentation by the evidence a reader uses (issue 9, classes 2–7, 9, 10): the next number in
 * the sequence, the indent of a hanging number against the margin and its siblings, and how the
 * line before ended. Each test builds the page that shows the class.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentPages as run, type ItemSpec } from "./stages/build.js";

/** A resolution's page: body 10 pt on a 12 pt pitch, text x 123–488, labels indented to 147. */
const MARGIN = 123;
const LABEL = 147;
const RIGHT = 488;
const PITCH = 12;

/** Lines set one under the other from y down: [text, x, full width?]. */
function lines(y: number, rows: readonly (readonly [string, number, boolean])[], size = 10): ItemSpec[] {
  return rows.map(([str, x, full], i) => ({ str, x, y: y - i * PITCH, size, width: full ? RIGHT - x : Math.min(RIGHT - x - 40, str.length * 4.5) }));
}

/** A justified paragraph: first line at `x` (its label), one full line, a short last line. */
function paragraph(first: string, middle: string, last: string, x = LABEL): (readonly [string, number, boolean])[] {
  return [
    [first, x, true],
    [middle, MARGIN, true],
    [last, MARGIN, false],
  ];
}

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz"].concat([..."abcdefghijklm"].map((c) => c + c));

test("class 2: sub-items past (z) stay siblings, and (i), (v), (ii), (cc) after their letters are letters", () => {
  const items = LETTERS.flatMap((l, i) => paragraph(`(${l})${l === "mm" ? "" : " "}Taking measures number ${i + 1} for rural women and girls in`, "all regions, with the support of the organizations of the United Nations", "system as appropriate;"));
  const rows = [...paragraph("2. Urges Member States, in collaboration with the organizations of", "the United Nations system and civil society, as appropriate, to continue", "their efforts, inter alia, by:"), ...items];
  const perPage = 54;
  const pages: ItemSpec[][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(lines(700, rows.slice(i, i + perPage)));
  const d = run(pages);
  const numbered = d.blocks.filter((b) => b.number !== null);
  assert.deepEqual(
    numbered.map((b) => b.number),
    ["2", ...LETTERS.map((l) => `(${l})`)],
  );
  assert.deepEqual(
    numbered.slice(1).filter((b) => b.parent !== "2").map((b) => `${b.number} under ${b.parent}`),
    [],
  );
  assert.equal(numbered.at(-1)!.text.startsWith("Taking measures number 39"), true);
});

test("class 2: a roman list opened after a colon hangs from its letter, and the letters go on after it", () => {
  const d = run([
    lines(700, [
      ...paragraph("3. Encourages Member States to take measures to strengthen the", "capacities of national statistical offices and other relevant institutions", "to:"),
      ...paragraph("(a) Collect data disaggregated by sex and age, including on the", "situation of rural women and girls and on their access to services", "and resources, as follows:"),
      ...paragraph("(i) Time use and unpaid care and domestic work performed by women", "and girls in rural areas, including in agriculture and in the collection", "of water and fuel;"),
      ...paragraph("(ii) Access to land and other productive resources, including credit", "and financial services, extension services, technology and training in", "rural areas;"),
      ...paragraph("(b) Analyse and disseminate such data to support policies and actions", "to improve the situation of rural women and girls and to monitor their", "implementation;"),
    ]),
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.number, b.parent]),
    [
      ["3", null],
      ["(a)", "3"],
      ["(i)", "(a)"],
      ["(ii)", "(a)"],
      ["(b)", "3"],
    ],
  );
});

test("class 3: a number printed without its dot is the paragraph the sequence expects, at its siblings' indent", () => {
  const d = run([
    lines(700, [
      ...paragraph("24. Urges all States to cooperate fully with the International Criminal", "Court and to give effect to its decisions and requests for assistance in", "accordance with their obligations;"),
      ...paragraph("25 Condemns in the strongest terms all attacks against civilians and", "civilian infrastructure, and calls for the immediate cessation of such", "attacks;"),
      ...paragraph("26. Decides to remain seized of the matter and to consider it again at", "its eighty-first session under the item entitled “Strengthening of the", "rule of law”."),
    ]),
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.number, b.text.slice(0, 20)]),
    [
      ["24", "Urges all States to "],
      ["25", "Condemns in the stro"],
      ["26", "Decides to remain se"],
    ],
  );
});

test("class 4: a number at the start of a wrapped line goes on with the sentence, on the same page or the next", () => {
  const sentence = (first: string) => [
    ["12. Urges developed countries that have not yet done so to make concrete", LABEL, true],
    ["efforts towards the target of official development assistance of at least", MARGIN, true],
    [first, MARGIN, true],
    ["and 0.15 to 0.20 per cent to the least developed countries;", MARGIN, false],
    ["13. Decides to continue to consider the question.", LABEL, false],
  ] as const;
  // Ragged right: the line before the number is short, so only the sentence tells.
  const ends = [470, 380, 430, 400, 360];
  const ragged = run([
    sentence("0.7 per cent of gross national income to developing countries").map(([str, x], i) => ({ str, x, y: 700 - i * PITCH, size: 10, width: ends[i]! - x })),
  ]);
  const text = "Urges developed countries that have not yet done so to make concrete efforts towards the target of official development assistance of at least 0.7 per cent of gross national income to developing countries and 0.15 to 0.20 per cent to the least developed countries;";
  assert.deepEqual(
    ragged.blocks.map((b) => [b.number, b.text]),
    [
      ["12", text],
      ["13", "Decides to continue to consider the question."],
    ],
  );
  const [a, b, c, ...rest] = sentence("0.7 per cent of gross national income to developing countries");
  const broken = run([lines(150, [a, b]), lines(700, [c!, ...rest])]);
  assert.deepEqual(
    broken.blocks.map((x) => [x.number, x.text]),
    [
      ["12", text],
      ["13", "Decides to continue to consider the question."],
    ],
  );
});

test("class 5: an inline enumeration whose labels fall at line starts stays in its paragraph; real sub-items do not", () => {
  const d = run([
    lines(700, [
      ["4. Requests the Secretary-General to support States, including: (i) training;", LABEL, true],
      ["(ii) the provision of equipment to forensic laboratories and to the police; and", MARGIN, true],
      ["(iii) the exchange of good practices among States;", MARGIN, false],
      ...paragraph("5. Decides to establish a working group, open to all Member States,", "which shall meet in Vienna during the second half of the year and shall", "have the following tasks:"),
      ...paragraph("(a) To review the implementation of the present resolution in all", "regions, taking into account the reports submitted by Member States and", "regional organizations;"),
      ...paragraph("(b) To make recommendations to the Commission on Crime Prevention", "and Criminal Justice at its next session on further action to be taken", "by States."),
    ]),
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.number, b.parent]),
    [
      ["4", null],
      ["5", null],
      ["(a)", "5"],
      ["(b)", "5"],
    ],
  );
  assert.equal(
    d.blocks[0]!.text,
    "Requests the Secretary-General to support States, including: (i) training; (ii) the provision of equipment to forensic laboratories and to the police; and (iii) the exchange of good practices among States;",
  );
});

test("class 6: a footnote line that starts with a date goes on with its note; the real note 26 keeps its callout", () => {
  const note = (marker: string, y: number, x: number, str: string): ItemSpec[] => [
    ...(marker === "" ? [] : [{ str: marker, x: 117, y: y + 3, size: 5.5 }]),
    { str, x, y, size: 8.5, width: Math.min(365, str.length * 4) },
  ];
  const body = (y: number, first: string, last: string, marker: string): ItemSpec[] => [
    { str: first, x: LABEL, y, size: 10, width: RIGHT - LABEL },
    { str: last, x: MARGIN, y: y - PITCH, size: 10, width: 120 },
    { str: marker, x: 244, y: y - PITCH + 4, size: 6 },
  ];
  const d = run([
    [
      ...body(700, "Recalling the Johannesburg Plan of Implementation of the World Summit", "on Sustainable Development,", "9"),
      { str: "__________________", x: MARGIN, y: 200, size: 8.5 },
      ...note("9", 185, MARGIN, "Report of the World Summit on Sustainable Development, Johannesburg, South Africa,"),
      ...note("", 174.5, MARGIN, "26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and"),
      ...note("", 164, MARGIN, "corrigendum), chap. I, resolution 1, annex."),
    ],
    [...body(700, "Recalling also the political declaration of the high-level meeting on", "universal health coverage,", "26"), { str: "__________________", x: MARGIN, y: 200, size: 8.5 }, ...note("26", 185, MARGIN, "Resolution 79/2, annex.")],
  ]);
  assert.deepEqual(
    d.footnotes.map((n) => [n.marker, n.page, n.block === null ? null : d.blocks.find((b) => b.id === n.block)?.pages[0]]),
    [
      ["9", 1, 1],
      ["26", 2, 2],
    ],
  );
  assert.match(d.footnotes[0]!.text, /South Africa, 26 August–4 September 2002 \(United Nations publication/);
});

test("class 7: rows of a table of figures are not numbered paragraphs; decimal paragraph numbers still are", () => {
  const d = run([
    lines(700, [
      ["25.1 The Office is responsible for the construction programme of the mission", MARGIN, true],
      ["and requests the following materials:", MARGIN, false],
      ["12.5 km of perimeter fencing for the new camp at Kadugli", MARGIN, false],
      ["0.75 tonnes of gravel for the access road to the helipad", MARGIN, false],
      ["3.5 km of water pipes for the camps in the southern sector", MARGIN, false],
      ["25.2 The Office will complete the construction programme by the end of", MARGIN, true],
      ["the period.", MARGIN, false],
    ]),
  ]);
  assert.deepEqual(
    d.blocks.filter((b) => b.number !== null).map((b) => b.number),
    ["25.1", "25.2"],
  );
  const all = d.blocks.map((b) => b.text).join("\n");
  for (const figure of ["12.5 km of perimeter", "0.75 tonnes of gravel", "3.5 km of water pipes"]) assert.ok(all.includes(figure), figure);
});

test("class 9: a paragraph interrupted by a table keeps its second half, joined after the table", () => {
  const row = (y: number, a: string, b: string, c: string): ItemSpec[] => [
    { str: a, x: 150, y, size: 10, width: 90 },
    { str: b, x: 300, y, size: 10, width: 60 },
    { str: c, x: 420, y, size: 10, width: 60 },
  ];
  const d = run([
    [
      ...lines(700, [
        ["7. The resources requested for the biennium, which are shown in the table", LABEL, true],
        ["below by object of expenditure, would provide for the costs of", MARGIN, true],
      ]),
      ...row(660, "Posts", "12 400.0", "13 100.5"),
      ...row(646, "Other staff costs", "1 200.0", "1 150.0"),
      ...row(632, "Travel of staff", "300.0", "280.0"),
      ...lines(605, [
        ["the Office in New York, Geneva and Vienna, and for the operating expenses", MARGIN, true],
        ["of its liaison offices.", MARGIN, false],
        ["8. The Advisory Committee recommends approval of the resources.", LABEL, false],
      ]),
    ],
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.kind, b.number]),
    [
      ["paragraph", "7"],
      ["table", null],
      ["paragraph", "8"],
    ],
  );
  assert.match(d.blocks[0]!.text, /would provide for the costs of the Office in New York, Geneva and Vienna, and for the operating expenses of its liaison offices\.$/);
});

test("class 10: a table note and a body note with the same marker each link to their own callout", () => {
  const d = run([
    [
      { str: "3. The proposed staffing of the Office is shown in the table below and", x: LABEL, y: 700, size: 10, width: RIGHT - LABEL },
      { str: "follows the review of its functions.", x: MARGIN, y: 688, size: 10, width: 160 },
      { str: "1", x: 284, y: 692, size: 6 },
      { str: "Professional", x: 150, y: 250, size: 10, width: 60 },
      { str: "12", x: 300, y: 250, size: 10, width: 10 },
      { str: "1", x: 311, y: 254, size: 6 },
      { str: "14", x: 420, y: 250, size: 10, width: 10 },
      { str: "General Service", x: 150, y: 236, size: 10, width: 75 },
      { str: "8", x: 300, y: 236, size: 10, width: 5 },
      { str: "9", x: 420, y: 236, size: 10, width: 5 },
      { str: "__________________", x: MARGIN, y: 215, size: 8.5 },
      { str: "1", x: 117, y: 203, size: 5.5 },
      { str: "Including two posts funded from extrabudgetary resources.", x: MARGIN, y: 200, size: 8.5, width: 230 },
      { str: "1", x: 117, y: 192.5, size: 5.5 },
      { str: "See A/80/6 (Sect. 25), para. 25.12.", x: MARGIN, y: 189.5, size: 8.5, width: 150 },
    ],
  ]);
  const table = d.blocks.find((b) => b.kind === "table");
  const prose = d.blocks.find((b) => b.number === "3");
  assert.ok(table && prose);
  const [tableNote, bodyNote] = d.footnotes;
  assert.equal(tableNote?.text, "Including two posts funded from extrabudgetary resources.");
  // The table note goes to the paragraph that introduces the table, with no offset; the body
  // note to the callout in the paragraph's text, with its offset.
  assert.deepEqual([tableNote?.block, tableNote?.offset], [prose.id, null]);
  assert.deepEqual([bodyNote?.block, bodyNote?.offset], [prose.id, prose.text.length]);
});

test("class 5: an inline enumeration that goes on at the top of the next page stays in its sub-item", () => {
  const d = run([
    [
      ...lines(160, [
        ...paragraph("44. Encourages Member States to develop, as appropriate, legislation,", "policies and actions at the national and regional levels, in order", "to:"),
        ["(a) Promote healthy diets through: (i) policies on food labelling; (ii) fiscal", LABEL, true],
        ["measures; (iii) public procurement; and (iv) the marketing of breastmilk", MARGIN, true],
      ]),
      { str: "substitutes;", x: MARGIN, y: 100, size: 10, width: 60 },
    ],
    lines(700, [
      ["and (v) promoting adequate physical activity, including sports and recreation;", MARGIN, false],
      ...paragraph("(b) Reduce the harmful use of alcohol through accelerating the", "implementation of the global strategy and of pricing and availability", "measures;"),
    ]),
  ]);
  assert.deepEqual(
    d.blocks.map((b) => [b.number, b.parent, b.pages]),
    [
      ["44", null, [1]],
      ["(a)", "44", [1, 2]],
      ["(b)", "44", [2]],
    ],
  );
});

test("class 5: a list that runs on inline after a colon at a line start stays in its paragraph", () => {
  const d = run([
    lines(700, [
      ["7. Other revenue for the period ended 30 June 2025 amounted to $30,420,100,", LABEL, true],
      ["comprising:", MARGIN, true],
      ["(a) investment revenue ($9,558,100); (b) other/miscellaneous revenue ($2,521,900);", MARGIN, true],
      ["and (c) the cancellation of prior-period obligations ($18,340,100).", MARGIN, false],
      ["8. The Committee trusts that the Mission will report on the matter.", LABEL, false],
    ]),
  ]);
  assert.deepEqual(
    d.blocks.map((b) => b.number),
    ["7", "8"],
  );
  assert.match(d.blocks[0]!.text, /comprising: \(a\) investment revenue \(\$9,558,100\); \(b\) other/);
});

test("class 5: labels wrapped to the margin of justified text that fills each line are an inline enumeration", () => {
  const d = run([
    lines(700, [
      ["9. The estimates for the 2026/27 period reflect reduced requirements for:", LABEL, true],
      ["(a) military and police personnel, owing primarily to the non-deployment of the", MARGIN, true],
      ["medical military contingent and higher vacancy rates for military observers;", MARGIN, true],
      ["(b) civilian personnel, due to the abolishment of 23 posts; and (c) operational", MARGIN, true],
      ["costs, due mainly to the reconfiguration of the fixed-wing fleet.", MARGIN, false],
      ["10. The Advisory Committee recommends approval of the proposals.", LABEL, false],
    ]),
  ]);
  assert.deepEqual(
    d.blocks.map((b) => b.number),
    ["9", "10"],
  );
  assert.match(d.blocks[0]!.text, /requirements for: \(a\) military .* observers; \(b\) civilian personnel/);
});

/** A small table whose second column calls `marker` (raised; on both rows with `twice`), rows from y down, with its intro paragraph above. */
function calledTable(y: number, intro: string, marker: string, twice = false): ItemSpec[] {
  return [
    { str: intro, x: MARGIN, y: y + 30, size: 10, width: 300 },
    { str: "Parliamentary documentation", x: 150, y, size: 10, width: 120 },
    { str: "12", x: 300, y, size: 10, width: 10 },
    { str: marker, x: 311, y: y + 4, size: 6 },
    { str: "14", x: 420, y, size: 10, width: 10 },
    { str: "Substantive services for meetings", x: 150, y: y - 14, size: 10, width: 140 },
    { str: "8", x: 300, y: y - 14, size: 10, width: 5 },
    ...(twice ? [{ str: marker, x: 306, y: y - 10, size: 6 }] : []),
    { str: "9", x: 420, y: y - 14, size: 10, width: 5 },
  ];
}

test("class 10: notes printed under a table, above the page's own footnote, are the table's notes, not body text", () => {
  const d = run([
    [
      ...lines(720, paragraph("5. The deliverables of the subprogramme are set out in the tables below, by", "category and subcategory, with the number of meetings and documents of each", "year.")),
      // The first table calls "a" twice (one note serves both): a spare callout in document order.
      ...calledTable(560, "Table 22.1 Deliverables for 2025–2027", "a", true),
      // The note, in note type, under the table; then more text; the page's footnote at its foot.
      { str: "a", x: 150, y: 524, size: 5.5 },
      { str: "Reflects updated planned deliverables for 2026. Values in square brackets represent the", x: 154, y: 520, size: 8.5, width: 330 },
      { str: "number of planned deliverables reflected in the previous proposal.", x: 154, y: 510, size: 8.5, width: 260 },
      ...lines(470, paragraph("6. The evaluation of the subprogramme is planned for 2027 and will cover", "the deliverables of 2025 and 2026 and the views of the Member States", "served.")),
      { str: "__________________", x: MARGIN, y: 110, size: 8.5 },
      { str: "*", x: 117, y: 98, size: 5.5 },
      { str: "Reissued for technical reasons.", x: MARGIN, y: 95, size: 8.5, width: 130 },
    ],
    [
      ...calledTable(600, "Table 22.6 Deliverables for subprogramme 1", "a"),
      { str: "a", x: 150, y: 564, size: 5.5 },
      { str: "See General Assembly resolution 77/193.", x: 154, y: 560, size: 8.5, width: 160 },
      ...lines(520, paragraph("7. The subprogramme will also support the Committee and its subsidiary", "bodies in the preparation of their reports and in the follow-up to their", "decisions.")),
    ],
  ]);
  // No note text among the body's blocks.
  assert.deepEqual(d.blocks.filter((b) => /Reflects updated|number of planned|See General Assembly/.test(b.text)).map((b) => b.text), []);
  const notes = d.footnotes.map((f) => [f.marker, f.text, d.blocks.find((b) => b.id === f.block)?.text.slice(0, 10) ?? null]);
  assert.deepEqual(notes, [
    ["a", "Reflects updated planned deliverables for 2026. Values in square brackets represent the number of planned deliverables reflected in the previous proposal.", "Table 22.1"],
    ["*", "Reissued for technical reasons.", null],
    ["a", "See General Assembly resolution 77/193.", "Table 22.6"],
  ]);
});
