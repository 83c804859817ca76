/** A run's default per-document limits (kept apart from run.ts so `--help` loads nothing heavy). */
export const DEFAULT_TIMEOUT_SECONDS = 300;
export const DEFAULT_MEMORY_MB = 2048;
