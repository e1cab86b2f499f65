/**
 * Everything an export does beyond rendering markup, loaded only when someone exports (HarfBuzz's WebAssembly,
 * the font files, papaparse and fflate stay out of the initial bundle): embedding subset fonts, rasterising to
 * PNG, CSV, the clipboard, and the "Export all" ZIP.
 */
import type { ChartTheme } from '../charts/shared/theme';
import { MessageError } from '../i18n/locale';
import { strToU8, zipSync } from 'fflate';
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import type { Article, Source } from '../data/schema';
import { toCsv } from './csv';
import type { ChartExporter } from './exporter';
import { embedFonts, fontFaceCss, type EmbeddedFace, type FontFileLoader } from './fonts/embed';
import { composeHtml, pageUsage } from './html';
import type { StandalonePayload } from '../standalone/main';
import { loadSubsetter, type Subsetter } from './fonts/harfbuzz';
import { sourcesText } from './sourcesText';
import type { SizePreset } from './svgDocument';

const fontFiles = import.meta.glob<string>(
  [
    '/node_modules/@fontsource/noto-sans/files/noto-sans-*-{400,600,700}-normal.woff',
    '/node_modules/@fontsource/noto-sans-tc/files/noto-sans-tc-*-{400,700}-normal.woff',
  ],
  // Eager: the URLs are strings in this (already lazy) chunk, not a chunk per font file.
  { query: '?url', import: 'default', eager: true },
);

const loadFontFile: FontFileLoader = async (family, fileName) => {
  const url = fontFiles[`/node_modules/@fontsource/${family.stem}/files/${fileName}`];
  if (!url) throw new MessageError('export.errors.fontMissing', { file: fileName });
  const response = await fetch(url);
  if (!response.ok)
    throw new MessageError('export.errors.fontHttp', { file: fileName, status: response.status });
  return new Uint8Array(await response.arrayBuffer());
};

let subsetter: Promise<Subsetter> | undefined;
function getSubsetter(): Promise<Subsetter> {
  subsetter ??= fetch(wasmUrl)
    .then((r) => r.arrayBuffer())
    .then(loadSubsetter)
    .catch((error: unknown) => {
      subsetter = undefined;
      throw error;
    });
  return subsetter;
}

/** An SVG with the fonts it uses embedded (subset to its text), and which faces went in. */
export async function withFonts(svg: string): Promise<{ svg: string; faces: EmbeddedFace[] }> {
  return embedFonts(svg, await getSubsetter(), loadFontFile);
}

/** Width and height (px) from an SVG's root attributes. */
export function svgSize(root: Element): { width: number; height: number } {
  return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
}

/**
 * Loads the SVG's embedded `@font-face` fonts in this page (the same `data:` sources), and waits for them. An SVG
 * drawn as an image loads its fonts after `decode()` has resolved: the first PNG of a session was drawn without
 * them (no labels); fonts this page has loaded are ready for the image at once.
 * @throws Error when a font cannot be decoded.
 */
async function loadEmbeddedFonts(svg: Document): Promise<void> {
  const style = svg.querySelector('style')?.textContent;
  if (!style) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(style);
  await Promise.all(
    [...sheet.cssRules]
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
      .map((rule) => {
        const get = (name: string) => rule.style.getPropertyValue(name);
        const range = get('unicode-range');
        return new FontFace(get('font-family').replace(/^"|"$/g, ''), get('src'), {
          weight: get('font-weight') || 'normal',
          style: get('font-style') || 'normal',
          ...(range ? { unicodeRange: range } : {}),
        }).load();
      }),
  );
}

/**
 * Draws an SVG (fonts embedded) onto a canvas at `scale` and encodes it as PNG. The SVG is loaded from a blob URL
 * and holds no outside references, so the canvas is never tainted. Its fonts are loaded first
 * ({@link loadEmbeddedFonts}), and `decode()` waits for the image itself.
 * @throws Error when the browser cannot decode the SVG or encode the PNG.
 */
export async function toPng(svg: string, scale: number): Promise<Blob> {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const { width, height } = svgSize(parsed.documentElement);
  await loadEmbeddedFonts(parsed);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new MessageError('export.errors.noCanvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new MessageError('export.errors.pngEncode'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file through a temporary object URL. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file types an export produces. */
export type ExportKind = 'svg' | 'png' | 'csv';

/** One export of one panel, ready to save: its bytes and MIME type. */
export async function buildExport(
  exporter: ChartExporter,
  kind: ExportKind,
  options: { preset: SizePreset; scale: number; theme?: ChartTheme | undefined },
): Promise<Blob> {
  if (kind === 'csv') return new Blob([toCsv(exporter.table())], { type: 'text/csv;charset=utf-8' });
  const { svg } = await withFonts(await exporter.svg(options.preset, options.theme));
  if (kind === 'svg') return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
  return toPng(svg, options.scale);
}

/**
 * Copies a panel to the clipboard, as SVG markup (text) or as a PNG image.
 * @throws Error with a message for the user when the browser refuses (no permission, no ClipboardItem).
 */
export async function copyExport(
  exporter: ChartExporter,
  kind: 'svg' | 'png',
  preset: SizePreset,
  theme?: ChartTheme,
): Promise<void> {
  if (!navigator.clipboard) throw new MessageError('export.errors.noClipboard');
  if (kind === 'svg') {
    const { svg } = await withFonts(await exporter.svg(preset, theme));
    await navigator.clipboard.writeText(svg);
    return;
  }
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard.write) {
    throw new MessageError('export.errors.noImageClipboard');
  }
  // The item takes a promise, so the copy keeps the user's gesture while the PNG is drawn.
  const png = withFonts(await exporter.svg(preset, theme)).then(({ svg }) => toPng(svg, 2));
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/** What the ZIP of "Export all" needs besides the panels. */
export interface ExportAllContext {
  fileName: (base: string, extension: string) => string;
  article: Article | undefined;
  sources: readonly Source[] | undefined;
  filter: string;
  /** Titles of the panels that had nothing to export (data not loaded, or nothing under the filter). */
  omitted: readonly string[];
}

/** Every panel as SVG (fonts embedded), PNG (2×) and CSV, plus SOURCES.txt, in one ZIP. */
export async function exportAll(
  exporters: readonly ChartExporter[],
  context: ExportAllContext,
): Promise<Blob> {
  const files: Record<string, Uint8Array> = {};
  for (const exporter of exporters) {
    const { svg } = await withFonts(await exporter.svg('panel'));
    files[context.fileName(exporter.fileBase, 'svg')] = strToU8(svg);
    files[context.fileName(exporter.fileBase, 'png')] = new Uint8Array(
      await (await toPng(svg, 2)).arrayBuffer(),
    );
    files[context.fileName(exporter.fileBase, 'csv')] = strToU8(toCsv(exporter.table()));
  }
  files['SOURCES.txt'] = strToU8(
    sourcesText(context.article, context.sources, context.filter, context.omitted),
  );
  // PNGs are already compressed; level 6 for the text files.
  return new Blob([zipSync(files, { level: 6 })], { type: 'application/zip' });
}

/**
 * The interactive HTML export: the standalone page (fetched from the app's own `standalone/`), the fonts subset to
 * what the page can show in `payload.lang`, and the payload, as one `.html` file (see `html.ts`).
 * @throws MessageError when the standalone page is not part of this build (the dev server has none).
 */
export async function interactiveHtml(
  payload: StandalonePayload,
  title: string,
  messages: Record<string, unknown>,
): Promise<Blob> {
  const fetchText = async (file: string) => {
    const response = await fetch(`${import.meta.env.BASE_URL}standalone/${file}`);
    if (!response.ok) throw new MessageError('export.errors.noStandalone', { status: response.status });
    return response.text();
  };
  const [script, css, subsetter] = await Promise.all([
    fetchText('page.js'),
    fetchText('page.css'),
    getSubsetter(),
  ]);
  const usage = pageUsage([JSON.stringify(payload.files), JSON.stringify(messages)]);
  const { css: fontCss } = await fontFaceCss(usage, subsetter, loadFontFile);
  return new Blob([composeHtml({ script, css, fontCss, payload, title })], { type: 'text/html' });
}
