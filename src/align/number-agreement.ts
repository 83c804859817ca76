/**
 * Numbers are written alike in every language version (Arabic-Indic digits read as ASCII), so
 * the figures of two aligned texts should agree: the share of the smaller set of digit runs that
 * the other text has too, 1 when either text has no digits. It scales a unit's score, so that
 * lines a language prints in another order (a Chinese resolution closes with the date, then the
 * meeting; an English one with the meeting, then the date), which length alone pairs crosswise,
 * come out weak. Example: "3rd plenary meeting" vs "2044年9月20日" → {3} vs {2044, 9, 20} → 0;
 * "20 September 2044" vs "2044年9月20日" → {20, 2044} all found → 1.
 */
const DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]+/gu;

const ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/gu;

/** The digit runs of a text, as ASCII: "143,700 (٢٠١٣)" → {"143", "700", "2013"}. */
export function digitRuns(text: string): Set<string> {
  const runs = new Set<string>();
  for (const run of text.match(DIGITS) ?? []) runs.add(run.replace(ARABIC_DIGIT, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90)));
  return runs;
}

export function numberAgreement(a: string, b: string): number {
  return runsAgreement([digitRuns(a)], [digitRuns(b)]);
}

/** The same on digit runs found before, one set per piece of each side (the unit joins them). */
export function runsAgreement(a: ReadonlyArray<ReadonlySet<string>>, b: ReadonlyArray<ReadonlySet<string>>): number {
  const x = a.length === 1 ? a[0]! : new Set(a.flatMap((set) => [...set]));
  const y = b.length === 1 ? b[0]! : new Set(b.flatMap((set) => [...set]));
  if (x.size === 0 || y.size === 0) return 1;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const run of small) if (large.has(run)) shared++;
  return shared / small.size;
}
