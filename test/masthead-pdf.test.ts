/**
 * End to end on PDFs the test writes: a modern General Assembly resolution whose adoption line
 * puts its date on a second line and whose bracket line wraps (class 1 of issue 9), and a French
 * report whose masthead gives the session's place and dates ("Genève, …", class 8).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { processPdf } from "../src/index.js";
import { writePdf, type TextSpec } from "./support/pdf-writer.js";

const OPTIONS = { tokenize: false };

function text(x: number, y: number, str: string, size = 10, font: TextSpec["font"] = "Times-Roman"): TextSpec {
  return { x, y, size, font, text: str };
}

test("a two-line adoption and a wrapped bracket line leave the body and give the adoption date and committee", async () => {
  const bytes = writePdf({
    pages: [
      {
        texts: [
          text(72, 740, "United Nations", 14, "Helvetica"),
          text(470, 740, "A/RES/78/100", 12),
          text(72, 716, "General Assembly", 20, "Helvetica"),
          text(400, 716, "Distr.: General"),
          text(400, 704, "11 December 2023"),
          text(40, 640, "Seventy-eighth session"),
          text(40, 628, "Agenda item 58"),
          text(108, 580, "Resolution adopted by the General Assembly", 12, "Times-Bold"),
          text(108, 566, "on 7 December 2023", 12, "Times-Bold"),
          text(108, 550, "[on the report of the Special Political and Decolonization Committee"),
          text(108, 538, "(Fourth Committee) (A/78/429, para. 33)]"),
          text(40, 510, "78/100. Dissemination of information on decolonization", 12, "Times-Bold"),
          text(132, 486, "The General Assembly,"),
          text(108, 472, "Having examined the report of the Special Committee on the Situation,"),
          text(132, 458, "1. Approves the activities in the field of dissemination of information;"),
          text(72, 60, "23-24868 (E) 131223"),
        ],
      },
    ],
  });
  const doc = await processPdf(bytes, "A_RES_78_100.pdf", OPTIONS);
  const body = doc.blocks.map((b) => b.text).join(" | ");
  for (const leak of ["on 7 December 2023", "[on the report", "(Fourth Committee) (A/78/429"]) assert.ok(!body.includes(leak), body);
  assert.match(doc.blocks[0]!.text, /^78\/100\. Dissemination/);
  const adoption = doc.furniture.filter((f) => f.role === "adoption").map((f) => f.text);
  assert.equal(adoption.length, 4, adoption.join(" | "));
  assert.equal(doc.metadata.adopted, "2023-12-07");
  assert.equal(doc.metadata.committee, "Special Political and Decolonization Committee (Fourth Committee)");
});

test("a French masthead's place-and-dates line ('Genève, 8-19 février 2010') is furniture, not body", async () => {
  const bytes = writePdf({
    pages: [
      {
        texts: [
          text(72, 740, "Nations Unies", 14, "Helvetica"),
          text(440, 740, "A/HRC/WG.6/7/ITA/1"),
          text(72, 716, "Assemblée générale", 20, "Helvetica"),
          text(400, 716, "Distr. générale"),
          text(400, 704, "16 novembre 2009"),
          text(400, 680, "Original: anglais"),
          text(56, 640, "Conseil des droits de l’homme", 11, "Times-Bold"),
          text(56, 627, "Septième session", 11, "Times-Bold"),
          text(56, 614, "Genève, 8-19 février 2010"),
          text(100, 570, "Rapport national présenté conformément au paragraphe 15 a)", 14, "Times-Bold"),
          text(72, 530, "1. Le présent rapport a été établi par le Gouvernement italien."),
        ],
      },
    ],
  });
  const doc = await processPdf(bytes, "ohchr.pdf", OPTIONS);
  assert.ok(!doc.blocks.some((b) => b.text.includes("Genève")), doc.blocks.map((b) => b.text).join(" | "));
  assert.equal(doc.furniture.find((f) => f.text.startsWith("Genève"))?.field, "session-dates");
  assert.equal(doc.metadata.session, 7);
});
