/**
 * The pipeline's version, as resume sees it: the package version plus the JSON format version.
 * A run skips a document only when its output was made by this same version (see pipeline/batch/resume.ts).
 * Example: "0.1.0+f1".
 */
import packageJson from "../package.json" with { type: "json" };
import { FORMAT_VERSION } from "./output/to-json.js";

export const PIPELINE_VERSION = `${packageJson.version}+f${FORMAT_VERSION}`;
