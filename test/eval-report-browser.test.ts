import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { writeReport } from "../pipeline/eval/write-report.js";
import { sampleRun } from "./eval-fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

test("the HTML report renders its side-by-side diff and leak highlights in headless Chromium", async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} not installed (npm's pretest installs it when run as root with apt-get)`);
    return;
  }
  let playwright: typeof import("playwright-core");
  try {
    playwright = await import("playwright-core");
  } catch (error) {
    t.skip(`playwright-core not installed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const shots = mkdtempSync(join(tmpdir(), "uncorpus-report-shot-"));
  const profile = mkdtempSync(join(tmpdir(), "uncorpus-chromium-"));
  const paths = await writeReport(sampleRun(), shots, { gold: ["gold"], corpus: "corpus", thresholds: "sample-thresholds.json" }, "2026-01-01T00:00:00Z");
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(paths.html).href);
    assert.equal(await page.title(), "uncorpus eval — FAIL");

    const rows = page.locator("#doc-damaged-json table.diff tbody tr");
    assert.ok((await rows.count()) >= 2, "the damaged document lists its worst paragraphs");
    const first = rows.first();
    const gold = await first.locator("td.gold").boundingBox();
    const extracted = await first.locator("td.extracted").boundingBox();
    assert.ok(gold !== null && extracted !== null, "both sides are laid out");
    assert.ok(gold.x + gold.width <= extracted.x + 1, "gold sits left of the extracted text");
    assert.ok(Math.abs(gold.y - extracted.y) < 1, "the two sides share a row");
    assert.ok(gold.width > 300 && extracted.width > 300, `each side has room (${gold.width}, ${extracted.width})`);

    assert.equal(await page.locator("#doc-damaged-json td.gold del", { hasText: "架" }).count(), 1);
    assert.equal(await page.locator("#doc-damaged-json td.extracted ins", { hasText: "2/4" }).count(), 1);
    const leak = page.locator("#doc-damaged-json mark.leak");
    assert.equal(await leak.count(), 1);
    assert.equal(await leak.textContent(), "2/4");
    assert.ok(await leak.isVisible());
    const background = await leak.evaluate((el) => {
      const view = globalThis as unknown as { getComputedStyle(node: unknown): { backgroundColor: string } };
      return view.getComputedStyle(el).backgroundColor;
    });
    assert.notEqual(background, "rgba(0, 0, 0, 0)", "the leak is highlighted");

    assert.equal(await page.locator("table.summary tbody tr").count(), 2);
    assert.ok((await page.locator("table.summary td.miss").count()) >= 3, "missed bars are marked in the summary");
    assert.equal(await page.locator("#doc-intact-json table.diff").count(), 0, "a perfect document shows no diff");

    const shot = join(shots, "report.png");
    await page.screenshot({ path: shot, fullPage: true });
    assert.ok(statSync(shot).size > 10_000);
    t.diagnostic(`screenshot: ${shot}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
