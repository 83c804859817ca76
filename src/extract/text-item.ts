/**
 * The one place a text item is made, so that every item has the same fields in the same order
 * (one object shape for the stages that read millions of them): extraction makes them from
 * pdf.js's text content, and packed-document.ts makes them again on the thread that runs the stages.
 */
import type { TextItem } from "../model/document.js";

export function newItem(
  index: number,
  page: number,
  str: string,
  x: number,
  y: number,
  width: number,
  size: number,
  fontName: string,
  artifact: boolean,
  tag: string | null,
  hasEOL: boolean,
  rtl: boolean,
  turned: "down" | "up" | undefined,
): TextItem {
  const item: TextItem = { index, page, str, x, y, width, size, fontName, artifact, tag, hasEOL, rtl };
  // Absent, not undefined, on horizontal text: `turned` is an optional field.
  if (turned !== undefined) item.turned = turned;
  return item;
}
