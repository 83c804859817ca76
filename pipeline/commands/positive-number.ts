/**
 * A command-line flag's positive number: one reading for every command (run, worker), so
 * `--jobs 1.5` or `--timeout -3` is refused the same way everywhere.
 */

/** The flag's number, undefined when absent, or a message when it is not a positive number. */
export function positiveNumber(flag: string, value: string | undefined, integer: boolean): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    return `${flag} must be a positive ${integer ? "whole number" : "number"}, got "${value}"`;
  }
  return n;
}
