/**
 * Where a document's JSON goes, relative to the output folder: `<lang>/<symbol as path>.json`
 * (UNPC style: "A/RES/68/4" in Chinese → "zh/A/RES/68/4.json"). Every segment is sanitised so no
 * symbol can climb out of the output folder or name a device, and bounded so that no symbol makes
 * a path the file system refuses (ENAMETOOLONG): at most MAX_SEGMENTS folders deep, each segment
 * at most MAX_SEGMENT characters and MAX_SEGMENT_BYTES bytes. Documents without a symbol go under
 * `und/_nosymbol/` by file name.
 */
const UNSAFE = /[^\p{L}\p{N}._()+-]+/gu;
/** Characters per segment; the longest real symbol part ("(Sect. 25)") is a tenth of it. */
const MAX_SEGMENT = 80;
/**
 * UTF-8 bytes per segment: file systems allow 255 per name, and a name may still get
 * "~<12 hex>" and ".json" (18 bytes) appended.
 */
const MAX_SEGMENT_BYTES = 200;
/** Symbol parts kept as folders; real symbols have at most six ("A/HRC/WG.6/34/ITA/3"). */
const MAX_SEGMENTS = 10;
const UTF8 = new TextEncoder();

export function outputPath(symbol: string | null, language: string | null, file: string): string {
  const lang = language && /^[a-z]{2}$/.test(language) ? language : "und";
  const segments = symbol ? capSegments(symbol.split("/").map(sanitiseSegment).filter((s) => s !== "")) : [];
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
    .replace(/^[._]+/, "");
  return bound(cleaned);
}

/** Past MAX_SEGMENTS, the remaining parts join the last one with "_" (bounded again). */
function capSegments(segments: string[]): string[] {
  if (segments.length <= MAX_SEGMENTS) return segments;
  return [...segments.slice(0, MAX_SEGMENTS - 1), bound(segments.slice(MAX_SEGMENTS - 1).join("_"))];
}

/** At most MAX_SEGMENT code points (never half a surrogate pair) and MAX_SEGMENT_BYTES bytes. */
function bound(segment: string): string {
  const points = Array.from(segment).slice(0, MAX_SEGMENT);
  while (UTF8.encode(points.join("")).length > MAX_SEGMENT_BYTES) points.pop();
  return points.join("");
}
