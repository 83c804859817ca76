/**
 * Where a document's JSON goes, relative to the output folder: `<lang>/<symbol as path>.json`
 * (UNPC style: "A/RES/68/4" in Chinese → "zh/A/RES/68/4.json"). Every segment is sanitised so no
 * symbol can climb out of the output folder or name a device; documents without a symbol go
 * under `und/_nosymbol/` by file name.
 */
const UNSAFE = /[^\p{L}\p{N}._()+-]+/gu;
const MAX_SEGMENT = 80;

export function outputPath(symbol: string | null, language: string | null, file: string): string {
  const lang = language && /^[a-z]{2}$/.test(language) ? language : "und";
  const segments = symbol ? symbol.split("/").map(sanitiseSegment).filter((s) => s !== "") : [];
  if (segments.length === 0) {
    const stem = file.replace(/\.pdf$/i, "");
    return [lang, "_nosymbol", sanitiseSegment(stem) || "document"].join("/") + ".json";
  }
  return [lang, ...segments].join("/") + ".json";
}

/** One path segment: letters, digits and ._()+- only, no leading dots, bounded length. */
export function sanitiseSegment(segment: string): string {
  const cleaned = segment
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, "_")
    .replace(UNSAFE, "_")
    .replace(/^[._]+/, "")
    .slice(0, MAX_SEGMENT);
  return cleaned;
}
