/**
 * Minimal glob for threshold groups: `*` any run of characters but "/", `**` anything, `?` one
 * character, everything else literal. Example: globMatch("N1343968*.json", "N1343968-spaced.json").
 */
export function globMatch(pattern: string, text: string): boolean {
  return globToRegExp(pattern).test(text);
}

export function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[.+^${}()|[\]\\]/gu, "\\$&");
  }
  return new RegExp(`^${source}$`, "u");
}
