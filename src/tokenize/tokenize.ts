/** Stage 6, tokenize: placeholder until the tokenizers land. */
import type { UnDocument } from "../model/document.js";

export function tokenize(_doc: UnDocument): void {}
