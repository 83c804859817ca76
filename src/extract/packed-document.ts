/**
 * An extracted document (pages of text items, before any stage has run) as a few flat arrays and
 * one string, to move from the thread that ran pdf.js to the thread that runs the stages
 * (pipeline/batch/pool.ts). Moved as is, the document is hundreds of thousands of small objects
 * that a structured clone copies one by one on both sides; packed, its typed arrays are
 * transferred without a copy and its text is one string.
 *
 * `unpackDocument(packDocument(doc))` gives the document back field for field (numbers as the
 * same doubles, `turned` absent where it was absent), which test/packed-document.test.ts checks.
 *
 * Example: `const packed = packDocument(doc); port.postMessage(packed, packedBuffers(packed))`,
 * then on the other side `unpackDocument(packed)`.
 */
import { newDocument, type Page, type TextItem, type UnDocument } from "../model/document.js";
import { newItem } from "./text-item.js";

export interface PackedDocument {
  file: string;
  sha256: string;
  /** Per page: number, width, height, charCount, item count. */
  pages: Float64Array;
  /** Per item: x, y, width, size. */
  numbers: Float64Array;
  /** Per item: artifact (1), hasEOL (2), rtl (4), turned down (8) or up (16). */
  flags: Uint8Array;
  /** Per item: its fontName's index in `names`. */
  fonts: Uint32Array;
  /** Per item: its tag's index in `names`, or −1 for none. */
  tags: Int32Array;
  /** The font names and tags, each once. */
  names: string[];
  /** Per item: the length of its text in `text`. */
  lengths: Uint32Array;
  /** Every item's text, one after the other. */
  text: string;
}

const PAGE_FIELDS = 5;
const ITEM_NUMBERS = 4;
const ARTIFACT = 1;
const HAS_EOL = 2;
const RTL = 4;
const TURNED_DOWN = 8;
const TURNED_UP = 16;

/** The document packed. Only extraction's fields are kept: run it before the stages. */
export function packDocument(doc: UnDocument): PackedDocument {
  const count = doc.pages.reduce((n, page) => n + page.items.length, 0);
  const pages = new Float64Array(doc.pages.length * PAGE_FIELDS);
  const numbers = new Float64Array(count * ITEM_NUMBERS);
  const flags = new Uint8Array(count);
  const fonts = new Uint32Array(count);
  const tags = new Int32Array(count);
  const lengths = new Uint32Array(count);
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const indexOf = (name: string): number => {
    let index = nameIndex.get(name);
    if (index === undefined) {
      index = names.push(name) - 1;
      nameIndex.set(name, index);
    }
    return index;
  };
  const texts: string[] = [];
  let at = 0;
  doc.pages.forEach((page, p) => {
    pages.set([page.number, page.width, page.height, page.charCount, page.items.length], p * PAGE_FIELDS);
    for (const item of page.items) {
      const n = at * ITEM_NUMBERS;
      numbers[n] = item.x;
      numbers[n + 1] = item.y;
      numbers[n + 2] = item.width;
      numbers[n + 3] = item.size;
      flags[at] =
        (item.artifact ? ARTIFACT : 0) |
        (item.hasEOL ? HAS_EOL : 0) |
        (item.rtl === true ? RTL : 0) |
        (item.turned === "down" ? TURNED_DOWN : item.turned === "up" ? TURNED_UP : 0);
      fonts[at] = indexOf(item.fontName);
      tags[at] = item.tag === null ? -1 : indexOf(item.tag);
      lengths[at] = item.str.length;
      texts.push(item.str);
      at++;
    }
  });
  return { file: doc.file, sha256: doc.sha256, pages, numbers, flags, fonts, tags, names, lengths, text: texts.join("") };
}

/** The buffers under a packed document's arrays, to transfer with it (each array has its own). */
export function packedBuffers(packed: PackedDocument): ArrayBuffer[] {
  const { pages, numbers, flags, fonts, tags, lengths } = packed;
  return [pages, numbers, flags, fonts, tags, lengths].map((array) => array.buffer as ArrayBuffer);
}

/** The document packDocument packed, as extraction made it. */
export function unpackDocument(packed: PackedDocument): UnDocument {
  const { numbers, flags, fonts, tags, names, lengths, text } = packed;
  const pages: Page[] = [];
  let at = 0;
  let offset = 0;
  for (let p = 0; p < packed.pages.length; p += PAGE_FIELDS) {
    const number = packed.pages[p]!;
    const itemCount = packed.pages[p + 4]!;
    const items: TextItem[] = new Array<TextItem>(itemCount);
    for (let i = 0; i < itemCount; i++, at++) {
      const n = at * ITEM_NUMBERS;
      const f = flags[at]!;
      const tag = tags[at]!;
      const end = offset + lengths[at]!;
      items[i] = newItem(
        i,
        number,
        text.slice(offset, end),
        numbers[n]!,
        numbers[n + 1]!,
        numbers[n + 2]!,
        numbers[n + 3]!,
        names[fonts[at]!]!,
        (f & ARTIFACT) !== 0,
        tag === -1 ? null : names[tag]!,
        (f & HAS_EOL) !== 0,
        (f & RTL) !== 0,
        (f & TURNED_DOWN) !== 0 ? "down" : (f & TURNED_UP) !== 0 ? "up" : undefined,
      );
      offset = end;
    }
    pages.push({ number, width: packed.pages[p + 1]!, height: packed.pages[p + 2]!, items, lines: [], charCount: packed.pages[p + 3]! });
  }
  return newDocument(packed.file, packed.sha256, pages);
}
