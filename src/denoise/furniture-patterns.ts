/**
 * UN furniture recognised by its text alone, in the six official languages. Each pattern
 * names the role it proves: "2/27" is a page number, "26-00248 (E) 170221" a job number,
 * "*2102065*" a barcode, "请回收" a recycling mark.
 */
import type { FurnitureRole } from "../model/document.js";

export interface PatternRule {
  role: FurnitureRole;
  pattern: RegExp;
  reason: string;
  /** Proof enough on its own, wherever on the page the line stands (not only in the bands). */
  anywhere?: boolean;
  /** A further check the pattern cannot express. */
  check?: (text: string) => boolean;
}

/** "2/27" is page 2 of 27; "2026/27" (a budget period) is not: n ≤ N. */
function pageOfPages(text: string): boolean {
  const [n = NaN, total = NaN] = text.replace(/[-–\s]/g, "").split("/").map(Number);
  return n >= 1 && n <= total;
}

/** A rule typed as text: a row of underscores, dashes or hyphens. */
export const RULE_LINE = /^[_\u2014\u2015-]{5,}$/;
/** The rule Word types above footnotes: underscores or dashes ("__________________"); a row of
 * hyphens in the body ("-----", an end mark) is not one. */
export const FOOTNOTE_RULE = /^[_\u2014\u2015]{5,}$/;

/**
 * Document symbols: "A/RES/68/4", "A/80/604/Add.6", "A/81/6 (Sect. 25)/Part A", "S/2024/1".
 * Each further part starts with its "/", so a run of letters splits into parts one way only
 * (an optional "/" inside a repeated group made it `(a+)+`: "A/" + 40 letters + "!" ran for minutes).
 */
export const SYMBOL = /^[A-Z]{1,6}(?:\.\d+)?\/[A-Za-z0-9.\-]+(?: \([^)]*\))?(?:\/[A-Za-z0-9.\-]+(?: \([^)]*\))?)*\/?\*{0,3}$/;

export const PATTERNS: readonly PatternRule[] = [
  { role: "page-number", pattern: /^[-–]?\s*\d{1,4}\s*\/\s*\d{1,4}\s*[-–]?$/, reason: "page number n/N", check: pageOfPages },
  { role: "page-number", pattern: /^(?:Page|Página|Стр\.|Страница|第)\s*\d{1,4}(?:\s*页)?$/i, reason: "page number" },
  { role: "page-number", pattern: /^[-–]\s*\d{1,4}\s*[-–]$/, reason: "page number - n -" },
  { role: "page-number", pattern: /^\d{1,4}$/, reason: "bare page number" },
  { role: "job-number", pattern: /^(?:GE\.)?\d{2}-\d{5}(?:\s*\([A-Z]{1,2}\))?(?:\s+\d{6}){0,2}(?:\s*\*\d{7}\*)?$/, reason: "job number", anywhere: true },
  {
    role: "running-footer",
    pattern: /^(?:\d{1,4}\s+(?:GE\.)?\d{2}-\d{5}(?:\s*\([A-Z]{1,2}\))?|(?:GE\.)?\d{2}-\d{5}(?:\s*\([A-Z]{1,2}\))?\s+\d{1,4})$/,
    reason: "page number with job number",
    anywhere: true,
  },
  { role: "barcode", pattern: /^\*\d{6,8}\*$/, reason: "barcode text", anywhere: true },
  { role: "barcode", pattern: /^[\ue000-\uf8ff\s]+$/u, reason: "barcode font (private-use glyphs)" },
  {
    role: "recycling",
    pattern: /^(?:Please recycle|Merci de recycler|Prière de recycler|Se ruega reciclar|Sírvase reciclar|请回收|Просьба отправить на вторичную переработку|يرجى إعادة الاستعمال)\s*[♲♻]?$/i,
    reason: "recycling mark",
    anywhere: true,
  },
  { role: "running-footer", pattern: /^\/\.\.\.$|^\.\.\.\/$/, reason: "continuation mark /...", anywhere: true },
];

export function matchFurniture(text: string): PatternRule | null {
  const t = text.trim();
  for (const rule of PATTERNS) if (rule.pattern.test(t) && (rule.check?.(t) ?? true)) return rule;
  return null;
}

/** Lines a running header or footer is made of: symbol, page numbers, job numbers. */
export function isSymbol(text: string): boolean {
  return SYMBOL.test(text.trim());
}
