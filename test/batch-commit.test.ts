/**
 * Committing a document's output can fail on the file system (a name it refuses, a folder where
 * a file stands): that document fails with its reason and the run goes on. Symbol-derived paths
 * are bounded so that no symbol makes a name the file system refuses.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePdf } from "./support/pdf-writer.js";
import { withMasthead } from "./support/hostile-pdfs.js";
import { runDocuments } from "../pipeline/run.js";
import { outputPath } from "../src/output/output-path.js";

test("a file/folder clash between two symbols fails the second document with its reason; the others are written", async () => {
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-commit-"));
  const inputs = ["a.pdf", "b.pdf", "c.pdf"].map((name) => join(dir, name));
  // "A/80" is written as en/A/80.json; "A/80.json/1" then needs a folder of that name.
  writeFileSync(inputs[0]!, writePdf({ pages: [withMasthead("A/80")] }));
  writeFileSync(inputs[1]!, writePdf({ pages: [withMasthead("A/80.json/1")] }));
  writeFileSync(inputs[2]!, writePdf({ pages: [withMasthead("A/80/3")] }));
  const out = join(dir, "out");
  const results = await runDocuments(inputs, { out, jobs: 2, corpus: false, tokenize: false });
  assert.deepEqual(
    results.map((r) => r.status),
    ["ok", "failed", "ok"],
    results.map((r) => `${r.input}: ${r.error ?? r.output}`).join("\n"),
  );
  assert.match(results[1]!.error ?? "", /^cannot write en\/A\/80\.json\/1\.json: E[A-Z]+ /);
  assert.doesNotMatch(results[1]!.error ?? "", /[\r\n]/);
  assert.ok(existsSync(join(out, "en/A/80/3.json")));
  const manifest = readFileSync(join(out, "manifest.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { status?: string; error?: string | null; summary?: boolean });
  assert.deepEqual(manifest.filter((l) => l.summary !== true).map((l) => l.status), ["ok", "failed", "ok"]);
});

test("symbol paths are bounded in depth and in bytes per name (no ENAMETOOLONG), deterministically", () => {
  const symbol = Array.from({ length: 40 }, (_, i) => `Part${i}` + "Ж".repeat(300)).join("/");
  const path = outputPath(symbol, "ru", "x.pdf");
  const segments = path.split("/");
  assert.ok(segments.length <= 11, `${segments.length} segments`);
  for (const segment of segments) assert.ok(new TextEncoder().encode(segment).length <= 255 - 18, `${segment.length} characters`);
  assert.equal(outputPath(symbol, "ru", "x.pdf"), path);
  const astral = outputPath("A/" + "𠀀".repeat(100), "zh", "x.pdf");
  assert.doesNotMatch(astral, /[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u, "no half surrogate pair");
  assert.equal(outputPath("A/RES/68/4", "zh", "x.pdf"), "zh/A/RES/68/4.json");
});
