/** Hand-built pages for stage unit tests: items placed like pdf.js reports them. */
import { newDocument, type Page, type TextItem, type UnDocument } from "../../src/model/document.js";
import { buildLines } from "../../src/lines/build-lines.js";
import { denoise } from "../../src/denoise/denoise.js";
import { segment } from "../../src/segment/segment.js";

export interface ItemSpec {
  str: string;
  x: number;
  y: number;
  size?: number;
  /** Width; defaults to one em per Han character and half an em per other character. */
  width?: number;
  font?: string;
  artifact?: boolean;
  rtl?: boolean;
  /** Set at right angles to the page, reading down or up (x, y: the baseline's start). */
  turned?: "down" | "up";
}

export function item(spec: ItemSpec, index = 0, page = 1): TextItem {
  const size = spec.size ?? 12;
  const width = spec.width ?? [...spec.str].reduce((w, ch) => w + (/\p{Script=Han}|[，。；：、《》]/u.test(ch) ? size : size / 2), 0);
  return {
    index,
    page,
    str: spec.str,
    x: spec.x,
    y: spec.y,
    width,
    size,
    fontName: spec.font ?? "f1",
    artifact: spec.artifact ?? false,
    tag: null,
    hasEOL: false,
    rtl: spec.rtl ?? /[\u0590-\u08ff]/u.test(spec.str),
    ...(spec.turned === undefined ? {} : { turned: spec.turned }),
  };
}

export function page(number: number, specs: ItemSpec[], width = 612, height = 792): Page {
  const items = specs.map((s, i) => item(s, i, number));
  return { number, width, height, items, lines: [], charCount: items.reduce((n, i) => n + i.str.replace(/\s/g, "").length, 0) };
}

export function doc(pages: Page[]): UnDocument {
  return newDocument("test.pdf", "0".repeat(64), pages);
}

/** A document of hand-built pages (one list of items each) through lines, denoise and segment. */
export function segmentPages(pages: ItemSpec[][]): UnDocument {
  const d = doc(pages.map((specs, i) => page(i + 1, specs)));
  buildLines(d);
  denoise(d);
  segment(d);
  return d;
}
