/**
 * The fonts the app self-hosts (fontsource's Noto Sans and Noto Sans TC, SIL Open Font License), as the browser
 * sees them: each family split into files by Unicode range, in the weights the app loads. An export embeds, for
 * each character it draws, the same face the browser would pick for it, so the file renders like the panel.
 */
import notoSansRanges from '../../../node_modules/@fontsource/noto-sans/unicode.json';
import notoSansTcRanges from '../../../node_modules/@fontsource/noto-sans-tc/unicode.json';

/** One file of a family: fontsource's subset key (`latin`, `[12]`) and the code points it covers. */
export interface FontSubset {
  key: string;
  ranges: [number, number][];
}

/** A self-hosted family: its CSS name, file-name stem, the weights the app loads, and its subsets. */
export interface FontFamilyFiles {
  family: string;
  stem: string;
  weights: readonly number[];
  subsets: FontSubset[];
}

/** `U+0000-00FF,U+0131` → [[0, 255], [305, 305]]. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(start, 16), parseInt(end, 16)];
  });
}

const subsetsOf = (ranges: Record<string, string>): FontSubset[] =>
  Object.entries(ranges).map(([key, range]) => ({ key, ranges: parseUnicodeRange(range) }));

/** The families in the order of the charts' `font-family` stack (see `theme.ts`), with the weights `main.tsx` loads. */
export const FONT_FAMILIES: readonly FontFamilyFiles[] = [
  { family: 'Noto Sans', stem: 'noto-sans', weights: [400, 600, 700], subsets: subsetsOf(notoSansRanges) },
  { family: 'Noto Sans TC', stem: 'noto-sans-tc', weights: [400, 700], subsets: subsetsOf(notoSansTcRanges) },
];

/** File name of a subset at a weight: `noto-sans-tc-12-400-normal.woff` for key `[12]`. */
export function fontFileName(family: FontFamilyFiles, subsetKey: string, weight: number): string {
  return `${family.stem}-${subsetKey.replace(/[[\]]/g, '')}-${weight}-normal.woff`;
}

/**
 * The weight the browser uses for `desired` among `available` (CSS Fonts 4 §5.2): for 400–500, the desired
 * weight, then up to 500, then down, then up; below 400, down then up; above 500, up then down.
 */
export function matchWeight(available: readonly number[], desired: number): number {
  const sorted = [...available].sort((a, b) => a - b);
  if (sorted.includes(desired)) return desired;
  const below = sorted.filter((w) => w < desired).reverse();
  const above = sorted.filter((w) => w > desired);
  if (desired >= 400 && desired <= 500) {
    const upTo500 = above.filter((w) => w <= 500);
    return upTo500[0] ?? below[0] ?? above[0]!;
  }
  return desired < 400 ? (below[0] ?? above[0]!) : (above[0] ?? below[0]!);
}

/** One face to embed: a family's subset file at a weight, and the code points of the export it must draw. */
export interface PlannedFace {
  family: FontFamilyFiles;
  subsetKey: string;
  weight: number;
  codepoints: number[];
}

/**
 * Which face draws each character, by weight: the first family (in stack order) with a subset whose range covers
 * it, at the weight the browser would match. Characters no family covers are left to the viewer's fonts.
 */
export function planFaces(usage: ReadonlyMap<number, ReadonlySet<number>>): PlannedFace[] {
  const faces = new Map<string, PlannedFace>();
  for (const [desired, codepoints] of usage) {
    for (const cp of codepoints) {
      for (const family of FONT_FAMILIES) {
        const subset = family.subsets.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
        if (!subset) continue;
        const weight = matchWeight(family.weights, desired);
        const key = `${family.family}|${subset.key}|${weight}`;
        let face = faces.get(key);
        if (!face) {
          face = { family, subsetKey: subset.key, weight, codepoints: [] };
          faces.set(key, face);
        }
        if (!face.codepoints.includes(cp)) face.codepoints.push(cp);
        break;
      }
    }
  }
  return [...faces.values()].map((f) => ({ ...f, codepoints: f.codepoints.sort((a, b) => a - b) }));
}
