/**
 * The inspector page of one document: self-contained HTML (page images inline, one small script,
 * no external resources). Each page is drawn as printed with the pipeline's decisions over it in
 * SVG, one layer each — body blocks (id and printed number), headings, tables, footnotes, the link
 * from each callout to its note, furniture (role, rule and reason on hover) and findings — which
 * the header toggles; the side panel lists blocks, footnotes, furniture and findings and jumps to
 * them. Overlay elements carry data-* attributes, one per item, so a test can count them.
 */
import type { Metadata } from "../../src/model/document.js";
import type { BlockOverlay, FindingOverlay, FootnoteOverlay, FurnitureOverlay, Overlays, PageBox } from "../../src/inspect/overlays.js";
import type { PageImage } from "./render-pages.js";

export interface InspectorInput {
  file: string;
  metadata: Metadata;
  overlays: Overlays;
  /** Images of the pages shown (a --pages selection shows only those). */
  images: readonly PageImage[];
}

const LAYERS: ReadonlyArray<[name: string, label: string]> = [
  ["paragraph", "paragraphs"],
  ["heading", "headings"],
  ["table", "tables"],
  ["footnote", "footnotes"],
  ["link", "callout links"],
  ["furniture", "furniture"],
  ["finding", "findings"],
];

/** Label size in PDF points, whatever the body size: readable at the rendered scale. */
const LABEL_SIZE = 7;
/** Callout and note marks: radius in points. */
const MARK_RADIUS = 2.5;
/** Finding flags: radius in points, large enough to find on a full page. */
const FLAG_RADIUS = 6;

export function inspectorHtml(input: InspectorInput): string {
  const { overlays, metadata } = input;
  const title = metadata.symbol ?? input.file;
  const shown = new Set(input.images.map((image) => image.page));
  const counts = `${overlays.blocks.length} blocks · ${overlays.footnotes.length} footnotes · ${overlays.furniture.length} furniture · ${overlays.findings.length} findings`;
  return `<!doctype html>
<html lang="${esc(metadata.language ?? "und")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>uncorpus inspect — ${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)} <span class="file">${esc(input.file)}</span></h1>
<p class="meta">${esc([metadata.language, metadata.title, `${overlays.pages.length} pages`].filter((part) => part !== null).join(" · "))} · ${esc(counts)}</p>
<form class="layers">${LAYERS.map(([name, label]) => `<label class="swatch-${name}"><input type="checkbox" data-layer="${name}" checked> ${esc(label)}</label>`).join("")}</form>
</header>
<div class="main">
<nav class="panel">
${panel(overlays)}
</nav>
<section class="pages">
${input.images.map((image) => pageFigure(image, overlays)).join("\n")}
${shown.size < overlays.pages.length ? `<p class="note">Pages shown: ${[...shown].join(", ")} of ${overlays.pages.length}.</p>` : ""}
</section>
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function panel(o: Overlays): string {
  const blocks = o.blocks.map((b) => `<li><a href="#${b.id}" data-jump="${b.id}" class="k-${b.kind}"><b>${b.id}</b> ${esc(blockLabel(b))} <span>${esc(short(b.text))}</span></a></li>`);
  const notes = o.footnotes.map((f) => `<li><a href="#${f.id}" data-jump="${f.id}"><b>${f.id}</b> [${esc(f.marker)}] → ${esc(f.block ?? "no block")} <span>${esc(short(f.text))}</span></a></li>`);
  const furniture = o.furniture.map((f) => `<li><a href="#furniture-${f.index}" data-jump="furniture-${f.index}"><b>p${f.page}</b> ${esc(f.role)} <span>${esc(short(f.text))}</span></a></li>`);
  const findings = o.findings.map((f) => `<li><a href="#finding-${f.index}" data-jump="finding-${f.index}" class="level-${f.level}"><b>${f.page === null ? "doc" : `p${f.page}`}</b> ${esc(f.ruleId)} <span>${esc(short(f.text))}</span></a></li>`);
  const section = (name: string, items: string[]): string => `<details${items.length > 0 && name !== "Furniture" ? " open" : ""}><summary>${name} (${items.length})</summary><ol>${items.join("")}</ol></details>`;
  return [section("Blocks", blocks), section("Footnotes", notes), section("Furniture", furniture), section("Findings", findings)].join("\n");
}

function pageFigure(image: PageImage, o: Overlays): string {
  const page = o.pages.find((p) => p.number === image.page);
  if (page === undefined) return "";
  const { width: w, height: h } = page;
  const on = (box: PageBox): boolean => box.page === page.number;
  const parts: string[] = [];
  for (const b of o.blocks) for (const box of b.boxes.filter(on)) parts.push(blockRect(b, box, h, box === b.boxes[0]));
  for (const f of o.footnotes) for (const box of f.boxes.filter(on)) parts.push(footnoteRect(f, box, h, box === f.boxes[0]));
  for (const f of o.furniture.filter((f) => f.page === page.number)) parts.push(furnitureRect(f, h));
  for (const link of o.links) {
    if (link.from.page === page.number && link.to.page === page.number) {
      parts.push(`<g class="layer-link" data-link="${link.footnote}"><title>callout ${esc(link.marker)} in ${link.block} → ${link.footnote}</title><line x1="${n(link.from.x)}" y1="${n(h - link.from.y)}" x2="${n(link.to.x)}" y2="${n(h - link.to.y)}"/><circle cx="${n(link.from.x)}" cy="${n(h - link.from.y)}" r="${MARK_RADIUS}"/><circle cx="${n(link.to.x)}" cy="${n(h - link.to.y)}" r="${MARK_RADIUS}"/></g>`);
    } else if (link.from.page === page.number) {
      parts.push(`<g class="layer-link" data-link="${link.footnote}"><title>callout ${esc(link.marker)} in ${link.block} → ${link.footnote} on page ${link.to.page}</title><circle cx="${n(link.from.x)}" cy="${n(h - link.from.y)}" r="${MARK_RADIUS}"/><text x="${n(link.from.x + 2 * MARK_RADIUS)}" y="${n(h - link.from.y)}">→ ${link.footnote} p${link.to.page}</text></g>`);
    }
  }
  const findings = o.findings.filter((f) => f.page === page.number || (f.page === null && page.number === 1));
  findings.forEach((f, i) => parts.push(findingMark(f, i, w, h)));
  return `<figure class="page" id="page-${page.number}" style="aspect-ratio: ${n(w)} / ${n(h)}">
<img src="${image.src}" width="${image.width}" height="${image.height}" alt="page ${page.number}">
<svg viewBox="0 0 ${n(w)} ${n(h)}" preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg">
${parts.join("\n")}
</svg>
<figcaption>page ${page.number}</figcaption>
</figure>`;
}

function blockRect(b: BlockOverlay, box: PageBox, h: number, first: boolean): string {
  const [x0, y0, x1, y1] = box.bbox;
  const tip = `${b.id} ${b.kind}${b.number === null ? "" : ` ${b.number}`}${b.parent === null ? "" : ` (under ${b.parent})`}: ${short(b.text, 200)}`;
  const label = first ? `<text x="${n(x0 - 1)}" y="${n(h - y1 + LABEL_SIZE * 0.8)}" text-anchor="end">${esc(blockLabel(b, true))}</text>` : "";
  return `<g class="layer-${b.kind}"${first ? ` id="${b.id}"` : ""} data-block="${b.id}"><title>${esc(tip)}</title><rect x="${n(x0 - 1)}" y="${n(h - y1 - 1)}" width="${n(x1 - x0 + 2)}" height="${n(y1 - y0 + 2)}"/>${label}</g>`;
}

function footnoteRect(f: FootnoteOverlay, box: PageBox, h: number, first: boolean): string {
  const [x0, y0, x1, y1] = box.bbox;
  const tip = `${f.id} note ${f.marker} → ${f.block ?? "no block"}: ${short(f.text, 200)}`;
  return `<g class="layer-footnote"${first ? ` id="${f.id}"` : ""} data-footnote="${f.id}"><title>${esc(tip)}</title><rect x="${n(x0 - 1)}" y="${n(h - y1 - 1)}" width="${n(x1 - x0 + 2)}" height="${n(y1 - y0 + 2)}"/>${first ? `<text x="${n(x0 - 1)}" y="${n(h - y1 + LABEL_SIZE * 0.8)}" text-anchor="end">${esc(f.id)}</text>` : ""}</g>`;
}

function furnitureRect(f: FurnitureOverlay, h: number): string {
  const [x0, y0, x1, y1] = f.bbox;
  const tip = `furniture: ${f.role} · rule ${f.rule} · ${f.reason} · “${short(f.text, 120)}”`;
  return `<g class="layer-furniture role-${esc(f.role)}" id="furniture-${f.index}" data-furniture="${f.index}"><title>${esc(tip)}</title><rect x="${n(x0 - 1)}" y="${n(h - y1 - 1)}" width="${n(x1 - x0 + 2)}" height="${n(y1 - y0 + 2)}"/></g>`;
}

function findingMark(f: FindingOverlay, i: number, w: number, h: number): string {
  // On its block's box when the message names one; else stacked down the right margin.
  const x = f.bbox === null ? w - 2 * FLAG_RADIUS : f.bbox[2] + FLAG_RADIUS;
  const y = f.bbox === null ? 14 + i * 3 * FLAG_RADIUS : h - f.bbox[3] + 4;
  const tip = `${f.level} · ${f.source}/${f.ruleId}${f.block === null ? "" : ` · ${f.block}`}: ${f.text}`;
  return `<g class="layer-finding level-${f.level}" id="finding-${f.index}" data-finding="${f.index}"><title>${esc(tip)}</title><circle cx="${n(x)}" cy="${n(y)}" r="${FLAG_RADIUS}"/><text x="${n(x)}" y="${n(y + 2.5)}" text-anchor="middle">!</text></g>`;
}

function blockLabel(b: BlockOverlay, compact = false): string {
  const number = b.number === null ? "" : ` ${b.parent === null ? "" : `${b.parent}`}${b.number}`;
  if (b.kind === "heading") return compact ? `${b.id} H` : "heading";
  if (b.kind === "table") return compact ? `${b.id} ▦` : "table";
  return compact ? `${b.id}${number === "" ? "" : ` ¶${number.trim()}`}` : number === "" ? "¶" : `¶${number.trim()}`;
}

function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}

/** A coordinate, rounded so the page is deterministic and small. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `
:root { --paragraph: #1f5fbf; --heading: #7b2fbf; --table: #0f8a7e; --footnote: #d9730d; --link: #0a8f2f; --furniture: #8a8f98; --finding: #c62828; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1b1b1f; background: #eceef1; }
header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ccd; padding: 6px 14px; }
h1 { font-size: 18px; margin: 0; } h1 .file { font-weight: normal; color: #666; font-size: 13px; }
.meta { margin: 2px 0; color: #444; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.layers label { margin-right: 12px; white-space: nowrap; border-left: 12px solid; padding-left: 4px; }
${LAYERS.map(([name]) => `.layers .swatch-${name} { border-color: var(--${name === "link" ? "link" : name}); }`).join("\n")}
.main { display: flex; align-items: flex-start; }
.panel { position: sticky; top: 78px; width: 330px; flex: none; max-height: calc(100vh - 80px); overflow: auto; background: #fff; border-right: 1px solid #ccd; font-size: 12px; }
.panel summary { font-weight: 600; padding: 4px 8px; cursor: pointer; }
.panel ol { list-style: none; margin: 0; padding: 0 4px 6px; }
.panel a { display: block; padding: 1px 4px; color: inherit; text-decoration: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-left: 3px solid var(--paragraph); }
.panel a:hover { background: #eef; } .panel a span { color: #666; }
.panel a.k-heading { border-color: var(--heading); } .panel a.k-table { border-color: var(--table); }
.panel a.level-warning { border-color: var(--finding); } .panel a.level-info { border-color: #e0a800; }
.pages { flex: 1; padding: 12px; }
.page { position: relative; margin: 0 auto 16px; max-width: 1000px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.page img { display: block; width: 100%; height: auto; }
.page svg { position: absolute; inset: 0; width: 100%; height: 100%; overflow: visible; }
.page figcaption { position: absolute; right: 4px; bottom: -16px; font-size: 11px; color: #666; }
svg rect { fill: none; stroke-width: 0.9; }
svg text { font: ${LABEL_SIZE}px system-ui, sans-serif; paint-order: stroke; stroke: #fff; stroke-width: 2px; }
svg g:hover rect { stroke-width: 2; }
.layer-paragraph rect { stroke: var(--paragraph); fill: rgba(31,95,191,.05); } .layer-paragraph text { fill: var(--paragraph); }
.layer-heading rect { stroke: var(--heading); fill: rgba(123,47,191,.07); } .layer-heading text { fill: var(--heading); }
.layer-table rect { stroke: var(--table); fill: rgba(15,138,126,.07); } .layer-table text { fill: var(--table); }
.layer-footnote rect { stroke: var(--footnote); fill: rgba(217,115,13,.08); } .layer-footnote text { fill: var(--footnote); }
.layer-furniture rect { stroke: var(--furniture); stroke-dasharray: 3 2; fill: rgba(120,124,132,.18); }
.layer-link line { stroke: var(--link); stroke-width: 1.2; stroke-opacity: .75; } .layer-link circle { fill: var(--link); } .layer-link text { fill: var(--link); }
.layer-finding circle { fill: var(--finding); stroke: #fff; stroke-width: .8; } .layer-finding.level-info circle { fill: #e0a800; }
.layer-finding text { fill: #fff; stroke: none; font-weight: bold; }
.flash rect, .flash circle { stroke: #ff0 !important; stroke-width: 3 !important; }
${LAYERS.map(([name]) => `body.hide-${name} .layer-${name} { display: none; }`).join("\n")}
.note { color: #555; }
`;

const SCRIPT = `
for (const box of document.querySelectorAll("[data-layer]")) {
  box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked));
}
for (const link of document.querySelectorAll("[data-jump]")) {
  link.addEventListener("click", (event) => {
    const target = document.getElementById(link.dataset.jump);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.classList.add("flash");
    setTimeout(() => target.classList.remove("flash"), 1500);
  });
}
`;
