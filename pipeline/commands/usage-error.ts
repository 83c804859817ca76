/** One line on stderr for a command line that cannot run, and exit code 2. */
export function usageError(error: unknown): number {
  process.stderr.write(`uncorpus: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
}
