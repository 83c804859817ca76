/**
 * The one document model every stage reads and extends (root → pages → lines → blocks).
 * Stages add layers (roles, furniture, metadata, blocks, tokens); they never rebuild the tree.
 */

/** PDF user-space box, origin bottom-left: [x0, y0, x1, y1]. */
export type BBox = [number, number, number, number];

/** One text run as pdf.js reports it, with geometry normalised to upright user space. */
export interface TextItem {
  /** Index of the item within its page, in content-stream order. */
  index: number;
  page: number;
  str: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size in points (vertical scale of the text matrix). */
  size: number;
  fontName: string;
  /** Inside a `/Artifact` marked-content sequence (tagged PDFs mark headers/footers so). */
  artifact: boolean;
  /** Innermost structure tag of the marked content that holds the item, when tagged. */
  tag: string | null;
  /** Whether pdf.js saw the end of a line after this item. */
  hasEOL: boolean;
  /** The run reads right to left (pdf.js found "rtl": Arabic); absent means left to right. */
  rtl?: boolean;
  /**
   * Text set at right angles to the page, reading down or up (a landscape page's footer and
   * header, turned with the page; a chart's axis title); absent means horizontal. `x`, `y` are
   * then the start of its baseline and `width` its length along it.
   */
  turned?: "down" | "up";
}

/** Where a line ended up; every extracted line gets exactly one. */
export type LineRole = "body" | "footnote" | "furniture";

/** A superscript (or "1/"-style) footnote reference found inside a line. */
export interface LineCallout {
  marker: string;
  /** Offset in the line's text where the callout stood (the callout itself is not in `text`). */
  offset: number;
}

/** A visual line: items on one baseline within one column, joined into text. */
export interface Line {
  page: number;
  /** Index of the line within its page, top to bottom. */
  index: number;
  text: string;
  bbox: BBox;
  /** Dominant (most characters) font size of the line. */
  size: number;
  /** Dominant font name (by characters). */
  fontName: string;
  items: TextItem[];
  /** Footnote callouts removed from `text`. */
  callouts: LineCallout[];
  /** Texts of the cells where wide gaps split the line like a table row; empty for prose. */
  cells: string[];
  /** Every item of the line was marked `/Artifact`. */
  artifact: boolean;
  role: LineRole;
}

export interface Page {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  lines: Line[];
  /** Characters pdf.js extracted on this page, white space excluded (for conservation checks). */
  charCount: number;
}

export type FurnitureRole =
  | "masthead"
  | "running-header"
  | "running-footer"
  | "page-number"
  | "job-number"
  | "barcode"
  | "recycling"
  | "adoption"
  | "separator"
  | "other";

/**
 * What a page-1 masthead line says (conventions/masthead-field.ts): "organisation" ("United
 * Nations"), "body" ("General Assembly"), "symbol", "distribution", "date" (of issue),
 * "original", "session", "session-dates" ("Genève, 8-19 février 2010"), "agenda",
 * "agenda-title" (the item's title under it), "adoption" (a resolution's adoption lines, the
 * date line "on 4 December 2024" included), "adoption-bracket" ("[on the report of …]"), "draft"
 * (a draft's sponsors line "Iraq:* draft resolution", "Draft resolution submitted by the Chair…"),
 * "other".
 */
export type MastheadField =
  | "organisation"
  | "body"
  | "symbol"
  | "distribution"
  | "date"
  | "original"
  | "session"
  | "session-dates"
  | "agenda"
  | "agenda-title"
  | "adoption"
  | "adoption-bracket"
  | "draft"
  | "other";

/** Layout furniture moved out of the body: kept as data, with the reason. */
export interface Furniture {
  page: number;
  bbox: BBox;
  text: string;
  role: FurnitureRole;
  /** Which rule decided (a rule file name). */
  rule: string;
  /** Human-readable reason. */
  reason: string;
  /** Masthead lines: what the line says. */
  field?: MastheadField;
}

/** One line of the page-1 masthead as denoise found it, with what it says. */
export interface MastheadLine {
  line: Line;
  field: MastheadField;
}

export type Language = "ar" | "zh" | "en" | "fr" | "ru" | "es";

export interface Metadata {
  symbol: string | null;
  language: Language | null;
  jobNumber: string | null;
  distribution: string | null;
  /** ISO 8601 date of issue. */
  issued: string | null;
  originalLanguage: string | null;
  session: number | null;
  agendaItems: string[];
  title: string | null;
  /** Resolutions only. */
  resolution: string | null;
  adopted: string | null;
  draft: string | null;
  /** The Main Committee on whose report it was adopted, as printed ("Sixth Committee"); null without one. */
  committee: string | null;
  meeting: string | null;
}

export type BlockKind = "heading" | "paragraph" | "table";

/** A footnote reference kept out of the text, at `offset` in the block's text. */
export interface Callout {
  marker: string;
  offset: number;
}

export interface Token {
  kind: "word" | "punctuation" | "symbol" | "whitespace";
  text: string;
  start: number;
  end: number;
  pos?: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Block {
  /** Stable id: `b` + 1-based reading-order index, zero-padded ("b0001"). */
  id: string;
  kind: BlockKind;
  /** Printed number without trailing dot: "1", "(a)", "25.3". */
  number: string | null;
  /** Number of the parent paragraph for sub-items ("(a)" under "1"). */
  parent: string | null;
  text: string;
  /** Pages the block spans, ascending. */
  pages: number[];
  bbox: BBox;
  callouts: Callout[];
  /** Table blocks: rows of cells. */
  rows?: string[][];
  sentences?: Sentence[];
  tokens?: Token[];
}

export interface Footnote {
  id: string;
  marker: string;
  text: string;
  page: number;
  /** Block holding the first callout; null when it is in furniture or not found. */
  block: string | null;
  /** Character offset of the callout in that block's text. */
  offset: number | null;
  /** Sentences and tokens of the footnote text (tokenize stage). */
  sentences?: Sentence[];
  tokens?: Token[];
}

export type MessageLevel = "info" | "warning";

/** An audited decision or a suspicious result (vfile-message style). */
export interface Message {
  level: MessageLevel;
  /** The stage that wrote it ("segment", "check"). */
  source: string;
  /** The rule (a rule file name). */
  ruleId: string;
  page: number | null;
  /** The reason, in words. */
  text: string;
  /** The block (or footnote) id it is about, when it is about one. */
  block?: string;
  /** What was found and what the rule expected there ("25" where "24" should follow "23"). */
  actual?: string;
  expected?: string;
}

export interface UnDocument {
  /** File name of the source PDF (base name only, so output is path-independent). */
  file: string;
  sha256: string;
  pageCount: number;
  pages: Page[];
  furniture: Furniture[];
  metadata: Metadata;
  blocks: Block[];
  footnotes: Footnote[];
  messages: Message[];
  /**
   * The page-1 masthead, top to bottom, found once by denoise (mark-masthead.ts); metadata reads
   * it. Absent until denoise has run.
   */
  masthead?: MastheadLine[];
  /** Page layout measured once by denoise (layout/page-layout.ts), for the stages after it. */
  layout?: PageLayout;
}

/** What a reader's eye takes from the page once: the body type, its leading and the margins. */
export interface PageLayout {
  /** Font size carrying most body characters. */
  bodySize: number;
  /** The font most body text is set in; headings and emphasis use others. */
  bodyFont: string;
  /** Most common distance between consecutive body lines of the body size. */
  pitch: number;
  /** Full lines end together at the right edge (Latin within a fraction of an em, Chinese within a character). */
  justified: boolean;
  /** Most of the body's characters are Han: lines are set on a character grid. */
  chinese: boolean;
  /** Left and right edges of the text on each page, in page order. */
  margins: Array<{ page: number; left: number; right: number }>;
}

export function emptyMetadata(): Metadata {
  return {
    symbol: null,
    language: null,
    jobNumber: null,
    distribution: null,
    issued: null,
    originalLanguage: null,
    session: null,
    agendaItems: [],
    title: null,
    resolution: null,
    adopted: null,
    draft: null,
    committee: null,
    meeting: null,
  };
}

/** A document as extraction leaves it: pages of items, every later layer still empty. */
export function newDocument(file: string, sha256: string, pages: Page[]): UnDocument {
  return {
    file,
    sha256,
    pageCount: pages.length,
    pages,
    furniture: [],
    metadata: emptyMetadata(),
    blocks: [],
    footnotes: [],
    messages: [],
  };
}
