/**
 * Developer aid: prints every line of a PDF as the pipeline sees it, with page, role, position,
 * size and callouts. Usage: npx tsx scripts/show-lines.ts FILE.pdf [PAGE,PAGE…]
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { extractText } from "../src/extract/extract-text.js";
import { stages } from "../src/stages.js";

const [file, pageList] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: tsx scripts/show-lines.ts FILE.pdf [PAGES]");
  process.exit(2);
}
const doc = await extractText(new Uint8Array(await readFile(file)), basename(file));
for (const stage of stages) if (stage.name !== "tokenize") stage.run(doc, { tokenize: false });
const wanted = pageList ? new Set(pageList.split(",").map(Number)) : null;
for (const page of doc.pages) {
  if (wanted && !wanted.has(page.number)) continue;
  console.log(`=== page ${page.number} (${page.width}×${page.height})`);
  for (const line of page.lines) {
    const [x0, y0, x1] = line.bbox;
    const calls = line.callouts.map((c) => `^${c.marker}@${c.offset}`).join(" ");
    console.log(
      `${line.role.padEnd(9)} x=${x0.toFixed(0).padStart(3)}-${x1.toFixed(0).padStart(3)} y=${y0.toFixed(1).padStart(5)} s=${line.size.toFixed(1)} ${line.fontName.slice(-3)}${line.artifact ? " A" : "  "} | ${line.text} ${calls}`,
    );
  }
}
