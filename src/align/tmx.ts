/**
 * TMX 1.4b (the LISA translation-memory exchange format) for one language pair: a header, one
 * <tu> per aligned unit with both sides, its provenance as <prop>s (symbol, document and block
 * ids, sentence numbers, score), and a <tuv xml:lang> with one <seg> per language. Text is
 * escaped for XML, characters XML 1.0 forbids are dropped, and white space inside a segment is
 * folded to single spaces. No creation date, so the same alignment gives the same bytes.
 * Example: <tu tuid="1"><prop type="x-symbol">A/RES/99/1</prop>…<tuv xml:lang="en"><seg>…</seg></tuv>…</tu>
 */
import { PIPELINE_VERSION } from "../version.js";

export function tmxHeader(languageA: string, segtype: "sentence" | "paragraph"): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<tmx version="1.4">\n` +
    `  <header creationtool="uncorpus" creationtoolversion="${escapeXml(PIPELINE_VERSION)}" segtype="${segtype}" o-tmf="uncorpus" adminlang="en" srclang="${escapeXml(languageA)}" datatype="plaintext"/>\n` +
    `  <body>\n`
  );
}

export const TMX_FOOTER = "  </body>\n</tmx>\n";

export interface TmxUnit {
  id: number;
  props: ReadonlyArray<readonly [string, string]>;
  segments: ReadonlyArray<readonly [language: string, text: string]>;
}

export function tmxUnit(unit: TmxUnit): string {
  let out = `    <tu tuid="${unit.id}">\n`;
  for (const [type, value] of unit.props) out += `      <prop type="${escapeXml(type)}">${escapeXml(value)}</prop>\n`;
  for (const [language, text] of unit.segments) out += `      <tuv xml:lang="${escapeXml(language)}"><seg>${escapeXml(oneLine(text))}</seg></tuv>\n`;
  return out + "    </tu>\n";
}

/** Characters XML 1.0 does not allow: C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** White space runs (tabs and line breaks of table cells included) folded to one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
