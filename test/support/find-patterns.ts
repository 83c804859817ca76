/**
 * Finds every regular expression a source folder uses, so a test can check each for catastrophic
 * backtracking without a list that goes stale when someone adds or rewrites a pattern:
 * - literals (`/^A\/\d+$/u`), read from the TypeScript syntax tree of every file;
 * - constructions (`new RegExp(`${MONTH}\\s+(\\d{4})`, "u")`), recorded while every module of the
 *   folder is imported with `RegExp` wrapped, and — for constructions inside functions — while the
 *   calls the test names run; the call sites found in the syntax tree must all have been seen.
 * Example: `await findPatterns("src")` → [{ source: "^[A-Z]{1,8}$", flags: "", where: "src/metadata/read-symbol.ts:52" }, …].
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

export interface FoundPattern {
  source: string;
  flags: string;
  /** `file:line` of the literal or of the construction. */
  where: string;
}

export interface PatternSearch {
  patterns: FoundPattern[];
  /** `new RegExp(…)` call sites whose pattern was never seen built (a function nobody called). */
  unseen: string[];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out.sort();
}

/** Regex literals and `RegExp(…)` call sites in one file's syntax tree. */
function scanFile(path: string): { literals: FoundPattern[]; constructions: string[] } {
  const text = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const literals: FoundPattern[] = [];
  const constructions: string[] = [];
  const where = (node: ts.Node): string => `${relative(".", path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const end = literal.lastIndexOf("/");
      literals.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: where(node) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      constructions.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { literals, constructions };
}

/**
 * Every pattern under `dir`. `exercise` runs while RegExp is still wrapped, after every module
 * was imported: the calls that build the patterns made inside functions.
 */
export async function findPatterns(dir: string, exercise: () => Promise<void> = async () => {}): Promise<PatternSearch> {
  const files = sourceFiles(dir);
  const literals: FoundPattern[] = [];
  const sites: string[] = [];
  for (const path of files) {
    const scanned = scanFile(path);
    literals.push(...scanned.literals);
    sites.push(...scanned.constructions);
  }
  const built = await recordConstructions(resolve(dir), files, exercise);
  const seen = new Set(built.map((p) => p.where));
  return { patterns: dedupe([...literals, ...built]), unseen: sites.filter((site) => !seen.has(site)) };
}

async function recordConstructions(root: string, files: readonly string[], exercise: () => Promise<void>): Promise<FoundPattern[]> {
  const original = globalThis.RegExp;
  const built: FoundPattern[] = [];
  const record = (args: unknown[]): void => {
    const site = callerIn(root);
    if (site === null) return;
    const [pattern, flags] = args;
    const source = pattern instanceof original ? pattern.source : String(pattern);
    const flagText = typeof flags === "string" ? flags : pattern instanceof original ? pattern.flags : "";
    built.push({ source, flags: flagText, where: site });
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    for (const path of files) await import(pathToFileURL(resolve(path)).href);
    await exercise();
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}

/** `file:line` of the first stack frame inside `root`, relative to the working folder. */
function callerIn(root: string): string | null {
  const stack = new Error().stack ?? "";
  for (const frame of stack.split("\n").slice(1)) {
    const match = /(?:file:\/\/)?(\/[^():]+\.ts):(\d+):\d+/.exec(frame);
    if (match && match[1]!.startsWith(root + "/")) return `${relative(".", match[1]!)}:${match[2]}`;
  }
  return null;
}

function dedupe(patterns: FoundPattern[]): FoundPattern[] {
  const byKey = new Map<string, FoundPattern>();
  for (const pattern of patterns) {
    const key = `${pattern.flags}/${pattern.source}`;
    if (!byKey.has(key)) byKey.set(key, pattern);
  }
  return [...byKey.values()];
}
