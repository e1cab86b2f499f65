/**
 * Legends, laid out like everything else: items flow left to right and wrap, under the chart, so the key to
 * hatching, markers and lower bounds is part of the chart (and of every export), not only of the page.
 */
import { round2, type MeasureText } from './measure';
import { theme } from './theme';

/** How an item's swatch looks: a hatched block (derived), a solid band, a dot, a dashed outline, or a symbol. */
export type SwatchKind = 'hatch' | 'band' | 'dot' | 'dash' | 'symbol' | 'break';

/** What a legend item says. `symbol` is the text drawn as the swatch of a `symbol` item (e.g. "10+"). */
export interface LegendSpec {
  kind: SwatchKind;
  label: string;
  symbol?: string;
}

/** A placed legend item: its swatch's left edge, its label's left edge and the row's centre line, in px. */
export interface PlacedLegendItem extends LegendSpec {
  x: number;
  labelX: number;
  y: number;
}

/** A placed legend: its items and the height it takes (0 when empty). */
export interface LegendGeometry {
  items: PlacedLegendItem[];
  height: number;
}

const SWATCH = 16;
const GAP = 6;
const ITEM_GAP = 18;
const ROW = 18;

/** Width a swatch takes, symbol swatches being as wide as their text. */
function swatchWidth(spec: LegendSpec, measure: MeasureText): number {
  return spec.kind === 'symbol' ? measure(spec.symbol ?? '', theme.fontSize) : SWATCH;
}

/** Lays out `specs` in rows within `width`, starting at `top`. */
export function layoutLegend(
  specs: readonly LegendSpec[],
  width: number,
  top: number,
  measure: MeasureText,
): LegendGeometry {
  if (!specs.length || width <= 0) return { items: [], height: 0 };
  const items: PlacedLegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const spec of specs) {
    const w = swatchWidth(spec, measure) + GAP + measure(spec.label, theme.fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    items.push({
      ...spec,
      x: round2(x),
      labelX: round2(x + swatchWidth(spec, measure) + GAP),
      y: round2(top + row * ROW + ROW / 2),
    });
    x += w + ITEM_GAP;
  }
  return { items, height: (row + 1) * ROW + 4 };
}
