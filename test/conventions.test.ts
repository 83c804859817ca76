import { test } from "node:test";
import assert from "node:assert/strict";
import {
  adoptionDateLine,
  asSymbol,
  CLOSING_MEETING,
  committeeOfBracket,
  isAdoptionBracket,
  isAdoptionLine,
  isCouncilAdoptionLine,
  isDateSpan,
  isJobNumber,
  isPageNumber,
  isPlaceAndDates,
  mastheadField,
  matchFurniture,
} from "../src/conventions/index.js";

test("recognises the General Assembly's adoption line in the six languages, one-line and two-line forms", () => {
  const lines = [
    "Resolution adopted by the General Assembly",
    "Resolution adopted by the General Assembly on 4 December 2024",
    "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY",
    "Résolution adoptée par l’Assemblée générale le 4 décembre 2024",
    "Resolución aprobada por la Asamblea General el 4 de diciembre de 2024",
    "Резолюция, принятая Генеральной Ассамблеей 4 декабря 2024 года",
    "2024年12月4日大会决议",
    "قرار اتخذته الجمعية العامة في 4 كانون الأول/ديسمبر 2024",
  ];
  for (const line of lines) assert.ok(isAdoptionLine(line), line);
  assert.ok(!isAdoptionLine("Recalling the resolution adopted by the Human Rights Council,"));
});

test("recognises the Security Council's adoption line in the six languages", () => {
  const lines = [
    "Adopted by the Security Council at its 9520th meeting, on 14 December 2023",
    "Adoptée par le Conseil de sécurité à sa 9520e séance, le 14 décembre 2023",
    "Aprobada por el Consejo de Seguridad en su 9520ª sesión, celebrada el 14 de diciembre de 2023",
    "Принята Советом Безопасности на его 9520-м заседании 14 декабря 2023 года",
    "2023年12月14日安全理事会第9520次会议通过",
    "اتخذه مجلس الأمن في جلسته 9520 المعقودة في 14 كانون الأول/ديسمبر 2023",
  ];
  for (const line of lines) {
    assert.ok(isAdoptionLine(line), line);
    assert.ok(isCouncilAdoptionLine(line), line);
  }
});

test("reads the date line under a two-line adoption line in each language form", () => {
  assert.equal(adoptionDateLine("on 4 December 2024"), "2024-12-04");
  assert.equal(adoptionDateLine("4 December 2023"), "2023-12-04");
  assert.equal(adoptionDateLine("le 4 décembre 2024"), "2024-12-04");
  assert.equal(adoptionDateLine("el 4 de diciembre de 2024"), "2024-12-04");
  assert.equal(adoptionDateLine("4 декабря 2024 года"), "2024-12-04");
  assert.equal(adoptionDateLine("في 4 كانون الأول/ديسمبر 2024"), "2024-12-04");
  assert.equal(adoptionDateLine("on the report of the Sixth Committee"), null);
});

test("recognises the adoption bracket lines in the six languages", () => {
  const lines = [
    "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/79/431, para. 33)]",
    "[without reference to a Main Committee (A/78/L.1)]",
    "[sur la base du rapport de la Quatrième Commission (A/79/431, par. 33)]",
    "[sans renvoi à une grande commission (A/78/L.1)]",
    "[sobre la base del informe de la Cuarta Comisión (A/79/431, párr. 33)]",
    "[sin remisión previa a una Comisión Principal (A/78/L.1)]",
    "[по докладу Четвертого комитета (A/79/431, п. 33)]",
    "[без передачи в главный комитет (A/78/L.1)]",
    "[根据第四委员会的报告(A/79/431，第33段)通过]",
    "[未经发交主要委员会而通过(A/78/L.1)]",
    "[بناء على تقرير اللجنة الرابعة (A/79/431، الفقرة 33)]",
    "[دون الإحالة إلى لجنة رئيسية (A/78/L.1)]",
  ];
  for (const line of lines) {
    assert.ok(isAdoptionBracket(line), line);
    assert.equal(mastheadField(line), "adoption-bracket", line);
  }
});

test("recognises a session's place and dates, place first or (Chinese) last, and date spans alone", () => {
  const lines = [
    "Genève, 8-19 février 2010",
    "Geneva, 8–19 February 2010",
    "New York, 3–14 March 2025",
    "Ginebra, 8 a 19 de febrero de 2010",
    "Женева, 8–19 февраля 2010 года",
    "2010年2月8日至19日，日内瓦",
    "جنيف، 8-19 شباط/فبراير 2010",
    "Genève, 9 septembre-9 octobre 2024",
  ];
  for (const line of lines) {
    assert.ok(isPlaceAndDates(line), line);
    assert.equal(mastheadField(line), "session-dates", line);
  }
  assert.ok(isDateSpan("8-19 February 2010"));
  assert.equal(mastheadField("1 July 2024 to 30 June 2025"), null, "a period alone may be a title's: only the finder, after a session line, takes it");
  assert.ok(!isPlaceAndDates("However, 8 of the 19 States reported in 2010"));
  assert.ok(!isPlaceAndDates("Geneva, the seat of the Council"));
});

test("names every masthead line by what it says", () => {
  const fields: Array<[string, string]> = [
    ["United Nations", "organisation"],
    ["UNITEDUNITED", "organisation"],
    ["联合国", "organisation"],
    ["General Assembly", "body"],
    ["大 会", "body"],
    ["Conseil des droits de l’homme", "body"],
    ["A/RES/78/100", "symbol"],
    ["S/RES/2719 (2023)", "symbol"],
    ["Distr.: General", "distribution"],
    ["11 December 2023", "date"],
    ["Original: English", "original"],
    ["Seventy-eighth session", "session"],
    ["第六十八届会议", "session"],
    ["Agenda item 58", "agenda"],
    ["议程项目 21(e)", "agenda"],
  ];
  for (const [text, field] of fields) assert.equal(mastheadField(text), field, text);
  assert.equal(mastheadField("The General Assembly,"), null);
});

test("page numbers, job numbers and recycling marks, with the role each proves", () => {
  assert.ok(isPageNumber("2/27"));
  assert.ok(!isPageNumber("2026/27"));
  assert.ok(isPageNumber("Page 2"));
  assert.ok(isJobNumber("26-00248 (E) 170221"));
  assert.ok(isJobNumber("18 GE.19-13879"));
  assert.ok(isJobNumber("V.19-01234"));
  assert.equal(matchFurniture("请回收")?.role, "recycling");
  assert.equal(matchFurniture("Merci de recycler ♲")?.role, "recycling");
  assert.equal(matchFurniture("*2102065*")?.role, "barcode");
  assert.equal(asSymbol("A/81/6 (Sect. 10)/Part A*"), "A/81/6 (Sect. 10)/Part A");
});

test("names the committee of an 'on the report of' bracket as printed, in the six languages", () => {
  const cases: Array<[string, string | null]> = [
    ["[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/79/431, para. 33)]", "Special Political and Decolonization Committee (Fourth Committee)"],
    ["[on the report of the Sixth Committee (A/78/433, para. 13)]", "Sixth Committee"],
    ["[sur la base du rapport de la Sixième Commission (A/78/433, par. 13)]", "Sixième Commission"],
    ["[sobre la base del informe de la Sexta Comisión (A/78/433, párr. 13)]", "Sexta Comisión"],
    ["[по докладу Шестого комитета (A/78/433, п. 13)]", "Шестого комитета"],
    ["[根据第六委员会的报告(A/78/433，第13段)通过]", "第六委员会"],
    ["[بناء على تقرير اللجنة السادسة (A/78/433، الفقرة 13)]", "اللجنة السادسة"],
    ["[without reference to a Main Committee (A/78/L.1)]", null],
  ];
  for (const [bracket, committee] of cases) assert.equal(committeeOfBracket(bracket), committee, bracket);
});

test("reads closing meeting lines, a resumed meeting's too, in the six languages", () => {
  const lines = [
    "25th plenary meeting",
    "55th (resumed) plenary meeting",
    "85e séance plénière",
    "55e séance plénière (reprise)",
    "92ª sesión plenaria",
    "55ª sesión plenaria (continuación)",
    "25-е пленарное заседание",
    "55-е пленарное заседание (возобновленное)",
    "第25次全体会议",
    "第55次（续）全体会议",
    "الجلسة العامة 25",
  ];
  for (const line of lines) assert.ok(CLOSING_MEETING.test(line), line);
  assert.ok(!CLOSING_MEETING.test("52. Takes note with appreciation of the commemorative plenary meeting of"));
});
