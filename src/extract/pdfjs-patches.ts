/**
 * Source patches for pdf.js's worker module, applied when it is loaded (see load-pdfjs.ts).
 * Each one fixes a performance problem without changing what pdf.js computes; each must match
 * the pinned pdf.js source exactly once, or none is applied and pdf.js loads as shipped.
 *
 * Example: `applyPatches(source)` → `{ source: patched, applied: ["text-state-clone"] }`.
 */
export interface SourcePatch {
  name: string;
  /** Why the patch exists and why it changes no result. */
  why: string;
  find: string;
  replace: string;
}

export const WORKER_PATCHES: readonly SourcePatch[] = [
  {
    name: "text-state-clone",
    why:
      "TextState.clone() makes each saved text state (every `q` operator, every font change in " +
      "getTextContent) inherit from the live one with Object.create(this). Every object that " +
      "becomes a prototype sends V8 down its slow path (prototype maps, invalidated inline caches), " +
      "which cost a third of the time of getTextContent on the corpus. All TextState fields are own " +
      "properties that Object.assign copies, so inheriting from TextState.prototype instead gives " +
      "an object with the same fields and methods.",
    find: "const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();",
    replace: "const clone = Object.assign(Object.create(TextState.prototype), this);\n    clone.textMatrix = this.textMatrix.slice();",
  },
  {
    name: "text-transform-inline",
    why:
      "getTextContent computes the text rendering matrix (ctm × text matrix × font size, scale, " +
      "rise) several times per glyph through two Util.transform calls and three new arrays; that " +
      "was the largest single cost left in getTextContent (+28 % without it). The same products, " +
      "written out in the same order of operations (the font-size matrix as six numbers, not an " +
      "array), give the same numbers bit for bit.",
    find: `      const tsm = [textState.fontSize * textState.textHScale, 0, 0, textState.fontSize, 0, textState.textRise];
      if (font.isType3Font && (textState.fontSize <= 1 || font.isCharBBox) && !isArrayEqual(textState.fontMatrix, FONT_IDENTITY_MATRIX)) {
        const glyphHeight = font.bbox[3] - font.bbox[1];
        if (glyphHeight > 0) {
          tsm[3] *= glyphHeight * textState.fontMatrix[3];
        }
      }
      return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));
    }
    function ensureTextContentItem() {`,
    replace: `      const s0 = textState.fontSize * textState.textHScale, s1 = 0, s2 = 0, s4 = 0, s5 = textState.textRise;
      let s3 = textState.fontSize;
      if (font.isType3Font && (textState.fontSize <= 1 || font.isCharBBox) && !isArrayEqual(textState.fontMatrix, FONT_IDENTITY_MATRIX)) {
        const glyphHeight = font.bbox[3] - font.bbox[1];
        if (glyphHeight > 0) {
          s3 *= glyphHeight * textState.fontMatrix[3];
        }
      }
      const m = textState.textMatrix;
      const t0 = m[0] * s0 + m[2] * s1, t1 = m[1] * s0 + m[3] * s1, t2 = m[0] * s2 + m[2] * s3, t3 = m[1] * s2 + m[3] * s3, t4 = m[0] * s4 + m[2] * s5 + m[4], t5 = m[1] * s4 + m[3] * s5 + m[5];
      const c = textState.ctm;
      if (into !== null) {
        into[0] = c[0] * t0 + c[2] * t1;
        into[1] = c[1] * t0 + c[3] * t1;
        into[2] = c[0] * t2 + c[2] * t3;
        into[3] = c[1] * t2 + c[3] * t3;
        into[4] = c[0] * t4 + c[2] * t5 + c[4];
        into[5] = c[1] * t4 + c[3] * t5 + c[5];
        return into;
      }
      return [c[0] * t0 + c[2] * t1, c[1] * t0 + c[3] * t1, c[0] * t2 + c[2] * t3, c[1] * t2 + c[3] * t3, c[0] * t4 + c[2] * t5 + c[4], c[1] * t4 + c[3] * t5 + c[5]];
    }
    function ensureTextContentItem() {`,
  },
  {
    name: "text-transform-scratch",
    why:
      "compareWithLastPosition, run for every glyph, made a new six-number array for the current " +
      "text transform only to read it (two arrays a glyph with the one kept as the item's " +
      "previous position: ~2 GB of garbage on the raw corpus). It now reads the same numbers from " +
      "one array of the getTextContent call, refilled each time; the array kept as the previous " +
      "position, and every transform that goes into an item, is still a new one.",
    find: `    function getCurrentTextTransform() {
      const font = textState.font;`,
    replace: `    const scratchTransform = [0, 0, 0, 0, 0, 0];
    function getCurrentTextTransform(into = null) {
      const font = textState.font;`,
  },
  {
    name: "text-transform-scratch-use",
    why: "The other half of text-transform-scratch: compareWithLastPosition reads the scratch array.",
    find: `    function compareWithLastPosition(glyphWidth) {
      const currentTransform = getCurrentTextTransform();`,
    replace: `    function compareWithLastPosition(glyphWidth) {
      const currentTransform = getCurrentTextTransform(scratchTransform);`,
  },
  {
    name: "sync-inflate",
    why:
      "pdf.js inflates every content stream, form and font file through a DecompressionStream: on " +
      "Node a web stream over an asynchronous zlib stream, whose machinery cost more than the " +
      "inflating (+30 % getTextContent without it on the corpus). Node's inflateSync is the same " +
      "zlib on the same bytes; when it throws (a damaged stream), pdf.js gets the same 'no result' " +
      "as when the DecompressionStream fails and falls back to its own decoder, as before. The " +
      "output is capped by the document's decode budget (zlib's maxOutputLength, see decode-budget): " +
      "past it the stream decodes to nothing and the budget keeps the reason.",
    find: `    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();
    try {
      const {
        readable,
        writable
      } = new DecompressionStream(name);`,
    replace: `    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();
    if (name === "deflate") {
      const budget = globalThis.__uncorpusDecodeBudget;
      try {
        const inflated = __uncorpusZlib.inflateSync(bytes, budget === undefined ? undefined : { maxOutputLength: budget.streamCap() });
        if (budget !== undefined && !budget.charge(inflated.length)) return { decompressed: new Uint8Array(0), compressed: bytes };
        return { decompressed: new Uint8Array(inflated), compressed: bytes };
      } catch (error) {
        if (budget !== undefined && error?.code === "ERR_BUFFER_TOO_LARGE") {
          budget.refuse();
          return { decompressed: new Uint8Array(0), compressed: bytes };
        }
        return { decompressed: null, compressed: bytes };
      }
    }
    try {
      const {
        readable,
        writable
      } = new DecompressionStream(name);`,
  },
  {
    name: "decode-budget",
    why:
      "Decoded streams live outside the V8 heap, so the worker's heap limit does not bound them: a " +
      "small file whose stream inflates to gigabytes takes the machine's memory. Every pdf.js " +
      "decoder (Flate when zlib fails, LZW, RunLength, ASCII85 …) grows its output through " +
      "DecodeStream.ensureBuffer; the growth is charged to the document's decode budget " +
      "(src/extract/decode-budget.ts), which refuses past its limits. A stream under the limits " +
      "decodes exactly as before.",
    find: `    let size = this.minBufferLength;
    while (size < requested) {
      size *= 2;
    }
    const buffer2 = new Uint8Array(size);`,
    replace: `    let size = this.minBufferLength;
    while (size < requested) {
      size *= 2;
    }
    const budget = globalThis.__uncorpusDecodeBudget;
    if (budget !== undefined && !budget.charge(size - buffer.byteLength, size)) {
      throw new Error(\`uncorpus decode budget: \${budget.exceeded}\`);
    }
    const buffer2 = new Uint8Array(size);`,
  },
  {
    name: "text-budget-stop",
    why:
      "Once the document's budget is spent (a page over its item limit, a stream over its decode " +
      "limit: decode-budget.ts), the document is refused, so getTextContent stops at its next item " +
      "instead of reading the rest of a crafted page; the error it throws ends the text stream the " +
      "way a damaged content stream does. Documents within their budget never reach the check.",
    find: `    function flushTextContentItem() {
      if (!textContentItem.initialized || !textContentItem.str) {`,
    replace: `    function flushTextContentItem() {
      if (globalThis.__uncorpusDecodeBudget?.exceeded != null) {
        throw new Error(\`uncorpus budget: \${globalThis.__uncorpusDecodeBudget.exceeded}\`);
      }
      if (!textContentItem.initialized || !textContentItem.str) {`,
  },
  {
    name: "text-chunk-size",
    why:
      "getTextContent hands its items over in chunks, at each font change once 10 items are " +
      "waiting; on a UN page that is dozens of chunks, and each costs three messages through " +
      "pdf.js's message port and the web-stream machinery of a Node ReadableStream (33 chunks a " +
      "page on the raw corpus, ~8 % of extraction). Chunks of up to 1,000 items carry the same " +
      "items in the same order (extract-text concatenates them); the page item limit is still " +
      "checked as chunks arrive, so a crafted page runs at most one chunk past it.",
    find: "const TEXT_CHUNK_BATCH_SIZE = 10;",
    replace: "const TEXT_CHUNK_BATCH_SIZE = 1000;",
  },
  {
    name: "text-chunk-size-stop",
    why:
      "The other half of text-chunk-size: getTextContent pauses its run of operators once it holds " +
      "as many items as the reader asked for (the stream's free space, at most 100), and hands " +
      "them over if there are a chunk's worth. With chunks of 1,000 it would pause after every " +
      "operator without handing anything over, so it now pauses at a chunk's worth (or more, when " +
      "the reader asked for more).",
    find: "        if (textContent.items.length >= (sink?.desiredSize ?? 1)) {",
    replace: "        if (textContent.items.length >= Math.max(sink?.desiredSize ?? 1, TEXT_CHUNK_BATCH_SIZE)) {",
  },
  {
    name: "operator-args-reuse",
    why:
      "getTextContent empties its operator-argument array before every operator with " +
      "`args.length = 0`, which V8 runs as a runtime call (1.2 % of a worker's time). The array is " +
      "only read by index while its operator is handled (nothing keeps a reference to it), so a " +
      "new empty array when the last one had arguments is the same to every reader.",
    find: `        args.length = 0;
        operation.args = args;
        if (!preprocessor.read(operation)) {`,
    replace: `        if (args.length !== 0) args = [];
        operation.args = args;
        if (!preprocessor.read(operation)) {`,
  },
  {
    name: "hex-string-bytes",
    why:
      "Hex strings (<0041…>, how CID fonts show text) were decoded one character at a time into " +
      "an array of one-character strings and joined (2.3 % of a worker's time). Collecting the " +
      "bytes and making the string with String.fromCharCode gives the same string: each byte " +
      "becomes the character of the same code, in the same order, with the same warnings. This " +
      "part starts the byte buffer (one per thread, dropped when a huge string grew it).",
    find: `  getHexString() {
    const strBuf = this.strBuf;
    strBuf.length = 0;`,
    replace: `  static hexBytes = new Uint8Array(1024);
  static hexCount = 0;
  static hexPut(byte) {
    if (Lexer.hexCount === Lexer.hexBytes.length) {
      const grown = new Uint8Array(Lexer.hexCount * 2);
      grown.set(Lexer.hexBytes);
      Lexer.hexBytes = grown;
    }
    Lexer.hexBytes[Lexer.hexCount++] = byte;
  }
  getHexString() {
    Lexer.hexCount = 0;`,
  },
  {
    name: "hex-string-bytes-digit",
    why: "hex-string-bytes: a byte, not a one-character string, for each pair of digits.",
    find: "          strBuf.push(String.fromCharCode(firstDigit << 4 | digit));",
    replace: "          Lexer.hexPut(firstDigit << 4 | digit);",
  },
  {
    name: "hex-string-bytes-end",
    why: "hex-string-bytes: the last odd digit as a byte, and the string made from the bytes.",
    find: `    if (firstDigit !== -1) {
      strBuf.push(String.fromCharCode(firstDigit << 4));
    }
    return strBuf.join("");`,
    replace: `    if (firstDigit !== -1) {
      Lexer.hexPut(firstDigit << 4);
    }
    const bytes = Lexer.hexBytes;
    const count = Lexer.hexCount;
    if (bytes.length > 65536) {
      Lexer.hexBytes = new Uint8Array(1024);
    }
    let out = "";
    for (let start = 0; start < count; start += 8192) {
      out += String.fromCharCode.apply(null, bytes.subarray(start, Math.min(count, start + 8192)));
    }
    return out;`,
  },
  {
    name: "set-font-known",
    why:
      "Every font change (Tf) in getTextContent waited for the font through a promise, which ends " +
      "the current run of operators and starts another (a chunk handed over, the time slot reset, " +
      "two promise hops): UN pages change font many times a line (bold, italic, superscripts), and " +
      "this was ~6 % of a worker's time. A font this getTextContent call (the same resources) has " +
      "already loaded by that name is now set at once, with the same three fields the promise's " +
      "continuation sets; a first use, and a font that failed to load, still go through the " +
      "promise as before.",
    find: `    async function handleSetFont(fontName, fontRef) {
      const translated = await self.loadFont(fontName, fontRef, resources, task);
      textState.loadedName = translated.loadedName;
      textState.font = translated.font;
      textState.fontMatrix = translated.font.fontMatrix || FONT_IDENTITY_MATRIX;
    }`,
    replace: `    const loadedFonts = new Map();
    function setLoadedFont(translated) {
      textState.loadedName = translated.loadedName;
      textState.font = translated.font;
      textState.fontMatrix = translated.font.fontMatrix || FONT_IDENTITY_MATRIX;
    }
    async function handleSetFont(fontName, fontRef) {
      const translated = await self.loadFont(fontName, fontRef, resources, task);
      if (fontRef === null && typeof fontName === "string") {
        loadedFonts.set(fontName, translated);
      }
      setLoadedFont(translated);
    }`,
  },
  {
    name: "set-font-known-use",
    why: "The other half of set-font-known: the Tf case sets a known font at once.",
    find: `            textState.fontName = fontNameArg;
            textState.fontSize = fontSizeArg;
            next(handleSetFont(fontNameArg, null));
            return;`,
    replace: `            textState.fontName = fontNameArg;
            textState.fontSize = fontSizeArg;
            if (loadedFonts.has(fontNameArg)) {
              setLoadedFont(loadedFonts.get(fontNameArg));
              break;
            }
            next(handleSetFont(fontNameArg, null));
            return;`,
  },
  {
    name: "sync-inflate-import",
    why: "Node's zlib for sync-inflate (an import declaration may stand anywhere at a module's top level).",
    find: "\nexport { WorkerMessageHandler };\n",
    replace: '\nimport * as __uncorpusZlib from "node:zlib";\nexport { WorkerMessageHandler };\n',
  },
  {
    name: "text-loop-kept",
    why:
      "getTextContent's loop over a page's operators (promiseBody) and the functions it calls " +
      "(buildTextContentItem, compareWithLastPosition…) are closures made anew for each page. " +
      "V8 keeps their optimized code in a feedback vector the closures share, but holds it only " +
      "weakly: when a full garbage collection comes while no page is being read (between " +
      "documents, or while a thread waits for its next one), the code is thrown away, and the " +
      "next pages run unoptimized until V8 compiles it again (~80 ms each time for promiseBody). " +
      "Over the raw corpus promiseBody was compiled 24 times on one thread. Keeping the last " +
      "page's loop function referenced keeps its code (and the page's text state, a few KB) " +
      "alive: 14 compilations, ~4 % off the run. What the loop computes is untouched.",
    find: `    return new Promise(function promiseBody(resolve, reject) {
      const next = function (promise) {
        enqueueChunk(true);`,
    replace: `    return new Promise(function promiseBody(resolve, reject) {
      __uncorpusTextLoop = promiseBody;
      const next = function (promise) {
        enqueueChunk(true);`,
  },
  {
    name: "text-loop-kept-declare",
    why: "The module-level variable text-loop-kept assigns (only assigned after the module has run).",
    find: "\nexport { WorkerMessageHandler };\n",
    replace: "\nlet __uncorpusTextLoop = null;\nexport { WorkerMessageHandler };\n",
  },
];

export interface PatchResult {
  source: string;
  /** Names of the patches applied: all of them, or none when any did not match exactly once. */
  applied: string[];
}

export function applyPatches(source: string, patches: readonly SourcePatch[] = WORKER_PATCHES): PatchResult {
  let patched = source;
  for (const patch of patches) {
    const first = patched.indexOf(patch.find);
    if (first === -1 || patched.indexOf(patch.find, first + 1) !== -1) return { source, applied: [] };
    patched = patched.slice(0, first) + patch.replace + patched.slice(first + patch.find.length);
  }
  return { source: patched, applied: patches.map((patch) => patch.name) };
}
