// Test worker: segments the texts it is given through a RemoteSegmenter and posts the words back.
// Plain JavaScript: in a worker thread only tsx's require hook is in place (as for piscina's
// workers, which require their task file), so the TypeScript is required, not imported.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

const { RemoteSegmenter } = createRequire(import.meta.url)("../../pipeline/batch/segmenter-service.ts");
const { port, texts, kind } = workerData;
const segmenter = new RemoteSegmenter();
segmenter.use(port);
try {
  const answers = texts.map((text) => (kind === "cut" ? segmenter.cut(text) : segmenter.tag(text)));
  parentPort.postMessage({ answers });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  port.close();
}
