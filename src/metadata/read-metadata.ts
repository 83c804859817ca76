/** Stage 4, metadata: placeholder until the metadata readers land. */
import type { UnDocument } from "../model/document.js";

export function readMetadata(_doc: UnDocument): void {}
