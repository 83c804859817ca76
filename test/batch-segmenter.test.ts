import { test } from "node:test";
import assert from "node:assert/strict";
import { MessageChannel, Worker } from "node:worker_threads";
import { SegmenterService } from "../pipeline/batch/segmenter-service.js";
import { jiebaSegmenter } from "../src/tokenize/jieba.js";

/** Runs texts through a RemoteSegmenter in a real worker thread, answered by `service` in this one. */
function inWorker(service: SegmenterService, texts: string[], kind: "cut" | "tag" = "cut"): Promise<{ answers?: unknown[]; error?: string }> {
  const { port1, port2 } = new MessageChannel();
  service.serve(port1);
  const worker = new Worker(new URL("./support/segmenter-worker.mjs", import.meta.url), { workerData: { port: port2, texts, kind }, transferList: [port2], execArgv: process.execArgv });
  return new Promise((resolve, reject) => {
    worker.once("message", (message) => {
      port1.close();
      void worker.terminate();
      resolve(message as { answers?: unknown[]; error?: string });
    });
    worker.once("error", reject);
  });
}

// First: a failed load leaves nodejieba unloaded in this process, so the tests after it can load it.
test("a segmenter that cannot load fails the worker's call with the reason, not a hang", async () => {
  const { answers, error } = await inWorker(new SegmenterService("/no/such/user-dict.txt"), ["联合国"]);
  assert.equal(answers, undefined);
  assert.equal(error, "user dictionary not found: /no/such/user-dict.txt");
});

test("a worker's segmenter calls are answered by the run's one nodejieba, word for word as in-thread", async () => {
  const texts = ["联合国大会第六十八届会议通过了关于可持续发展的决议，重申其承诺。", "会员国", ""];
  const local = jiebaSegmenter();
  const { answers, error } = await inWorker(new SegmenterService(), texts);
  assert.equal(error, undefined);
  assert.deepEqual(answers, texts.map((text) => local.cut(text)));
  assert.equal((answers![0] as string[]).join(""), texts[0]);
});

test("part-of-speech answers come back as words with tags", async () => {
  const text = "大会重申其承诺。";
  const { answers } = await inWorker(new SegmenterService(), [text], "tag");
  assert.deepEqual(answers, [jiebaSegmenter().tag(text)]);
});

test("an answer larger than the worker's buffer is asked for again with a larger one", async () => {
  // Quotes and backslashes are one-character words that take two characters each in JSON.
  const text = '"\\'.repeat(2000) + "联合国";
  const { answers, error } = await inWorker(new SegmenterService(), [text]);
  assert.equal(error, undefined);
  assert.deepEqual(answers, [jiebaSegmenter().cut(text)]);
  assert.equal((answers![0] as string[]).join(""), text);
});

test("a batch run tokenizes Chinese through the run's segmenter exactly as processPdf does in one thread", async () => {
  const { mkdtempSync, readFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { runDocuments } = await import("../pipeline/run.js");
  const { processPdf } = await import("../src/index.js");
  const { stringifyDocument } = await import("../src/output/to-json.js");
  const sample = new URL("../input/A_RES_99_1_sample-zh.pdf", import.meta.url).pathname;
  const out = mkdtempSync(join(tmpdir(), "uncorpus-segmenter-"));
  const [result] = await runDocuments([sample], { out, jobs: 1, corpus: false, pos: true });
  assert.equal(result?.status, "ok");
  const inThread = await processPdf(new Uint8Array(readFileSync(sample)), "A_RES_99_1_sample-zh.pdf", { pos: true });
  assert.ok(inThread.blocks.some((block) => (block.tokens ?? []).some((token) => token.pos !== undefined)));
  assert.equal(readFileSync(result!.output!, "utf8"), stringifyDocument(inThread));
  rmSync(out, { recursive: true, force: true });
});
