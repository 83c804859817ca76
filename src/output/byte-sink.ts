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
    const room = text.length * 3;
    if (this.#length + room > this.#buffer.length) this.#grow(this.#length + room);
    this.#length += this.#buffer.write(text, this.#length, "utf8");
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

  #grow(needed: number): void {
    let size = this.#buffer.length * 2;
    while (size < needed) size *= 2;
    const grown = Buffer.allocUnsafeSlow(size);
    this.#buffer.copy(grown, 0, 0, this.#length);
    this.#buffer = grown;
  }
}
