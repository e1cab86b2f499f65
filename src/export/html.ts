/**
 * The interactive HTML export as one file: the standalone page's script and styles (built into
 * `dist/standalone/` by `vite.config.ts`), the fonts subset to the characters the page can show, and the data and
 * view, all inlined. A Content-Security-Policy of `default-src 'none'` lets the page load nothing from anywhere:
 * it works from disk with the network off, and cannot call home. Pure: the caller fetches the parts.
 */
import type { StandalonePayload } from '../standalone/main';

/** The parts of the file. */
export interface HtmlParts {
  /** The standalone script (an IIFE). */
  script: string;
  /** The standalone styles. */
  css: string;
  /** `@font-face` rules with the fonts inlined (see `fonts/embed.ts`). */
  fontCss: string;
  payload: StandalonePayload;
  /** The page's `<title>`. */
  title: string;
}

/** The policy the file carries: inline script, styles and fonts only; no request of any kind. */
export const STANDALONE_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data: blob:',
].join('; ');

/** Text safe inside `<script>` or `<style>`: no sequence there can close the element early. */
export function inlineSafe(text: string, tag: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The whole `.html` file. */
export function composeHtml({ script, css, fontCss, payload, title }: HtmlParts): string {
  // JSON in a script element: `<` escaped, so no string in the data can end the element.
  const data = JSON.stringify(payload).replace(/</g, '\\u003c');
  return [
    '<!doctype html>',
    `<html lang="${payload.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style id="fonts">${inlineSafe(fontCss, 'style')}</style>`,
    `<style>${inlineSafe(css, 'style')}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script type="application/json" id="ai-talent-flows-data">${data}</script>`,
    `<script>${inlineSafe(script, 'script')}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** Characters every page can show whatever its data: printable ASCII and the symbols the charts and UI use. */
const ALWAYS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '→←↑↓↗≥≤…·–—‘’“”×−÷%°■▾▸✕×•、，。：；（）「」？！';

/** Where the CJK scripts start: their glyphs are most of a font's weight. */
const CJK_START = 0x2e80;

/**
 * The characters the page may draw, by font weight: the data's text, the interface's words, and {@link ALWAYS}.
 * Every character at the regular weight; at the bold weights (600, 700) only those before the CJK blocks, since
 * any Latin text can end up bold but a second set of Chinese glyphs would double the file: bold Chinese is
 * synthesised from the regular face.
 */
export function pageUsage(texts: readonly string[]): Map<number, Set<number>> {
  const all = new Set<number>();
  for (const text of [ALWAYS, ...texts])
    for (const char of text) if (char >= ' ') all.add(char.codePointAt(0)!);
  const latin = new Set([...all].filter((cp) => cp < CJK_START));
  return new Map([
    [400, all],
    [600, latin],
    [700, latin],
  ]);
}
