/** Stage 5 placeholder. */
import type { UnDocument } from "../model/document.js";
export function segment(_doc: UnDocument): void {}
