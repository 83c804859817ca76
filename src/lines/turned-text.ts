/**
 * Text set at right angles to the page (a landscape page turned in a portrait document keeps its
 * header, page number and job number up the page's edges; a chart's axis title) is read in its
 * own frame, never joined with the horizontal lines it crosses: "26-01095", set up the left edge
 * of A/80/607 p. 30, otherwise runs into "Abbreviations: …" on the same y, and the page number
 * "59/63" takes the raised note marker "c" of the note beside it.
 */
import type { TextItem } from "../model/document.js";

export type Turn = NonNullable<TextItem["turned"]>;

/** The item as if the page were turned to read it left to right: x along its baseline, y across, the next line lower. */
export function toReadingFrame(item: TextItem): TextItem {
  return item.turned === "down" ? { ...item, x: -item.y, y: item.x } : { ...item, x: item.y, y: -item.x };
}

/**
 * A box [left, baseline, right, top] of the reading frame back on the page, as [left, bottom,
 * right, top]: text reading down has its glyphs right of its baseline, text reading up left of it.
 */
export function toPageBox([x0, y0, x1, y1]: readonly number[], turn: Turn): [number, number, number, number] {
  return turn === "down" ? [y0!, -x1!, y1!, -x0!] : [-y1!, x0!, -y0!, x1!];
}
