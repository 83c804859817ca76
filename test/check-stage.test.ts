/** The check stage on a whole document: the sample is clean; a lost character is a conservation finding on its page. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { processPdf } from "../src/index.js";
import { check } from "../src/check/check.js";
import { stages } from "../src/stages.js";
import { stringifyDocument } from "../src/output/to-json.js";
import { Ajv2020 } from "ajv/dist/2020.js";

const ROOT = resolve(import.meta.dirname, "..");
const SAMPLE = join(ROOT, "input", "A_RES_99_1_sample-zh.pdf");

async function sample() {
  return processPdf(new Uint8Array(readFileSync(SAMPLE)), "A_RES_99_1_sample-zh.pdf", { tokenize: false });
}

test("check runs as the last stage and finds nothing on the bundled sample", async () => {
  assert.equal(stages.at(-1)?.name, "check");
  const doc = await sample();
  assert.deepEqual(doc.messages.filter((m) => m.source === "check"), []);
});

test("a character lost between pdf.js and the lines is a conservation finding on its page", async () => {
  const doc = await sample();
  doc.messages = [];
  const page = doc.pages[1]!;
  page.charCount += 3; // pdf.js extracted three characters that no line holds
  check(doc);
  const found = doc.messages.filter((m) => m.ruleId === "conservation");
  assert.equal(found.length, 1);
  assert.equal(found[0]!.page, page.number);
  assert.equal(found[0]!.level, "warning");
  assert.equal(found[0]!.source, "check");
  assert.match(found[0]!.text, /3 lost/);
});

test("a rule's finding is a message with rule id, page, block, actual and expected, in that key order", async () => {
  const doc = await sample();
  doc.messages = [];
  const numbered = doc.blocks.filter((b) => b.number !== null && b.parent === null);
  assert.ok(numbered.length >= 3, "the sample has numbered paragraphs");
  numbered[1]!.number = "7";
  check(doc);
  const message = doc.messages.find((m) => m.ruleId === "numbering-sequence");
  assert.ok(message, "numbering-sequence fired");
  assert.deepEqual(Object.keys(message), ["level", "source", "ruleId", "page", "text", "block", "actual", "expected"]);
  assert.equal(message.block, numbered[1]!.id);
  assert.equal(message.actual, "7");
  assert.equal(message.expected, "2");
  const schema = JSON.parse(readFileSync(join(ROOT, "schema", "document.schema.json"), "utf8")) as object;
  const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
  assert.ok(validate(JSON.parse(stringifyDocument(doc))), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(validate(JSON.parse(stringifyDocument({ ...doc, messages: [{ ...message, block: "paragraph 2" }] }))), false, "a block that is no id is rejected");
});
