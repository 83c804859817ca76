// Starts segmenter-thread.ts from source: in a new thread only tsx's require hook is in place
// (as for piscina's workers, which require their task file), so the TypeScript is required.
import { createRequire } from "node:module";

createRequire(import.meta.url)("./segmenter-thread.ts");
