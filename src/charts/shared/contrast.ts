/**
 * Colour contrast by WCAG 2's definitions (relative luminance, contrast ratio), so themes can be checked and
 * text on a coloured mark can pick the colour that reads best. Colours are any CSS colour d3-color parses.
 */
import { rgb } from 'd3-color';

/** WCAG 2 relative luminance of a colour, 0 (black) to 1 (white). Throws on a string that is not a colour. */
export function luminance(color: string): number {
  const c = rgb(color);
  if (Number.isNaN(c.r)) throw new Error(`Not a colour: ${color}`);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` drawn at `opacity` over `background`, as an opaque colour: what the eye sees of a translucent mark. */
export function blend(color: string, background: string, opacity: number): string {
  const f = rgb(color);
  const b = rgb(background);
  const mix = (x: number, y: number) => Math.round(x * opacity + y * (1 - opacity));
  return rgb(mix(f.r, b.r), mix(f.g, b.g), mix(f.b, b.b)).formatHex();
}

/** Of `candidates`, the text colour with the highest contrast on `fill`. */
export function readableOn(fill: string, candidates: readonly string[]): string {
  let best = candidates[0] ?? '#000000';
  for (const c of candidates) if (contrastRatio(c, fill) > contrastRatio(best, fill)) best = c;
  return best;
}
