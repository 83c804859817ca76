#!/usr/bin/env node
// The `uncorpus` command: runs the compiled CLI (dist/, made by `npm run build`; `npm ci`/`npm pack` build it).
await import("../dist/pipeline/cli.js");
