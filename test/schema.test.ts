/** schema/document.schema.json describes what the pipeline writes, and rejects what it must not. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { processPdf } from "../src/index.js";
import { stringifyDocument } from "../src/output/to-json.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(ROOT, "..", "shared");
const SAMPLE = join(ROOT, "input", "A_RES_99_1_sample-zh.pdf");

function validator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(ROOT, "schema", "document.schema.json"), "utf8")) as object;
  return new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
}

/** The JSON exactly as written to disk (stringify, then parse), so the schema sees the file format. */
async function outputOf(path: string): Promise<Record<string, unknown>> {
  const bytes = new Uint8Array(readFileSync(path));
  const doc = await processPdf(bytes, path.split("/").pop()!);
  return JSON.parse(stringifyDocument(doc)) as Record<string, unknown>;
}

function assertValid(validate: ValidateFunction, json: unknown, label: string): void {
  const ok = validate(json);
  const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message ?? ""}`);
  assert.ok(ok, `${label} does not match the schema:\n${errors.join("\n")}`);
}

test("the bundled sample's output matches the schema", async () => {
  assertValid(validator(), await outputOf(SAMPLE), "sample output");
});

test("the schema rejects a document with a block missing its text or a furniture role it does not know", async () => {
  const validate = validator();
  const json = await outputOf(SAMPLE);
  const blocks = json["blocks"] as Array<Record<string, unknown>>;
  assert.ok(blocks.length > 0, "the sample has blocks");
  const { text: _dropped, ...withoutText } = blocks[0]!;
  assert.equal(validate({ ...json, blocks: [withoutText, ...blocks.slice(1)] }), false, "block without text accepted");
  const furniture = json["furniture"] as Array<Record<string, unknown>>;
  assert.equal(validate({ ...json, furniture: [{ ...furniture[0], role: "banner" }] }), false, "unknown furniture role accepted");
  assert.equal(validate({ ...json, sha256: "not-a-hash" }), false, "bad sha256 accepted");
  assert.equal(validate({ ...json, extra: true }), false, "unknown top-level key accepted");
});

test("the output of every gold-listed PDF in ../shared matches the schema", async (t) => {
  const goldDir = join(SHARED, "gold");
  if (!existsSync(goldDir)) {
    t.skip(`../shared not found: ${goldDir} is absent`);
    return;
  }
  const validate = validator();
  const files = readdirSync(goldDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => (JSON.parse(readFileSync(join(goldDir, name), "utf8")) as { file: string }).file);
  assert.ok(files.length > 0, "gold records list PDFs");
  for (const file of files) {
    const path = join(SHARED, "corpus", file);
    if (!existsSync(path)) {
      t.diagnostic(`skipped ${file}: not in ../shared/corpus`);
      continue;
    }
    assertValid(validate, await outputOf(path), file);
  }
});
