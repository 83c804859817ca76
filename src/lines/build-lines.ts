/** Stage 2 placeholder. */
import type { UnDocument } from "../model/document.js";
export function buildLines(_doc: UnDocument): void {}
