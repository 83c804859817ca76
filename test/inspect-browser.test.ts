/**
 * `uncorpus inspect` as a person sees it, in headless Chromium: the page loads without console
 * errors, its overlays count exactly what the document's JSON holds, layers switch off, the side
 * panel jumps. Keeps a screenshot of the sample in output/test-artifacts/ (not committed).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DocumentJson } from "../src/output/to-json.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE = join(ROOT, "input", "A_RES_99_1_sample-zh.pdf");
const ARTIFACTS = join(ROOT, "output", "test-artifacts");
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function cli(args: readonly string[]): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline", "cli.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
  assert.equal(result.status, 0, `uncorpus ${args.join(" ")}:\n${result.stderr}`);
}

test("the inspector page of the sample: no console errors, one overlay per block, footnote, link, furniture and finding of its JSON", async (t) => {
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
  const dir = mkdtempSync(join(tmpdir(), "uncorpus-inspect-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cli(["run", SAMPLE, "--out", join(dir, "run"), "--jobs", "1", "--quiet"]);
  cli(["inspect", SAMPLE, "--out", join(dir, "inspect")]);
  const json = JSON.parse(readFileSync(join(dir, "run", "zh", "A", "RES", "99", "1.json"), "utf8")) as DocumentJson;
  const html = join(dir, "inspect", "zh", "A", "RES", "99", "1.html");
  assert.ok(!/\b(?:src|href)="(?:https?:)?\/\//.test(readFileSync(html, "utf8")), "self-contained: nothing loaded from elsewhere");

  const context = await playwright.chromium.launchPersistentContext(join(dir, "profile"), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(pathToFileURL(html).href);
    await page.waitForLoadState("load");
    assert.equal(await page.title(), "uncorpus inspect — A/RES/99/1");

    const distinct = (attribute: string): Promise<number> =>
      page.locator(`svg [${attribute}]`).evaluateAll((elements, name) => new Set(elements.map((el) => (el as unknown as { getAttribute(n: string): string | null }).getAttribute(name))).size, attribute);
    assert.equal(await distinct("data-block"), json.blocks.length, "every block is outlined");
    assert.equal(await distinct("data-footnote"), json.footnotes.length, "every footnote is outlined");
    assert.equal(await distinct("data-link"), json.footnotes.filter((note) => note.block !== null).length, "every linked footnote has its callout line");
    assert.equal(await distinct("data-furniture"), json.furniture.length, "every piece of furniture is drawn");
    assert.equal(await distinct("data-finding"), json.messages.length, "every finding is flagged");
    assert.equal(await page.locator("figure.page img").count(), json.pages, "every page is drawn");
    const loaded = await page.locator("figure.page img").evaluateAll((images) => images.every((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0));
    assert.ok(loaded, "the page images decode");

    const first = page.locator("[data-furniture]").first();
    assert.match((await first.locator("title").textContent()) ?? "", /^furniture: \S+ · rule \S+ · ./, "furniture says its role, rule and reason on hover");
    assert.ok(await first.isVisible());
    await page.locator('input[data-layer="furniture"]').uncheck();
    assert.ok(!(await first.isVisible()), "the furniture layer switches off");
    await page.locator('input[data-layer="furniture"]').check();

    const last = json.blocks[json.blocks.length - 1]!.id;
    await page.locator(`.panel a[data-jump="${last}"]`).click();
    const box = await page.locator(`#${last} rect`).first().boundingBox();
    assert.ok(box !== null && box.y >= 0 && box.y + box.height <= 1000, `the side panel jumps to ${last}`);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('[data-link]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "inspect-sample.png") });
    assert.deepEqual(errors, [], "no console errors");
  } finally {
    await context.close();
  }
});
