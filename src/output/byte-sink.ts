/**
 * Text appended straight into UTF-8 bytes, in a buffer that grows by doubling.
 *
 * Why: a document's JSON and its corpus rows are hundreds of thousands of small strings. Joined
 * into one string first (V8 keeps `a += b` as a tree of pieces), writing them meant flattening
 * that tree and then encoding it, about 40 % on top of making the pieces; appended here, each
 * small flat string is encoded once, where it ends up.
 *
 * Each piece is encoded by itself, as when written to a file one after the other: a lone
 * surrogate becomes U+FFFD. (The writers here only write whole JSON values and CSV records, which
 * never end inside a surrogate pair.)
 *
 * Example: `const sink = new ByteSink(); sink.write("é"); sink.bytes()` → Uint8Array [0xc3, 0xa9].
 */
export class ByteSink {
  #buffer: Buffer;
  #length = 0;

  constructor(initialBytes = 64 * 1024) {
    // Not from Node's shared pool: the bytes may be transferred to another thread.
    this.#buffer = Buffer.allocUnsafeSlow(initialBytes);
  }

  write(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
    this.#reserve(text.length * 3);
    this.#length += this.#buffer.write(text, this.#length, "utf8");
  }

  /**
   * Text known to be ASCII (JSON punctuation, keys, digits), copied byte by byte: for the few
   * characters between a token's values this is several times cheaper than `write`, whose call
   * into the encoder costs more than the copying.
   */
  writeAscii(text: string): void {
    const n = text.length;
    this.#reserve(n);
    const buffer = this.#buffer;
    let at = this.#length;
    for (let i = 0; i < n; i++) buffer[at++] = text.charCodeAt(i);
    this.#length = at;
  }

  /** Bytes as they are (a few, already encoded: copied one by one, as writeAscii does). */
  writeBytes(bytes: Uint8Array): void {
    const n = bytes.length;
    this.#reserve(n);
    const buffer = this.#buffer;
    let at = this.#length;
    for (let i = 0; i < n; i++) buffer[at++] = bytes[i]!;
    this.#length = at;
  }

  /** `text` as JSON.stringify writes it as a JSON string, quotes and escapes included. */
  writeJsonString(text: string): void {
    const n = text.length;
    this.#reserve(n * 3 + 2);
    const buffer = this.#buffer;
    let at = this.#length;
    buffer[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        // What JSON escapes (controls, quote, backslash): JSON.stringify's own text instead.
        if (c < 0x20 || c === 0x22 || c === 0x5c) return this.write(JSON.stringify(text));
        buffer[at++] = c;
      } else if (c < 0x800) {
        buffer[at++] = 0xc0 | (c >> 6);
        buffer[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        // Surrogates, paired or lone (JSON.stringify escapes a lone one): its own text again.
        return this.write(JSON.stringify(text));
      } else {
        buffer[at++] = 0xe0 | (c >> 12);
        buffer[at++] = 0x80 | ((c >> 6) & 0x3f);
        buffer[at++] = 0x80 | (c & 0x3f);
      }
    }
    buffer[at++] = 0x22;
    this.#length = at;
  }

  /**
   * Empties the sink to be written again, keeping its buffer (a thread writing one document after
   * another reuses it: fresh memory costs page faults on first touch) unless that buffer has grown
   * past `keepBytes`. Views from `bytes()` are overwritten by what is written next.
   */
  reset(keepBytes = 64 * 1024 * 1024): void {
    this.#length = 0;
    if (this.#buffer.length > keepBytes) this.#buffer = Buffer.allocUnsafeSlow(64 * 1024);
  }

  /** The bytes written so far (a view, not a copy; its buffer is the sink's own). */
  bytes(): Uint8Array {
    return new Uint8Array(this.#buffer.buffer, this.#buffer.byteOffset, this.#length);
  }

  #reserve(bytes: number): void {
    if (this.#length + bytes > this.#buffer.length) this.#grow(this.#length + bytes);
  }

  #grow(needed: number): void {
    let size = this.#buffer.length * 2;
    while (size < needed) size *= 2;
    const grown = Buffer.allocUnsafeSlow(size);
    this.#buffer.copy(grown, 0, 0, this.#length);
    this.#buffer = grown;
  }
}
