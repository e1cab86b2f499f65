/**
 * Paths stage 2 — paths + size → placed geometry. One column per step; in each column, each organisation is a
 * band as tall as the paths through it, largest first; each path is a curve through its organisations, in a slot
 * of its own in each band (ordered by where the path came from, so lines cross as little as they can). The labels
 * of the first and last columns sit outside them; those between, right of their band, over a halo. Pure: no DOM.
 */
import { group } from 'd3-array';
import './messages';
import { curveBumpX, line } from 'd3-shape';
import { EN } from '../../i18n/locale';
import { layoutLegend, type LegendGeometry } from '../shared/legend';
import { estimateTextWidth, round2, truncateToWidth, type TextLayoutOptions } from '../shared/measure';
import { theme } from '../shared/theme';
import type { PathsModel, Trail } from './prepare';

/** An organisation's band in one column. */
export interface PlacedBand {
  id: string;
  column: number;
  org: string;
  company: string;
  name: string;
  /** Paths through it. */
  count: number;
  x: number;
  y0: number;
  y1: number;
  label: { x: number; y: number; anchor: 'start' | 'end'; text: string; inside: boolean };
}

/** A path placed: its curve and its points (the middle of its slot in each band). */
export interface PlacedTrail extends Trail {
  d: string;
  points: [number, number][];
  /** The company of its first organisation, for colour. */
  company: string;
}

/** Placed paths, ready to draw. */
export interface PathsGeometry {
  width: number;
  height: number;
  bands: PlacedBand[];
  trails: PlacedTrail[];
  headings: { x: number; text: string }[];
  headingY: number;
  legend: LegendGeometry;
}

/** Layout options. */
export interface PathsLayoutOptions extends TextLayoutOptions {
  height: number;
  /** Fill `height` (presentation mode); otherwise the chart is as tall as its bands, at most `height`. */
  fit?: boolean;
}

/** A band is this wide; bands of one column stand this far apart (px). */
const BAND = 8;
const GAP = 10;
const LABEL_GAP = 6;
/** Room above the first band for the step headings. */
const HEADER = 28;
/** A path's slot: never thinner than a hairline, never thicker than a line of its own. */
const SLOT_MIN = 1.5;
const SLOT_MAX = 8;

/** Lays out the paths in `width` × `height` (taller if the bands need room for their labels). */
export function layoutPaths(model: PathsModel, options: PathsLayoutOptions): PathsGeometry {
  const { width, measure = estimateTextWidth, locale = EN } = options;
  const fontSize = theme.labelFontSize;
  const legendSize = layoutLegend([{ kind: 'band', label: locale.t('paths.legend') }], width, 0, measure);
  const empty: PathsGeometry = {
    width,
    height: options.height,
    bands: [],
    trails: [],
    headings: [],
    headingY: 0,
    legend: legendSize,
  };
  if (!model.trails.length || width <= 0) return { ...empty, legend: { items: [], height: 0 } };

  const columns = Math.max(2, ...model.trails.map((t) => t.stops.length));
  // Each column's organisations and the paths through them.
  const members = Array.from({ length: columns }, (_, c) =>
    group(
      model.trails.filter((t) => t.stops[c]),
      (t) => t.stops[c]!.org,
    ),
  );
  const order = members.map((column) =>
    [...column.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)),
  );
  const nameOf = (c: number, org: string) =>
    model.trails.find((t) => t.stops[c]?.org === org)!.stops[c]!.name;
  const labelOf = (c: number, org: string, count: number) => `${nameOf(c, org)} ${locale.fmt.number(count)}`;
  const need = (c: number) =>
    Math.max(0, ...order[c]!.map(([org, trails]) => measure(labelOf(c, org, trails.length), fontSize))) +
    LABEL_GAP +
    2;
  const budget = Math.max(80, width - 80);
  let [left, right] = [need(0), need(columns - 1)];
  if (left + right > budget) [left, right] = [Math.min(left, budget / 2), Math.min(right, budget / 2)];
  const step = (width - left - right - BAND) / (columns - 1);
  const xOf = (c: number) => left + c * step;

  const available = Math.max(1, options.height - HEADER - legendSize.height - 10);
  const tallest = Math.max(...order.map((column) => column.reduce((n, [, t]) => n + t.length, 0)));
  const bands = Math.max(...order.map((column) => column.length));
  const slot = Math.min(SLOT_MAX, Math.max(SLOT_MIN, (available - (bands - 1) * GAP) / tallest));
  // A band is never shorter than its label.
  const bandHeight = (count: number) => Math.max(count * slot, fontSize * 1.2);

  const placed: PlacedBand[] = [];
  const points = new Map<Trail, [number, number][]>(model.trails.map((t) => [t, []]));
  let bottom = 0;
  order.forEach((column, c) => {
    let y = HEADER;
    for (const [org, trails] of column) {
      const h = bandHeight(trails.length);
      const first = trails[0]!.stops[c]!;
      const place = c === 0 ? 'left' : c === columns - 1 ? 'right' : 'inside';
      const room = place === 'left' ? left : place === 'right' ? right : step - BAND;
      const text = truncateToWidth(labelOf(c, org, trails.length), room - LABEL_GAP - 2, fontSize, measure);
      placed.push({
        id: `${c}:${org}`,
        column: c,
        org,
        company: first.company,
        name: first.name,
        count: trails.length,
        x: round2(xOf(c)),
        y0: round2(y),
        y1: round2(y + h),
        label: {
          x: round2(place === 'left' ? xOf(c) - LABEL_GAP : xOf(c) + BAND + LABEL_GAP),
          y: round2(y + h / 2),
          anchor: place === 'left' ? 'end' : 'start',
          text,
          inside: place === 'inside',
        },
      });
      // Slots follow where each path stood in the column before, so lines cross as little as they can.
      const before = (t: Trail) => points.get(t)![c - 1]?.[1] ?? 0;
      const sorted = c === 0 ? trails : [...trails].sort((a, b) => before(a) - before(b));
      const inner = (h - trails.length * slot) / 2;
      sorted.forEach((t, i) =>
        points.get(t)!.push([round2(xOf(c) + BAND / 2), round2(y + inner + (i + 0.5) * slot)]),
      );
      y += h + GAP;
    }
    bottom = Math.max(bottom, y - GAP);
  });
  const curve = line<[number, number]>().curve(curveBumpX).digits(2);
  const trails: PlacedTrail[] = model.trails.map((t) => ({
    ...t,
    company: t.stops[0]!.company,
    points: points.get(t)!,
    d: curve(points.get(t)!) ?? '',
  }));
  // A few paths take a few lines, not the panel's whole height (the bands' slots stop growing at SLOT_MAX).
  const height = options.fit ? Math.max(options.height - legendSize.height - 10, bottom + 4) : bottom + 4;
  return {
    width,
    height: Math.ceil(height + 10 + legendSize.height),
    bands: placed,
    trails,
    headings: Array.from({ length: columns }, (_, c) => ({
      x: round2(xOf(c) + BAND / 2),
      text: c === 0 ? locale.t('paths.start') : locale.t('paths.step', { n: c }),
    })),
    headingY: fontSize,
    legend: { ...legendSize, items: legendSize.items.map((i) => ({ ...i, y: round2(i.y + height + 10) })) },
  };
}
