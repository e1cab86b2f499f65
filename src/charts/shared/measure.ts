/**
 * Text width for layouts, which must place labels without a DOM. Layouts take a {@link MeasureText}; the
 * browser passes one backed by a canvas, tests and Node use {@link estimateTextWidth}.
 */
import type { Locale } from '../../i18n/locale';
import { FONT_FAMILY } from './theme';

/** Width in px of `text` at `fontSize` px in the chart font. */
export type MeasureText = (text: string, fontSize: number) => number;

/**
 * What every chart's layout takes: the width to fill (px), how to measure its labels (the estimate by default, as in
 * Node), and the reader's language for the words it places (English by default).
 */
export interface TextLayoutOptions {
  width: number;
  measure?: MeasureText;
  locale?: Locale;
}

/**
 * A font-independent estimate, generous so labels placed by it are not clipped by the real font: CJK characters
 * are a full em, capitals and wide letters about 0.7 em, other Latin characters about 0.58 em.
 */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let ems = 0;
  for (const char of text) {
    // CJK, and the arrows and maths symbols (≥, →) that fall back to a CJK font's full-width forms.
    if (/[\u2190-\u2bff\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char)) ems += 1;
    else if (/[A-Z@%&MWmw]/.test(char)) ems += 0.72;
    else if (/[ .,:;'|!il1()[\]]/.test(char)) ems += 0.32;
    else ems += 0.58;
  }
  return ems * fontSize;
};

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
/** The size the context's font is set to: setting `font` is parsed each time, so it is set only when it changes. */
let contextSize = 0;
/**
 * Widths measured, by size and text: a filter change lays out the same labels again. Bounded, and forgotten when
 * a web font finishes loading (widths measured with the fallback font are wrong after it).
 */
const widths = new Map<string, number>();
const MAX_WIDTHS = 20_000;
/** Bumped when a web font finishes loading: text measured before it was measured in the fallback font. */
let generation = 0;

/**
 * Which set of text widths measurements now come from (a count of web fonts finished loading on this page): a
 * layout kept from an earlier generation placed its labels with other widths.
 */
export function measureGeneration(): number {
  return generation;
}

/** Measures with a canvas in the chart font (the estimate where no canvas is available, as in Node). */
export const measureTextInBrowser: MeasureText = (text, fontSize) => {
  if (context === undefined) {
    // A page has a canvas; the chart worker (large data) has an OffscreenCanvas.
    context =
      typeof document !== 'undefined'
        ? document.createElement('canvas').getContext('2d')
        : typeof OffscreenCanvas !== 'undefined'
          ? new OffscreenCanvas(1, 1).getContext('2d')
          : null;
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    fonts?.addEventListener?.('loadingdone', () => {
      widths.clear();
      generation++;
    });
  }
  if (!context) return estimateTextWidth(text, fontSize);
  const key = `${fontSize}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (contextSize !== fontSize) {
      context.font = `${fontSize}px ${FONT_FAMILY}`;
      contextSize = fontSize;
    }
    // A small margin covers the difference between canvas and SVG text rendering.
    width = context.measureText(text).width * 1.02;
    if (widths.size >= MAX_WIDTHS) widths.clear();
    widths.set(key, width);
  }
  return width;
};

/** `text` shortened with an ellipsis to fit `maxWidth` px (unchanged when it fits). */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
): string {
  // A hair of tolerance: widths computed by adding and subtracting measurements carry rounding errors.
  if (measure(text, fontSize) <= maxWidth + 0.01) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** A coordinate rounded to 1/100 px: finer than any screen shows, and it keeps exported files small and stable. */
export const round2 = (value: number): number => Math.round(value * 100) / 100;
