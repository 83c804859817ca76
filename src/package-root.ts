/**
 * The installed package's folder, where package.json, data/ and schema/ live, whether this code
 * runs from source (src/, under tsx) or compiled (dist/src/, from an installed package).
 * Example: /home/me/project/node_modules/uncorpus.
 */
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SRC_DIR = dirname(fileURLToPath(import.meta.url));

export const PACKAGE_ROOT = basename(dirname(SRC_DIR)) === "dist" ? join(SRC_DIR, "..", "..") : join(SRC_DIR, "..");
