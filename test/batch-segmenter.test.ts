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

test("an answer larger than the worker's buffer comes in pages, whole", async () => {
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

test("a long text is segmented in chunks: words cover it exactly, and are the whole text's where jieba splits by itself", async () => {
  const { ChunkedSegmentation, CHUNK_UNITS } = await import("../pipeline/batch/segment-in-chunks.js");
  const jieba = jiebaSegmenter();
  const sizes: number[] = [];
  const cut = (text: string): string[] => (sizes.push(text.length), jieba.cut(text));
  const all = (text: string): string[] => {
    const chunks = new ChunkedSegmentation(text, cut, (word: string) => word);
    const words: string[] = [];
    for (let next = chunks.next(); next !== null; next = chunks.next()) words.push(...next);
    return words;
  };
  // Sentences with commas and full stops (cppjieba cuts its input at "，" and "。" itself).
  const prose = "联合国大会第六十八届会议通过了关于可持续发展的决议，重申其承诺，并请秘书长提交报告。".repeat(1500);
  assert.ok(prose.length > 4 * CHUNK_UNITS);
  assert.deepEqual(all(prose), jieba.cut(prose));
  assert.ok(sizes.length > 4 && sizes.every((n) => n <= CHUNK_UNITS), `chunks of ${sizes.join(", ")}`);
  // One Han run with no separator at all (the hostile case): still covered exactly, in chunks.
  sizes.length = 0;
  const run = "会员国可持续发展目标国际合作".repeat(3000);
  assert.equal(all(run).join(""), run);
  assert.ok(sizes.length > 4 && sizes.every((n) => n <= CHUNK_UNITS));
});

test("a huge Han run from one worker does not hold up another worker's call; nodejieba loads once", async () => {
  const service = new SegmenterService();
  // Two million Han characters with no punctuation: hundreds of chunks.
  const huge = "会员国可持续发展目标国际合作".repeat(150_000);
  const order: string[] = [];
  const big = inWorker(service, [huge]).then((r) => (order.push("huge"), r));
  // Once the thread has loaded nodejieba it is segmenting the huge run; only then ask the small one.
  while (service.loads === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const small = await inWorker(service, ["联合国大会"]);
  order.push("small");
  assert.deepEqual(small.answers, [jiebaSegmenter().cut("联合国大会")]);
  const { answers, error } = await big;
  assert.equal(error, undefined);
  assert.equal((answers![0] as string[]).join(""), huge);
  assert.deepEqual(order, ["small", "huge"], "the small call was answered between two chunks of the huge one");
  assert.equal(service.loads, 1);
  await service.close();
});
