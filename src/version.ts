/**
 * The pipeline's version, as resume sees it: the package version plus the JSON format version.
 * A run skips a document only when its output was made by this same version (see pipeline/batch/resume.ts).
 * Example: "0.1.0+f1".
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { PACKAGE_ROOT } from "./package-root.js";
import { FORMAT_VERSION } from "./output/to-json.js";

/** The package's own version, from its package.json (read where the package is installed). */
export const PACKAGE_VERSION = (createRequire(import.meta.url)(join(PACKAGE_ROOT, "package.json")) as { version: string }).version;

export const PIPELINE_VERSION = `${PACKAGE_VERSION}+f${FORMAT_VERSION}`;
