/**
 * A small PDF writer for tests and scripts: real PDFs (every xref offset correct) with text at
 * given positions, in standard Type1 fonts (WinAnsi) or a non-embedded CJK Type0 font
 * (UniGB-UTF16-H, Adobe-GB1) that pdf.js maps to Unicode through its bundled CMaps; plus rules,
 * `/Artifact` marked content, image-only pages, RC4 encryption and damaged variants.
 *
 * Example:
 *   writePdf({ pages: [{ texts: [{ x: 72, y: 720, size: 12, font: "STSong-Light", text: "大会，" }] }] })
 */
import { createHash } from "node:crypto";

export type LatinFont = "Helvetica" | "Times-Roman" | "Times-Bold";
export type CjkFont = "STSong-Light" | "SimHei";
export type FontName = LatinFont | CjkFont;

/** Page sizes in points. */
export const LETTER: readonly [number, number] = [612, 792];
export const A4: readonly [number, number] = [595, 842];

/** A piece of a line; runs follow each other on the baseline (PDF advances by glyph widths). */
export interface Run {
  text: string;
  font?: FontName;
  size?: number;
  /** Baseline raise in points (a superscript callout: smaller size, positive rise). */
  rise?: number;
}

export interface TextSpec {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  font: FontName;
  text: string | Run[];
  /** Wrap in `/Artifact BDC … EMC` (headers, footers, masthead of a tagged PDF). */
  artifact?: boolean;
  /** Wrap the text object in this many nested graphics states (`q … Q`). */
  nested?: number;
}

export interface RuleSpec {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  width?: number;
  artifact?: boolean;
}

export interface PageSpec {
  size?: readonly [number, number];
  texts?: TextSpec[];
  rules?: RuleSpec[];
  /** Paint a grey image (an image XObject) over the text area: a "scanned" page when there is no text. */
  image?: boolean;
  /**
   * A content stream given as bytes, drawn after the texts (its fonts: /F0 Helvetica … /F4
   * SimHei), with its /Filter when the bytes are encoded: crafted pages for the hostile-input tests.
   */
  raw?: { data: Uint8Array; filter?: "FlateDecode" };
}

export interface PdfSpec {
  pages: PageSpec[];
  title?: string;
  /** Standard security handler, RC4 40-bit, revision 2: pdf.js then needs the user password. */
  encrypt?: { userPassword: string; ownerPassword?: string };
}

const CJK: ReadonlySet<FontName> = new Set<FontName>(["STSong-Light", "SimHei"]);
const FONTS: readonly FontName[] = ["Helvetica", "Times-Roman", "Times-Bold", "STSong-Light", "SimHei"];
/** Of the font size: width of a Han character or full-width punctuation (CIDFont /DW). */
const CJK_FULL_WIDTH = 1;
/** Of the font size: width given to ASCII in the CJK font (/W), and assumed for Latin fonts. */
const HALF_WIDTH = 0.5;

export function isCjkFont(font: FontName): boolean {
  return CJK.has(font);
}

/** Approximate advance width of `text` (exact for the CJK font, an average for Latin fonts). */
export function measure(text: string, font: FontName, size: number): number {
  let em = 0;
  for (const ch of text) em += isCjkFont(font) && ch.codePointAt(0)! > 0x2e7f ? CJK_FULL_WIDTH : HALF_WIDTH;
  return em * size;
}

/** The bytes of a PDF that pdf.js and poppler both read. Deterministic: same spec, same bytes. */
export function writePdf(spec: PdfSpec): Uint8Array {
  const pdf = new Builder(spec.encrypt);
  const catalog = pdf.reserve();
  const pageTree = pdf.reserve();
  const fontRefs = new Map<FontName, number>();
  for (const font of FONTS) fontRefs.set(font, addFont(pdf, font));
  const fontDict = FONTS.map((font, i) => `/F${i} ${fontRefs.get(font)} 0 R`).join(" ");
  const image = spec.pages.some((page) => page.image) ? addImage(pdf) : null;
  const kids: number[] = [];
  for (const page of spec.pages) {
    const [width, height] = page.size ?? LETTER;
    const content = pdf.add("", contentStream(page, width, height));
    const raw = page.raw === undefined ? null : pdf.add(page.raw.filter === undefined ? "" : `<< /Filter /${page.raw.filter}`, page.raw.data);
    const contents = raw === null ? `${content} 0 R` : `[${content} 0 R ${raw} 0 R]`;
    const xobject = image === null ? "" : ` /XObject << /Im0 ${image} 0 R >>`;
    kids.push(
      pdf.add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${width} ${height}] ` +
          `/Resources << /Font << ${fontDict} >>${xobject} >> /Contents ${contents} >>`,
      ),
    );
  }
  pdf.set(pageTree, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  const tagged = spec.pages.some((p) => p.texts?.some((t) => t.artifact) || p.rules?.some((r) => r.artifact));
  pdf.set(catalog, `<< /Type /Catalog /Pages ${pageTree} 0 R${tagged ? " /MarkInfo << /Marked true >>" : ""} >>`);
  const info = pdf.reserve();
  pdf.set(info, `<< /Title ${pdf.text(info, spec.title ?? "uncorpus test PDF")} /Producer ${pdf.text(info, "uncorpus pdf-writer")} >>`);
  return pdf.finish(catalog, info);
}

function addFont(pdf: Builder, font: FontName): number {
  if (!isCjkFont(font)) {
    return pdf.add(`<< /Type /Font /Subtype /Type1 /BaseFont /${font} /Encoding /WinAnsiEncoding >>`);
  }
  const descriptor = pdf.add(
    `<< /Type /FontDescriptor /FontName /${font} /Flags 6 /FontBBox [-25 -254 1000 880] ` +
      `/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
  );
  const cid = pdf.reserve();
  const system = `<< /Registry ${pdf.text(cid, "Adobe")} /Ordering ${pdf.text(cid, "GB1")} /Supplement 4 >>`;
  // Adobe-GB1 CIDs 1–95 are proportional ASCII, 814–939 half-width forms: give them half an em.
  pdf.set(
    cid,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${font} /CIDSystemInfo ${system} ` +
      `/FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500 814 939 500] >>`,
  );
  return pdf.add(`<< /Type /Font /Subtype /Type0 /BaseFont /${font} /Encoding /UniGB-UTF16-H /DescendantFonts [${cid} 0 R] >>`);
}

/** A 16×16 grey gradient, uncompressed. */
function addImage(pdf: Builder): number {
  const side = 16;
  const pixels = new Uint8Array(side * side).map((_, i) => 96 + ((i * 7) % 128));
  return pdf.add(
    `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8`,
    pixels,
  );
}

function contentStream(page: PageSpec, width: number, height: number): Uint8Array {
  const ops: string[] = [];
  if (page.image) ops.push(`q ${num(width - 144)} 0 0 ${num(height - 144)} 72 72 cm /Im0 Do Q`);
  for (const rule of page.rules ?? []) {
    const draw = `q ${num(rule.width ?? 0.5)} w 0 G ${num(rule.x0)} ${num(rule.y0)} m ${num(rule.x1)} ${num(rule.y1)} l S Q`;
    ops.push(rule.artifact ? artifact(draw) : draw);
  }
  for (const text of page.texts ?? []) {
    const runs = typeof text.text === "string" ? [{ text: text.text }] : text.text;
    const parts = [`BT 1 0 0 1 ${num(text.x)} ${num(text.y)} Tm`];
    for (const run of runs) {
      const font = run.font ?? text.font;
      parts.push(`/F${FONTS.indexOf(font)} ${num(run.size ?? text.size)} Tf ${num(run.rise ?? 0)} Ts <${encode(run.text, font)}> Tj`);
    }
    parts.push("ET");
    const depth = text.nested ?? 0;
    const draw = "q ".repeat(depth) + parts.join(" ") + " Q".repeat(depth);
    ops.push(text.artifact ? artifact(draw) : draw);
  }
  return latin1(ops.join("\n") + "\n");
}

function artifact(ops: string): string {
  return `/Artifact << /Type /Pagination >> BDC\n${ops}\nEMC`;
}

/** Hex string of the text in the font's encoding: UTF-16BE for CJK, WinAnsi for Latin fonts. */
function encode(text: string, font: FontName): string {
  let hex = "";
  if (isCjkFont(font)) {
    for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
    return hex.toUpperCase();
  }
  for (const ch of text) hex += winAnsi(ch).toString(16).padStart(2, "0");
  return hex.toUpperCase();
}

const WIN_ANSI_EXTRA: Readonly<Record<string, number>> = { "’": 0x92, "‘": 0x91, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "…": 0x85, "•": 0x95 };

function winAnsi(ch: string): number {
  const code = ch.codePointAt(0)!;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return code;
  const extra = WIN_ANSI_EXTRA[ch];
  if (extra === undefined) throw new Error(`pdf-writer: "${ch}" is not in WinAnsiEncoding; use a CJK font`);
  return extra;
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, "");
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
}

interface PdfObject {
  dict: string;
  stream: Uint8Array | null;
}

/** Numbered objects, the file layout and the encryption of strings and streams. */
class Builder {
  private readonly objects: Array<PdfObject | null> = [];
  private readonly security: Security | null;

  constructor(encrypt: PdfSpec["encrypt"]) {
    this.security = encrypt ? new Security(encrypt.userPassword, encrypt.ownerPassword ?? "owner") : null;
  }

  reserve(): number {
    this.objects.push(null);
    return this.objects.length;
  }

  /** A dictionary, or a stream when `stream` is given (its /Length is added here). */
  add(dict: string, stream: Uint8Array | null = null): number {
    const n = this.reserve();
    this.set(n, dict, stream);
    return n;
  }

  set(n: number, dict: string, stream: Uint8Array | null = null): void {
    this.objects[n - 1] = { dict, stream };
  }

  /** A string object inside object `n`, encrypted with that object's key when the file is. */
  text(n: number, value: string): string {
    const bytes = latin1(value);
    return `<${hex(this.security ? this.security.crypt(n, bytes) : bytes)}>`;
  }

  finish(root: number, info: number): Uint8Array {
    const encryptRef = this.security ? this.add(this.security.dictionary()) : null;
    const chunks: Uint8Array[] = [Uint8Array.from([...latin1("%PDF-1.4\n%"), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])];
    let length = chunks[0]!.length;
    const offsets: number[] = [];
    for (const [i, object] of this.objects.entries()) {
      if (object === null) throw new Error(`pdf-writer: object ${i + 1} reserved but never set`);
      offsets.push(length);
      const n = i + 1;
      let body: Uint8Array;
      if (object.stream === null) {
        body = latin1(`${n} 0 obj\n${object.dict}\nendobj\n`);
      } else {
        const data = this.security && n !== encryptRef ? this.security.crypt(n, object.stream) : object.stream;
        const dict = object.dict === "" ? `<< /Length ${data.length} >>` : `${object.dict} /Length ${data.length} >>`;
        body = concat([latin1(`${n} 0 obj\n${dict}\nstream\n`), data, latin1("\nendstream\nendobj\n")]);
      }
      chunks.push(body);
      length += body.length;
    }
    const id = Security.fileId();
    const xref = [
      "xref",
      `0 ${this.objects.length + 1}`,
      "0000000000 65535 f ",
      ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
      "trailer",
      `<< /Size ${this.objects.length + 1} /Root ${root} 0 R /Info ${info} 0 R /ID [<${hex(id)}> <${hex(id)}>]` +
        `${encryptRef === null ? "" : ` /Encrypt ${encryptRef} 0 R`} >>`,
      "startxref",
      String(length),
      "%%EOF",
      "",
    ].join("\n");
    chunks.push(latin1(xref));
    return concat(chunks);
  }
}

/** PDF 32000-1 §7.6.3, standard security handler, revision 2 (RC4, 40-bit key). */
class Security {
  private static readonly PAD = Uint8Array.from([
    0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6,
    0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
  ]);
  /** All permissions granted (bits 1–2 zero, the rest set). */
  private static readonly PERMISSIONS = -4;
  private static readonly KEY_BYTES = 5;
  private readonly owner: Uint8Array;
  private readonly user: Uint8Array;
  private readonly key: Uint8Array;

  /** The file identifier is fixed so output is deterministic. */
  static fileId(): Uint8Array {
    return md5(latin1("uncorpus pdf-writer"));
  }

  constructor(userPassword: string, ownerPassword: string) {
    const ownerKey = md5(Security.pad(ownerPassword)).subarray(0, Security.KEY_BYTES);
    this.owner = rc4(ownerKey, Security.pad(userPassword));
    const p = new Uint8Array(4);
    new DataView(p.buffer).setInt32(0, Security.PERMISSIONS, true);
    this.key = md5(concat([Security.pad(userPassword), this.owner, p, Security.fileId()])).subarray(0, Security.KEY_BYTES);
    this.user = rc4(this.key, Security.PAD);
  }

  dictionary(): string {
    return `<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${Security.PERMISSIONS} /O <${hex(this.owner)}> /U <${hex(this.user)}> >>`;
  }

  crypt(objectNumber: number, data: Uint8Array): Uint8Array {
    const salt = Uint8Array.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0]);
    const objectKey = md5(concat([this.key, salt])).subarray(0, Security.KEY_BYTES + 5);
    return rc4(objectKey, data);
  }

  private static pad(password: string): Uint8Array {
    return concat([latin1(password), Security.PAD]).subarray(0, 32);
  }
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function md5(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("md5").update(data).digest());
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex").toUpperCase();
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The first `share` (0–1) of the file: a download cut short. */
export function truncatePdf(bytes: Uint8Array, share: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * share));
}

/** Overwrite `length` bytes from `start` with deterministic junk (no `%%EOF`, no keywords survive there). */
export function garblePdf(bytes: Uint8Array, start: number, length: number): Uint8Array {
  const out = bytes.slice();
  for (let i = start; i < Math.min(out.length, start + length); i++) out[i] = 0x21 + ((i * 37) % 90);
  return out;
}
