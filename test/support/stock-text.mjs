/**
 * Child process for test/extract-patched.test.ts: the text content of each PDF named on the
 * command line, read by the pinned pdf.js exactly as shipped (its own worker module, its own
 * LoopbackPort, none of this project's patches), as JSON on stdout.
 */
import { readFileSync } from "node:fs";
import { rawText } from "./raw-text.mjs";

const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
const out = [];
for (const file of process.argv.slice(2)) out.push(await rawText(pdfjs, new Uint8Array(readFileSync(file))));
process.stdout.write(JSON.stringify(out));
