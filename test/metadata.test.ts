import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyMetadata, type Line, type LineRole, type UnDocument } from "../src/model/document.js";
import { readMetadata } from "../src/metadata/read-metadata.js";
import { findDate, parseDate } from "../src/conventions/dates.js";
import { readOrdinal } from "../src/conventions/read-ordinal.js";
import { languageOfText } from "../src/metadata/detect-language.js";
import { agendaItems } from "../src/metadata/read-agenda-items.js";
import { originalLanguageName } from "../src/metadata/read-original-language.js";
import { page as itemPage, doc as itemDoc } from "./stages/build.js";

/** A hand-built line: text at (x, baseline y) in a 612×792 page. */
function ln(text: string, x: number, y: number, size = 10, role: LineRole = "body"): Line {
  return {
    page: 1,
    index: 0,
    text,
    bbox: [x, y, x + text.length * size * 0.5, y + size],
    size,
    fontName: "f1",
    items: [],
    callouts: [],
    cells: [],
    artifact: false,
    role,
  };
}

function docOf(...pages: Line[][]): UnDocument {
  return {
    file: "test.pdf",
    sha256: "",
    pageCount: pages.length,
    pages: pages.map((lines, i) => {
      lines.forEach((l, index) => Object.assign(l, { page: i + 1, index }));
      return { number: i + 1, width: 612, height: 792, items: [], lines, charCount: 0 };
    }),
    furniture: [],
    metadata: emptyMetadata(),
    blocks: [],
    footnotes: [],
    messages: [],
  };
}

function read(...pages: Line[][]) {
  const d = docOf(...pages);
  readMetadata(d, {});
  return d.metadata;
}

const ENGLISH_BODY = [
  ln("1. The present report contains the budget performance of the Mission for the period and the", 123, 400),
  ln("proposed budget, which is submitted to the General Assembly for its consideration of the item.", 123, 388),
];

test("reads every masthead field of a current English report, and its title block", () => {
  const m = read([
    ln("A/80/604/Add.6", 475, 735, 10, "furniture"),
    ln("United Nations", 123, 734, 14, "furniture"),
    ln("General Assembly", 123, 705, 20, "furniture"),
    ln("Distr.: General", 397, 705),
    ln("7 April 2026", 397, 693),
    ln("Original: English", 397, 669),
    ln("Eightieth session", 60, 569),
    ln("Agenda item 154", 60, 557),
    ln("Financing of the United Nations Interim Administration", 60, 545),
    ln("Mission in Kosovo", 60, 533),
    ln("Budget performance for the period from 1 July 2024 to", 123, 501, 14),
    ln("30 June 2025 for the United Nations Interim Administration", 123, 486, 14),
    ln("Mission in Kosovo", 123, 471, 14),
    ln("Report of the Advisory Committee on Administrative and", 123, 445, 12),
    ...ENGLISH_BODY,
    ln("26-04865 (E) 150426", 65, 44, 10, "furniture"),
    ln("*2604865*", 65, 30, 12, "furniture"),
  ]);
  assert.equal(m.symbol, "A/80/604/Add.6");
  assert.equal(m.language, "en");
  assert.equal(m.jobNumber, "26-04865");
  assert.equal(m.distribution, "General");
  assert.equal(m.issued, "2026-04-07");
  assert.equal(m.originalLanguage, "English");
  assert.equal(m.session, 80);
  assert.deepEqual(m.agendaItems, ["154"]);
  assert.equal(m.title, "Budget performance for the period from 1 July 2024 to 30 June 2025 for the United Nations Interim Administration Mission in Kosovo");
  assert.equal(m.resolution, null);
  assert.equal(m.meeting, null);
});

test("reads a French masthead: 'Distr. générale', a French date, and the original language in English", () => {
  const m = read([
    ln("Nations Unies", 121, 778, 14),
    ln("A/HRC/WG.6/7/ITA/1", 439, 775, 20),
    ln("Distr. générale", 397, 749),
    ln("Assemblée générale", 121, 747, 20),
    ln("16 novembre 2009", 397, 737),
    ln("Français", 397, 725),
    ln("Original: anglais", 397, 713),
    ln("Septième session", 57, 586),
    ln("Point 40 de l’ordre du jour", 57, 574),
    ln("1. Le présent rapport est soumis en application de la résolution et des décisions du Conseil,", 113, 450),
    ln("qui sont les textes dans lesquels les États sont invités à présenter leurs observations.", 113, 438),
    ln("GE.09-17088 (F) 111209 161209", 57, 87),
  ]);
  assert.equal(m.symbol, "A/HRC/WG.6/7/ITA/1");
  assert.equal(m.language, "fr");
  assert.equal(m.distribution, "General");
  assert.equal(m.issued, "2009-11-16");
  assert.equal(m.originalLanguage, "English");
  assert.equal(m.session, 7);
  assert.deepEqual(m.agendaItems, ["40"]);
  assert.equal(m.jobNumber, "GE.09-17088");
});

test("reads a 1994 Spanish resolution: 'Distr.' over 'GENERAL', adoption date and meeting from the closing lines", () => {
  const m = read(
    [
      ln("NACIONESNACIONES", 72, 701, 14.4),
      ln("AA", 522, 701, 24),
      ln("UNIDASUNIDAS", 72, 683, 14.4),
      ln("Asamblea General", 180, 646, 15),
      ln("Distr.", 396, 614),
      ln("GENERAL", 396, 604),
      ln("A/RES/48/246", 396, 584),
      ln("11 de mayo de 1994", 396, 574),
      ln("Cuadragésimo octavo período de sesiones", 72, 520),
      ln("Tema 165 del programa", 72, 510),
      ln("RESOLUCION APROBADA POR LA ASAMBLEA GENERAL", 177, 480),
      ln("[sobre la base del informe de la Quinta Comisión (A/48/826/Add.1)]", 108, 460),
      ln("48/246. Financiación de la Misión de las Naciones", 144, 430),
      ln("Unidas en Haití", 202, 420),
      ln("La Asamblea General,", 108, 390),
      ln("Habiendo examinado el informe del Secretario General sobre la financiación de la Misión y los", 108, 370),
    ],
    [
      ln("12. Decide incluir en el programa provisional de su cuadragésimo noveno período de sesiones el tema.", 108, 232),
      ln("92ª sesión plenaria", 426, 182),
      ln("5 de abril de 1994", 432, 172),
    ],
  );
  assert.equal(m.symbol, "A/RES/48/246");
  assert.equal(m.language, "es");
  assert.equal(m.distribution, "General");
  assert.equal(m.issued, "1994-05-11");
  assert.equal(m.session, 48);
  assert.deepEqual(m.agendaItems, ["165"]);
  assert.equal(m.resolution, "48/246");
  assert.equal(m.title, "Financiación de la Misión de las Naciones Unidas en Haití");
  assert.equal(m.adopted, "1994-04-05");
  assert.equal(m.meeting, "92ª sesión plenaria");
  assert.equal(m.draft, null, "a Main Committee's report is not a draft");
  assert.equal(m.jobNumber, null, "1994 resolutions print no job number");
});

test("reads a Russian masthead printed in Latin ('Distr.: General') and tells Russian from the body", () => {
  const m = read([
    ln("Организация Объединенных Наций", 64, 792, 14),
    ln("A/HRC/WG.6/34/ITA/3", 434, 789),
    ln("Генеральная Ассамблея Distr.: General", 121, 763, 20),
    ln("7 апреля 2026 года", 398, 751),
    ln("Russian", 398, 739),
    ln("Original: English", 398, 727),
    ln("Тридцать четвертая сессия", 57, 588),
    ln("Пункт 3 повестки дня", 57, 576),
    ln("1. Настоящий доклад был подготовлен во исполнение резолюций Совета по правам человека.", 113, 431),
    ln("GE.19-13879 (R) 210819 230819", 57, 58),
  ]);
  assert.equal(m.symbol, "A/HRC/WG.6/34/ITA/3");
  assert.equal(m.language, "ru");
  assert.equal(m.distribution, "General");
  assert.equal(m.issued, "2026-04-07");
  assert.equal(m.originalLanguage, "English");
  assert.equal(m.session, 34);
  assert.deepEqual(m.agendaItems, ["3"]);
  assert.equal(m.jobNumber, "GE.19-13879");
});

test("reads a Chinese resolution: adoption line, draft, title line and closing lines without Han spacing", () => {
  const m = read(
    [
      ln("联合国", 72, 737),
      ln("A/RES/68/4", 442, 737, 20),
      ln("Distr.: General", 405, 699),
      ln("大会", 137, 688, 20),
      ln("21 January 2014", 405, 687),
      ln("第六十八届会议", 72, 643, 11),
      ln("议程项目 21(e)", 72, 630, 11),
      ln("2013 年 10 月 3 日大会决议", 221, 539, 14),
      ln("[未经发交主要委员会而通过(A/68/L.5)]", 204, 518, 12),
      ln("68/4. 国际移徙与发展高级别对话宣言", 72, 482, 13),
      ln("大会，", 96, 452, 12),
      ln("通过下列宣言：", 96, 434, 12),
      ln("我们各国家和政府代表于 2013 年 10 月 3 日和 4 日齐聚纽约联合国总部，举", 96, 373, 12),
      ln("13-43968", 72, 31, 10, "furniture"),
    ],
    [
      ln("34. 又请秘书长在编写提交大会第六十九届会议的国际移徙与发展问题报告", 101, 399, 12),
      ln("2013 年 10 月 3 日", 450, 351, 12),
      ln("第 25 次全体会议", 451, 333, 12),
      ln("4/4", 72, 30, 10, "furniture"),
      ln("13-43968", 502, 30, 10, "furniture"),
    ],
  );
  assert.deepEqual(
    { ...m },
    {
      symbol: "A/RES/68/4",
      language: "zh",
      jobNumber: "13-43968",
      distribution: "General",
      issued: "2014-01-21",
      originalLanguage: null,
      session: 68,
      agendaItems: ["21(e)"],
      title: "国际移徙与发展高级别对话宣言",
      resolution: "68/4",
      adopted: "2013-10-03",
      draft: "A/68/L.5",
      committee: null,
      meeting: "第25次全体会议",
    },
  );
});

test("reads an Arabic masthead: Latin 'Distr.: General', Arabic date with the double month name, session and item", () => {
  const m = read([
    ln("الأمم المتحدة", 440, 737, 14),
    ln("A/RES/68/4", 72, 737, 20),
    ln("Distr.: General", 72, 699),
    ln("21 كانون الثاني/يناير 2014", 72, 687),
    ln("الأصل: بالإنكليزية", 72, 675),
    ln("الدورة الثامنة والستون", 450, 643, 11),
    ln("البند 21 (هـ) من جدول الأعمال", 430, 630, 11),
    ln("إن الجمعية العامة، إذ تشير إلى قراراتها السابقة المتعلقة بالهجرة الدولية والتنمية،", 100, 400, 12),
  ]);
  assert.equal(m.language, "ar");
  assert.equal(m.distribution, "General");
  assert.equal(m.issued, "2014-01-21");
  assert.equal(m.originalLanguage, "English");
  assert.equal(m.session, 68);
  assert.deepEqual(m.agendaItems, ["21 (هـ)"]);
});

test("reads an English resolution's adoption date and draft from 'Resolution adopted … on' and '[without reference …]'", () => {
  const m = read([
    ln("United Nations", 72, 737, 14),
    ln("A/RES/68/4", 442, 737, 20),
    ln("General Assembly", 72, 705, 20),
    ln("Distr.: General", 405, 699),
    ln("21 January 2014", 405, 687),
    ln("Sixty-eighth session", 72, 643),
    ln("Agenda item 21 (e)", 72, 630),
    ln("Resolution adopted by the General Assembly on 3 October 2013", 150, 539, 14),
    ln("[without reference to a Main Committee (A/68/L.5)]", 170, 518),
    ln("68/4. Declaration of the High-level Dialogue on International Migration", 72, 482, 12),
    ln("and Development", 120, 469, 12),
    ln("The General Assembly,", 96, 440),
    ln("Adopts the following Declaration: the representatives of States and Governments of the world.", 96, 420),
  ]);
  assert.equal(m.resolution, "68/4");
  assert.equal(m.adopted, "2013-10-03");
  assert.equal(m.draft, "A/68/L.5");
  assert.equal(m.session, 68);
  assert.deepEqual(m.agendaItems, ["21 (e)"]);
  assert.equal(m.title, "Declaration of the High-level Dialogue on International Migration and Development");
});

test("joins a big 'A' to '/80/604/Add.6' printed in a separate run, from raw items when no lines exist", () => {
  const d = itemDoc([
    itemPage(1, [
      { str: "United Nations", x: 123, y: 734.16, size: 14 },
      { str: "A", x: 475.18, y: 735.48, size: 20, width: 14.9 },
      { str: "/80/604/Add.6", x: 490.3, y: 735.48, size: 10, width: 61.72 },
      { str: "Distr.: General", x: 397, y: 705.3, size: 10 },
      { str: "7 April 2026", x: 397, y: 693.6, size: 10 },
      { str: "The present report is submitted to the General Assembly by the Advisory Committee.", x: 123, y: 400, size: 10 },
      { str: "26-04865 (E) 150426", x: 65, y: 44.5, size: 10 },
    ]),
  ]);
  readMetadata(d, {});
  assert.equal(d.metadata.symbol, "A/80/604/Add.6");
  assert.equal(d.metadata.jobNumber, "26-04865");
  assert.equal(d.metadata.issued, "2026-04-07");
});

test("keeps a symbol's '(Sect. 10)/Part A' and drops its footnote mark", () => {
  const m = read([ln("A/81/6 (Sect. 10)/Part A*", 435, 735), ln("United Nations", 123, 734, 14), ...ENGLISH_BODY]);
  assert.equal(m.symbol, "A/81/6 (Sect. 10)/Part A");
});

test("strips the language letter from job numbers printed without a space ('GE.19-13879(E)')", () => {
  const m = read([ln("A/HRC/WG.6/34/ITA/3", 434, 790), ...ENGLISH_BODY, ln("GE.19-13879(E)", 57, 58, 10, "furniture")]);
  assert.equal(m.jobNumber, "GE.19-13879");
});

test("falls back to the footer of a later page for the job number ('18 GE.19-13879')", () => {
  const m = read([ln("A/HRC/WG.6/34/ITA/3", 434, 790), ...ENGLISH_BODY], [...ENGLISH_BODY, ln("18 GE.19-13879", 57, 30, 8)]);
  assert.equal(m.jobNumber, "GE.19-13879");
});

test("reports a missing symbol as a warning message, not an exception", () => {
  const d = docOf([...ENGLISH_BODY]);
  readMetadata(d, {});
  assert.equal(d.metadata.symbol, null);
  assert.ok(d.messages.some((msg) => msg.source === "metadata" && msg.ruleId === "read-symbol"));
});

test("parses dates as printed in the six languages", () => {
  assert.equal(parseDate("21 January 2014"), "2014-01-21");
  assert.equal(parseDate("7 avril 2026"), "2026-04-07");
  assert.equal(parseDate("1er août 2026"), "2026-08-01");
  assert.equal(parseDate("7 de abril de 2026"), "2026-04-07");
  assert.equal(parseDate("7 апреля 2026 года"), "2026-04-07");
  assert.equal(parseDate("2014年1月21日"), "2014-01-21");
  assert.equal(parseDate("2013 年 10 月 3 日"), "2013-10-03");
  assert.equal(parseDate("21 كانون الثاني/يناير 2014"), "2014-01-21");
  assert.equal(parseDate("٣ حزيران/يونيه ٢٠٢٠"), "2020-06-03");
  assert.equal(parseDate("January 21, 2014"), "2014-01-21");
  assert.equal(parseDate("4–15 November 2019"), null, "a range is not a date of issue");
  assert.equal(findDate("Резолюция, принятая Генеральной Ассамблеей 3 октября 2013 года")?.iso, "2013-10-03");
});

test("reads session ordinals spelled out in the six languages", () => {
  const cases: Array<[string, number]> = [
    ["Eighty-first", 81],
    ["Quatre-vingt-unième", 81],
    ["Soixante-dix-septième", 77],
    ["Cuadragésimo octavo", 48],
    ["Decimoséptimo", 17],
    ["Восемьдесят первая", 81],
    ["Тридцать четвертая", 34],
    ["六十八", 68],
    ["الحادية والثمانون", 81],
    ["الحادية عشرة", 11],
    ["68th", 68],
  ];
  for (const [words, n] of cases) assert.equal(readOrdinal(words), n, words);
  assert.equal(readOrdinal("Substantive"), null);
});

test("reads agenda item lists and leaves the label out", () => {
  assert.deepEqual(agendaItems("Items 138 and 139 of the preliminary list**"), ["138", "139"]);
  assert.deepEqual(agendaItems("Agenda item 156 (a)"), ["156 (a)"]);
  assert.deepEqual(agendaItems("Agenda items 68 (a) and (b)"), ["68 (a)", "68 (b)"]);
  assert.deepEqual(agendaItems("Temas 3 y 4 del programa"), ["3", "4"]);
  assert.deepEqual(agendaItems("Пункты 3 и 4 повестки дня"), ["3", "4"]);
  assert.deepEqual(agendaItems("临时议程项目3"), ["3"]);
  assert.deepEqual(agendaItems("Financing of the United Nations Mission in Haiti"), []);
});

test("names the original language in English whatever language prints it", () => {
  assert.equal(originalLanguageName("ENGLISH"), "English");
  assert.equal(originalLanguageName("anglais"), "English");
  assert.equal(originalLanguageName("inglés"), "English");
  assert.equal(originalLanguageName("английский"), "English");
  assert.equal(originalLanguageName("英文"), "English");
  assert.equal(originalLanguageName("بالإنكليزية"), "English");
  assert.equal(originalLanguageName("English/French"), "English/French");
  assert.equal(originalLanguageName("español y francés"), "Spanish/French");
});

test("tells English, French and Spanish apart by stop words, and other languages by script", () => {
  assert.equal(languageOfText("The Committee notes that the report of the Secretary-General is late."), "en");
  assert.equal(languageOfText("Le Comité note que le rapport du Secrétaire général est présenté dans les délais."), "fr");
  assert.equal(languageOfText("El Comité observa que el informe del Secretario General se presentó con los anexos."), "es");
  assert.equal(languageOfText("Distr.: General Комитет отмечает, что доклад Генерального секретаря"), "ru");
  assert.equal(languageOfText("Distr.: General 2013 年 10 月 3 日大会决议"), "zh");
  assert.equal(languageOfText("Distr.: General الجمعية العامة"), "ar");
});

test("maps 'Limited' and 'Restricted' distributions, in French and Spanish too", () => {
  const limited = read([ln("A/C.3/80/L.5", 440, 737), ln("Distr. limitée", 397, 705), ...ENGLISH_BODY]);
  assert.equal(limited.distribution, "Limited");
  const restricted = read([ln("E/2024/R.1", 440, 737), ln("Distr.: Restricted", 397, 705), ...ENGLISH_BODY]);
  assert.equal(restricted.distribution, "Restricted");
  const spanish = read([ln("A/C.3/80/L.5", 440, 737), ln("Distr. limitada", 397, 705), ...ENGLISH_BODY]);
  assert.equal(spanish.distribution, "Limited");
});

test("reads a Security Council resolution's number, adoption date and meeting from its adoption line", () => {
  const m = read([
    ln("United Nations", 72, 737, 14),
    ln("S/RES/2719 (2023)", 440, 737, 20),
    ln("Security Council", 72, 705, 20),
    ln("Distr.: General", 405, 699),
    ln("14 December 2023", 405, 687),
    ln("Resolution 2719 (2023)", 72, 600, 12),
    ln("Adopted by the Security Council at its 9520th meeting, on 14 December 2023", 72, 580),
    ln("The Security Council, recalling its previous resolutions and the statements of its President,", 96, 540),
  ]);
  assert.equal(m.symbol, "S/RES/2719 (2023)");
  assert.equal(m.resolution, "2719 (2023)");
  assert.equal(m.adopted, "2023-12-14");
  assert.equal(m.meeting, "9520th meeting");
  assert.equal(m.session, null);
});

test("reads the adoption date from the line under a two-line adoption line, and the committee from a wrapped bracket", () => {
  const m = read([
    ln("United Nations", 72, 737, 14),
    ln("A/RES/78/100", 442, 737, 20),
    ln("General Assembly", 72, 705, 20),
    ln("Distr.: General", 405, 699),
    ln("11 December 2023", 405, 687),
    ln("Seventy-eighth session", 40, 643),
    ln("Agenda item 58", 40, 630),
    ln("Resolution adopted by the General Assembly", 108, 560),
    ln("on 7 December 2023", 108, 548),
    ln("[on the report of the Special Political and Decolonization Committee", 108, 536),
    ln("(Fourth Committee) (A/78/429, para. 33)]", 108, 524),
    ln("78/100. Dissemination of information on decolonization", 40, 500, 12),
    ln("The General Assembly,", 120, 470),
    ln("Having examined the report of the Special Committee on the Situation with regard to the", 108, 458),
  ]);
  assert.equal(m.adopted, "2023-12-07");
  assert.equal(m.committee, "Special Political and Decolonization Committee (Fourth Committee)");
  assert.equal(m.draft, null);
  assert.equal(m.resolution, "78/100");
  assert.equal(m.title, "Dissemination of information on decolonization");
});

test("reads the meeting of a resolution adopted at a resumed meeting ('55th (resumed) plenary meeting')", () => {
  const m = read(
    [
      ln("A/RES/79/235", 442, 737, 20),
      ln("Resolution adopted by the General Assembly", 108, 560),
      ln("on 24 December 2024", 108, 548),
      ln("79/235. Programme budget for 2025", 40, 500, 12),
      ln("The General Assembly,", 120, 470),
    ],
    [ln("Approves the programme budget for 2025.", 108, 600), ln("55th (resumed) plenary meeting", 400, 560), ln("24 December 2024", 400, 546)],
  );
  assert.equal(m.meeting, "55th (resumed) plenary meeting");
  assert.equal(m.adopted, "2024-12-24");
});
