/**
 * Embeds the fonts an exported SVG uses, subset to the characters it draws, as base64 `@font-face` rules in a
 * `<style>` at the top of the file, so it renders the same where none of the app's fonts are installed.
 */
import { fontFileName, planFaces, type FontFamilyFiles, type PlannedFace } from './catalog';
import type { Subsetter } from './harfbuzz';
import { woffToSfnt } from './woff';

/** Fetches one font file's bytes (WOFF or SFNT) by family and file name. */
export type FontFileLoader = (family: FontFamilyFiles, fileName: string) => Promise<Uint8Array>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The characters drawn by each font weight: the text of every `<text>`, resolving `font-weight` the way SVG
 * inherits it (`bold` = 700, `normal` = 400). `<title>` and `<desc>` are not drawn and do not count.
 */
export function textUsage(svg: Document): Map<number, Set<number>> {
  const usage = new Map<number, Set<number>>();
  const weightOf = (element: Element | null): number => {
    for (let e = element; e; e = e.parentElement) {
      const w = e.getAttribute('font-weight');
      if (w) return w === 'bold' ? 700 : w === 'normal' ? 400 : Number(w) || 400;
    }
    return 400;
  };
  const add = (weight: number, text: string) => {
    let set = usage.get(weight);
    if (!set) usage.set(weight, (set = new Set()));
    // Spaces count: their width comes from the font, and a space from another font shifts every word after it.
    for (const char of text)
      if (char !== '\n' && char !== '\t' && char !== '\r') set.add(char.codePointAt(0)!);
  };
  for (const text of svg.getElementsByTagNameNS(SVG_NS, 'text')) {
    for (const node of text.childNodes) {
      if (node.nodeType === 3) add(weightOf(text), node.textContent ?? '');
      else if (node.nodeType === 1) add(weightOf(node as Element), node.textContent ?? '');
    }
  }
  return usage;
}

/** `[0x41, 0x42, 0x43, 0x5a]` → `U+41-43,U+5A`. */
export function unicodeRange(codepoints: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codepoints.length; i++) {
    const start = codepoints[i]!;
    while (i + 1 < codepoints.length && codepoints[i + 1] === codepoints[i]! + 1) i++;
    const end = codepoints[i]!;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return parts.join(',');
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function faceRule(face: PlannedFace, subsetter: Subsetter, load: FontFileLoader): Promise<string> {
  const file = await load(face.family, fontFileName(face.family, face.subsetKey, face.weight));
  const font = subsetter.subset(woffToSfnt(file), face.codepoints);
  return (
    `@font-face{font-family:"${face.family.family}";font-style:normal;font-weight:${face.weight};` +
    `src:url(data:font/ttf;base64,${base64(font)}) format("truetype");unicode-range:${unicodeRange(face.codepoints)}}`
  );
}

/** What {@link embedFonts} embedded, for tests and the size report. */
export interface EmbeddedFace {
  family: string;
  weight: number;
  subset: string;
  codepoints: number[];
}

/**
 * `@font-face` rules, each a subset font inlined as base64, that draw the characters of `usage` (code points by
 * font weight), and the faces they hold. Shared by SVG exports and the interactive HTML export.
 * @throws Error when a font file cannot be loaded or subset.
 */
export async function fontFaceCss(
  usage: ReadonlyMap<number, ReadonlySet<number>>,
  subsetter: Subsetter,
  load: FontFileLoader,
): Promise<{ css: string; faces: EmbeddedFace[] }> {
  const faces = planFaces(usage);
  const rules = await Promise.all(faces.map((face) => faceRule(face, subsetter, load)));
  return {
    css: rules.join(''),
    faces: faces.map((f) => ({
      family: f.family.family,
      weight: f.weight,
      subset: f.subsetKey,
      codepoints: f.codepoints,
    })),
  };
}

/**
 * Returns `svgText` with a `<style>` of subset `@font-face` rules inserted as the first child of the root `<svg>`,
 * and the faces it embedded.
 * @throws Error when a font file cannot be loaded or subset.
 */
export async function embedFonts(
  svgText: string,
  subsetter: Subsetter,
  load: FontFileLoader,
  parser: DOMParser = new DOMParser(),
): Promise<{ svg: string; faces: EmbeddedFace[] }> {
  const doc = parser.parseFromString(svgText, 'image/svg+xml');
  const { css, faces } = await fontFaceCss(textUsage(doc), subsetter, load);
  if (!faces.length) return { svg: svgText, faces: [] };
  const style = `<style id="fonts">${css}</style>`;
  // Insert after the root element's start tag, keeping the serialisation the renderer produced.
  const rootEnd = svgText.indexOf('>', svgText.indexOf('<svg')) + 1;
  return { svg: svgText.slice(0, rootEnd) + style + svgText.slice(rootEnd), faces };
}
