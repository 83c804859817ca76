/**
 * What a run shows while it works. Four modes: a progress bar redrawn on stderr when it is a
 * terminal ("bar"), one plain log line per document on stdout otherwise ("plain"), one JSON
 * object per document on stdout ("json"), or nothing ("quiet"). In every mode a failed document
 * prints `<file>: <reason>` on stderr, one line, in input order: stderr holds only the problems
 * (and the bar), so scripts can read it as the list of failures.
 * Example bar: `[#########-----------]  31/70 docs  48.2 pages/s  ETA 0:42  1 failed`
 */
import type { ManifestLine, Summary } from "./manifest.js";

export type LogMode = "bar" | "plain" | "json" | "quiet";

export interface Progress {
  /** Called once the number of inputs is known. */
  start(total: number): void;
  /** A document finished (any order); pages are 0 for skipped and failed ones. */
  finished(line: ManifestLine): void;
  /** A document's line is final (input order). */
  committed(line: ManifestLine): void;
  end(summary: Summary): void;
  /** A step of the run worth a line for people (bar mode: stderr, plain mode: stdout). */
  note(text: string): void;
}

export interface Sinks {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Columns of the terminal, for the bar. */
  columns?: number;
  now?: () => number;
}

/** Bar width in characters, and how often it may be redrawn. */
const BAR_WIDTH = 20;
const REDRAW_MS = 100;

export function defaultLogMode(flags: { quiet: boolean; json: boolean }, isTty: boolean): LogMode {
  if (flags.json) return "json";
  if (flags.quiet) return "quiet";
  return isTty ? "bar" : "plain";
}

export function createProgress(mode: LogMode, sinks: Sinks): Progress {
  const now = sinks.now ?? (() => performance.now());
  let total = 0;
  let done = 0;
  let processed = 0;
  let failed = 0;
  let pages = 0;
  let started = now();
  let lastDraw = -Infinity;
  let drawn = false;

  const bar = (): string => {
    const seconds = (now() - started) / 1000;
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const rate = seconds > 0 ? pages / seconds : 0;
    const eta = processed > 0 ? ((total - done) * seconds) / processed : null;
    const parts = [
      `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`,
      `${String(done).padStart(String(total).length)}/${total} docs`,
      `${rate.toFixed(1)} pages/s`,
      `ETA ${eta === null ? "--:--" : clock(eta)}`,
      `${failed} failed`,
    ];
    const text = parts.join("  ");
    return sinks.columns === undefined ? text : text.slice(0, Math.max(0, sinks.columns - 1));
  };
  const draw = (force: boolean): void => {
    if (mode !== "bar" || (!force && now() - lastDraw < REDRAW_MS)) return;
    lastDraw = now();
    sinks.stderr(`\r\x1b[2K${bar()}`);
    drawn = true;
  };
  const clearBar = (): void => {
    if (mode === "bar" && drawn) sinks.stderr("\r\x1b[2K");
  };

  return {
    start(count) {
      total = count;
      started = now();
      draw(true);
    },
    finished(line) {
      done++;
      if (line.status !== "skipped") processed++;
      if (line.status === "failed") failed++;
      pages += line.pages;
      draw(done === total);
    },
    committed(line) {
      if (line.status === "failed") {
        clearBar();
        sinks.stderr(`${line.path}: ${line.error ?? "failed"}\n`);
        if (drawn) draw(true);
      }
      if (mode === "json") sinks.stdout(JSON.stringify(line) + "\n");
      if (mode === "plain" && line.status !== "failed") sinks.stdout(plainLine(line) + "\n");
    },
    end(summary) {
      clearBar();
      drawn = false;
      if (mode === "json") sinks.stdout(JSON.stringify(summary) + "\n");
    },
    note(text) {
      if (mode === "bar") sinks.stderr(`${text}\n`);
      if (mode === "plain") sinks.stdout(`${text}\n`);
    },
  };
}

function plainLine(line: ManifestLine): string {
  if (line.status === "skipped") return `skipped ${line.path} (complete: ${line.output ?? ""})`;
  return `ok ${line.path} → ${line.output ?? ""} (${line.pages} pages, ${(line.ms / 1000).toFixed(1)} s)`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}
