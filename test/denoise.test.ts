import { test } from "node:test";
import assert from "node:assert/strict";
import { buildLines } from "../src/lines/build-lines.js";
import { denoise } from "../src/denoise/denoise.js";
import { doc, page, type ItemSpec } from "./stages/build.js";

function body(y: number, text: string): ItemSpec {
  return { str: text, x: 72, y, size: 10, width: 400 };
}

function run(pages: ItemSpec[][]) {
  const d = doc(pages.map((specs, i) => page(i + 1, specs)));
  buildLines(d);
  denoise(d);
  return d;
}

test("moves the page-1 masthead and a resolution's adoption lines to furniture, with roles", () => {
  const d = run([
    [
      { str: "United Nations", x: 72, y: 735, size: 14 },
      { str: "A/RES/48/246", x: 420, y: 735, size: 10 },
      { str: "General Assembly", x: 72, y: 705, size: 20 },
      { str: "Distr.: General", x: 400, y: 705, size: 10 },
      { str: "11 May 1994", x: 400, y: 693, size: 10 },
      { str: "Forty-eighth session", x: 72, y: 560, size: 10 },
      { str: "Agenda item 165", x: 72, y: 548, size: 10 },
      { str: "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY", x: 180, y: 510, size: 10 },
      { str: "[on the report of the Fifth Committee (A/48/826/Add.1)]", x: 140, y: 490, size: 10 },
      { str: "48/246. Financing of the United Nations Mission in Haiti", x: 108, y: 456, size: 10 },
      body(436, "The General Assembly,"),
    ],
  ]);
  const roles = Object.fromEntries(d.furniture.map((f) => [f.text, f.role]));
  assert.equal(roles["Distr.: General"], "masthead");
  assert.equal(roles["Agenda item 165"], "masthead");
  assert.equal(roles["[on the report of the Fifth Committee (A/48/826/Add.1)]"], "adoption");
  const bodyText = d.pages[0]!.lines.filter((l) => l.role === "body").map((l) => l.text);
  assert.deepEqual(bodyText, ["48/246. Financing of the United Nations Mission in Haiti", "The General Assembly,"]);
  assert.ok(d.furniture.every((f) => f.reason.length > 0 && f.rule.length > 0));
});

test("finds page numbers, job numbers, barcodes and recycling marks by pattern", () => {
  const d = run([
    [body(600, "Some body text of the first page."), { str: "13-43968", x: 72, y: 31, size: 10 }, { str: "*1343968*", x: 261, y: 30, size: 7 }, { str: "请回收", x: 489, y: 30, size: 9 }],
    [body(600, "More body text."), { str: "2/4", x: 72, y: 30, size: 10 }],
  ]);
  const roles = d.furniture.map((f) => `${f.page}:${f.text}:${f.role}`).sort();
  assert.deepEqual(roles, ["1:*1343968*:barcode", "1:13-43968:job-number", "1:请回收:recycling", "2:2/4:page-number"]);
});

test("finds an untagged running header by its repetition across pages", () => {
  const header = (n: number): ItemSpec => ({ str: `Report of the Committee, part ${n}`, x: 300, y: 750, size: 9 });
  const d = run([[body(600, "Text one.")], [header(2), body(600, "Text two.")], [header(3), body(600, "Text three.")], [header(4), body(600, "Text four.")]]);
  const headers = d.furniture.filter((f) => f.role === "running-header");
  assert.equal(headers.length, 3);
  assert.match(headers[0]!.reason, /repeats/);
});

test("keeps short footnotes whose shape recurs on other pages as footnotes, not a running footer", () => {
  // A/C.6/80/L.16: "2 Resolution 60/1." and "3 Resolution 67/1." at the foot of page 2,
  // "6 Resolution 70/1." at the foot of page 3 — the same text digits aside, under the rule.
  const notes = (entries: Array<[string, string]>): ItemSpec[] => [
    { str: "__________________", x: 100, y: 100, size: 8 },
    ...entries.flatMap(([marker, text], i): ItemSpec[] => [
      { str: marker, x: 117, y: 83 - i * 11, size: 5 },
      { str: text, x: 123, y: 80 - i * 11, size: 8.5 },
    ]),
  ];
  const d = run([
    [body(600, "Text one."), ...notes([["1", "Resolution 2625 (XXV), annex."]])],
    [body(600, "Text two."), ...notes([["2", "Resolution 60/1."], ["3", "Resolution 67/1."]])],
    [body(600, "Text three."), ...notes([["6", "Resolution 70/1."]])],
    [body(600, "Text four."), { str: "4/4", x: 72, y: 30, size: 10 }],
  ]);
  const footnotes = d.pages.flatMap((p) => p.lines.filter((l) => l.role === "footnote").map((l) => l.text));
  assert.deepEqual(footnotes, ["Resolution 2625 (XXV), annex.", "Resolution 60/1.", "Resolution 67/1.", "Resolution 70/1."]);
  assert.deepEqual(d.furniture.filter((f) => f.role === "running-footer"), []);
});

test("labels the footnote zone under a typed separator and leaves body text alone", () => {
  const d = run([
    [
      body(600, "Body paragraph with a callout."),
      { str: "__________________", x: 100, y: 120, size: 8 },
      { str: "1", x: 117, y: 103, size: 5 },
      { str: "A/48/803.", x: 123, y: 100, size: 8.5 },
    ],
  ]);
  const roles = d.pages[0]!.lines.map((l) => `${l.role}:${l.text}`);
  assert.deepEqual(roles, ["body:Body paragraph with a callout.", "furniture:__________________", "footnote:A/48/803."]);
});

test("takes '2/4' at the foot of a page for a page number but not a budget period '2026/27'", () => {
  const d = run([
    [body(600, "Body text."), { str: "2026/27", x: 72, y: 30, size: 10 }],
    [body(600, "More body text."), { str: "2/4", x: 72, y: 30, size: 10 }],
  ]);
  const numbers = d.furniture.filter((f) => f.role === "page-number").map((f) => f.text);
  assert.deepEqual(numbers, ["2/4"]);
});

/** A modern resolution's page 1: masthead, the adoption block as given, the title line and the body. */
function resolutionPage(adoption: string[], title: string, body0: string) {
  const specs: ItemSpec[] = [
    { str: "United Nations", x: 72, y: 740, size: 14 },
    { str: "A/RES/79/100", x: 450, y: 740, size: 10 },
    { str: "General Assembly", x: 72, y: 716, size: 20 },
    { str: "Distr.: General", x: 400, y: 716, size: 10 },
    { str: "11 December 2024", x: 400, y: 704, size: 10 },
    { str: "Seventy-ninth session", x: 40, y: 640, size: 10 },
    { str: "Agenda item 58", x: 40, y: 628, size: 10 },
    ...adoption.map((str, i): ItemSpec => ({ str, x: 108, y: 580 - i * 12, size: 10 })),
    { str: title, x: 72, y: 520, size: 12 },
    body(496, body0),
  ];
  return run([specs]);
}

const ADOPTION_BLOCKS: Record<string, string[]> = {
  en: [
    "Resolution adopted by the General Assembly",
    "on 4 December 2024",
    "[on the report of the Special Political and Decolonization Committee",
    "(Fourth Committee) (A/79/431, para. 33)]",
  ],
  "en, date after 'on'": ["Resolution adopted by the General Assembly on", "4 December 2023", "[on the report of the First Committee (A/78/409, para. 89)]"],
  fr: ["Résolution adoptée par l’Assemblée générale", "le 4 décembre 2024", "[sur la base du rapport de la Commission des questions politiques", "spéciales et de la décolonisation (Quatrième Commission) (A/79/431, par. 33)]"],
  es: ["Resolución aprobada por la Asamblea General", "el 4 de diciembre de 2024", "[sin remisión previa a una Comisión Principal", "(A/79/L.13)]"],
  ru: ["Резолюция, принятая Генеральной Ассамблеей", "4 декабря 2024 года", "[по докладу Комитета по специальным политическим вопросам", "и вопросам деколонизации (Четвертый комитет) (A/79/431, п. 33)]"],
  zh: ["2024年12月4日大会决议", "[根据特别政治和非殖民化委员会（第四委员会）的报告", "(A/79/431，第33段)通过]"],
  ar: ["قرار اتخذته الجمعية العامة", "في 4 كانون الأول/ديسمبر 2024", "[بناء على تقرير لجنة المسائل السياسية الخاصة وإنهاء الاستعمار", "(اللجنة الرابعة) (A/79/431، الفقرة 33)]"],
  "Security Council": ["Resolution 2719 (2023)", "Adopted by the Security Council at its 9520th meeting, on", "14 December 2023"],
};

for (const [form, adoption] of Object.entries(ADOPTION_BLOCKS)) {
  test(`moves every line of a two-line adoption and a wrapped bracket line to furniture (${form})`, () => {
    const d = resolutionPage(adoption, "79/100. Dissemination of information on decolonization", "The General Assembly,");
    const bodyText = d.pages[0]!.lines.filter((l) => l.role === "body").map((l) => l.text);
    assert.deepEqual(bodyText, ["79/100. Dissemination of information on decolonization", "The General Assembly,"]);
    const last = adoption[adoption.length - 1]!;
    const entry = d.furniture.find((f) => f.text === last);
    assert.equal(entry?.role, "adoption", `${last} → ${entry?.role}`);
    assert.equal(entry?.rule, "mark-masthead");
    assert.ok(entry?.reason);
    assert.deepEqual(
      d.masthead?.filter((m) => m.field.startsWith("adoption")).map((m) => m.line.text),
      adoption.filter((t) => !t.startsWith("Resolution 2719")),
    );
  });
}

const PLACE_AND_DATES: Record<string, [string, string, string]> = {
  fr: ["Conseil des droits de l’homme", "Septième session", "Genève, 8-19 février 2010"],
  en: ["Human Rights Council", "Seventh session", "Geneva, 8–19 February 2010"],
  es: ["Consejo de Derechos Humanos", "Séptimo período de sesiones", "Ginebra, 8 a 19 de febrero de 2010"],
  ru: ["Совет по правам человека", "Седьмая сессия", "Женева, 8–19 февраля 2010 года"],
  zh: ["人权理事会", "第七届会议", "2010年2月8日至19日，日内瓦"],
  ar: ["مجلس حقوق الإنسان", "الدورة السابعة", "جنيف، 8-19 شباط/فبراير 2010"],
};

for (const [language, [council, session, placeAndDates]] of Object.entries(PLACE_AND_DATES)) {
  test(`moves the masthead line giving the session's place and dates out of the body (${language})`, () => {
    const d = run([
      [
        { str: "A/HRC/WG.6/7/ITA/1", x: 420, y: 740, size: 10 },
        { str: "Distr.: General", x: 400, y: 716, size: 10 },
        { str: "16 November 2009", x: 400, y: 704, size: 10 },
        { str: council, x: 56, y: 640, size: 10 },
        { str: session, x: 56, y: 628, size: 10 },
        { str: placeAndDates, x: 56, y: 616, size: 10 },
        { str: "National report submitted in accordance with paragraph 15 (a)", x: 100, y: 580, size: 14 },
        body(540, "1. The present report was prepared by the Government."),
      ],
    ]);
    const entry = d.furniture.find((f) => f.text === placeAndDates);
    assert.equal(entry?.role, "masthead");
    assert.equal(entry?.field, "session-dates");
    const bodyText = d.pages[0]!.lines.filter((l) => l.role === "body").map((l) => l.text);
    assert.ok(!bodyText.includes(placeAndDates), bodyText.join(" | "));
  });
}

test("takes a span of dates alone for the session's dates only under a session line, not a title's period", () => {
  const d = run([
    [
      { str: "A/80/590", x: 450, y: 740, size: 10 },
      { str: "Distr.: General", x: 400, y: 716, size: 10 },
      { str: "Seventh session", x: 56, y: 640, size: 10 },
      { str: "8-19 February 2010", x: 56, y: 628, size: 10 },
      { str: "Budget performance of the Mission for the period from", x: 100, y: 580, size: 14 },
      { str: "1 July 2024 to 30 June 2025", x: 100, y: 564, size: 14 },
      body(520, "1. The present report was prepared by the Secretary-General."),
    ],
  ]);
  assert.equal(d.furniture.find((f) => f.text === "8-19 February 2010")?.field, "session-dates");
  const bodyText = d.pages[0]!.lines.filter((l) => l.role === "body").map((l) => l.text);
  assert.ok(bodyText.includes("1 July 2024 to 30 June 2025"), bodyText.join(" | "));
});

const DRAFT_LINES: Record<string, string[]> = {
  "sponsors, en": ["Canada, Greece, Iceland, Monaco, Norway, Philippines, Portugal, Spain,", "Sweden and United States of America:* draft resolution"],
  "alone, en": ["Draft resolution"],
  "submitted by, en": ["Draft resolution submitted by the Vice-Chair of the Committee, Jenni Mikkola", "(Finland), on the basis of informal consultations on draft resolution A/C.2/80/L.5"],
  fr: ["Iraq* : projet de résolution"],
  es: ["Iraq:* proyecto de resolución"],
  ru: ["Ирак:* проект резолюции"],
  zh: ["伊拉克：*决议草案"],
  ar: ["العراق:* مشروع قرار"],
};

for (const [form, lines] of Object.entries(DRAFT_LINES)) {
  test(`moves a draft's sponsors line to the masthead and keeps its title in the body (${form})`, () => {
    const d = run([
      [
        { str: "United Nations", x: 72, y: 740, size: 14 },
        { str: "A/C.2/80/L.48", x: 450, y: 740, size: 10 },
        { str: "Distr.: Limited", x: 400, y: 716, size: 10 },
        { str: "Eightieth session", x: 40, y: 640, size: 10 },
        { str: "Agenda item 16", x: 40, y: 628, size: 10 },
        ...lines.map((str, i): ItemSpec => ({ str, x: 108, y: 580 - i * 12, size: 10 })),
        { str: "International Year of Cooperatives", x: 108, y: 540, size: 12 },
        body(516, "The General Assembly,"),
      ],
    ]);
    for (const line of lines) assert.equal(d.furniture.find((f) => f.text === line)?.field, "draft", line);
    const bodyText = d.pages[0]!.lines.filter((l) => l.role === "body").map((l) => l.text);
    assert.deepEqual(bodyText, ["International Year of Cooperatives", "The General Assembly,"]);
  });
}

test("keeps a title whose last line is an organ's name ('…special session of the' / 'General Assembly') in the body", () => {
  const d = run([
    [
      { str: "United Nations", x: 72, y: 740, size: 14 },
      { str: "A/C.3/80/L.59", x: 450, y: 740, size: 10 },
      { str: "General Assembly", x: 72, y: 716, size: 20 },
      { str: "Distr.: Limited", x: 400, y: 716, size: 10 },
      { str: "Eightieth session", x: 40, y: 640, size: 10 },
      { str: "Agenda item 26 (b)", x: 40, y: 628, size: 10 },
      { str: "Draft resolution submitted by the Chair on the basis of informal consultations", x: 108, y: 580, size: 10 },
      { str: "Follow-up to the twenty-third special session of the", x: 108, y: 550, size: 12 },
      { str: "General Assembly", x: 108, y: 536, size: 12 },
      body(510, "The General Assembly,"),
    ],
  ]);
  const bodyText = d.pages[0]!.lines.filter((l) => l.role === "body").map((l) => l.text);
  assert.deepEqual(bodyText, ["Follow-up to the twenty-third special session of the", "General Assembly", "The General Assembly,"]);
});

test("keeps footnotes of one shape opened by raised markers, under a drawn rule, as footnotes, not a running footer", () => {
  const note = (n: string, text: string, y: number): ItemSpec[] => [
    { str: n, x: 117, y: y + 3, size: 5 },
    { str: text, x: 123, y, size: 8.5 },
  ];
  const page = (k: number, notes: ItemSpec[]): ItemSpec[] => [
    body(600, `Recalling its resolutions 60/1 and 67/1 on page ${k}.`),
    ...notes, // under a drawn rule: no typed "____" line to go by
    { str: `${k}/3`, x: 60, y: 36, size: 8.5 },
  ];
  const d = run([page(1, note("1", "Resolution 60/1.", 80)), page(2, note("2", "Resolution 67/1.", 80)), page(3, note("3", "Resolution 70/1.", 80))]);
  const notes = d.pages.flatMap((p) => p.lines.filter((l) => l.text.startsWith("Resolution")).map((l) => l.role));
  assert.deepEqual(notes, ["footnote", "footnote", "footnote"]);
});
