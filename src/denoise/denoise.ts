/** Stage 3 placeholder. */
import type { UnDocument } from "../model/document.js";
export function denoise(_doc: UnDocument): void {}
