/**
 * Bars stage 2 — rows + size → placed bars, value labels, ticks and axis (pixels). Pure: no DOM.
 * Horizontal bars keep long organisation names readable; value labels go outside the bar end, or inside when
 * there is no room outside.
 */
import './messages';
import { scaleBand, scaleLinear } from 'd3-scale';
import { EN, type Locale } from '../../i18n/locale';
import { layoutLegend, type LegendGeometry, type LegendSpec } from '../shared/legend';
import { estimateTextWidth, round2, truncateToWidth, type TextLayoutOptions } from '../shared/measure';
import type { RingShape } from '../shared/FocusRing';
import { theme } from '../shared/theme';
import type { BarModel, BarRow, BarSegment } from './prepare';

/** A placed bar; `x`/`width` in px, value label placed beside or inside. */
export interface PlacedBar extends BarSegment {
  rowId: string;
  company: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  label: { x: number; y: number; anchor: 'start' | 'end'; inside: boolean };
  /** The hatched, derived part of a partly derived bar, at its outer end. */
  derivedRect?: { x: number; width: number } | undefined;
}

/** A placed row: its label, and a rank marker where the article gives only a rank. */
export interface PlacedRow {
  id: string;
  company: string | null;
  label: string;
  y: number;
  height: number;
  labelX: number;
  rankMarker?:
    { x: number; text: string; name: string; detail: NonNullable<BarRow['rankOnly']>['detail'] } | undefined;
}

/** Placed bar chart. */
export interface BarsGeometry {
  width: number;
  height: number;
  rows: PlacedRow[];
  bars: PlacedBar[];
  ticks: { x: number; text: string }[];
  /** The value axis: its line at `y` from `x0` to `x1`, the zero line at `zero`, and its label. */
  axis: { y: number; x0: number; x1: number; zero: number; label: string; labelX: number };
  /** The key under the axis (hatching, rank markers, lower bounds); included in `height`. */
  legend: LegendGeometry;
}

/** Layout options. */
export interface BarsLayoutOptions extends TextLayoutOptions {
  /** Preferred height (px); grows with the number of rows so bars keep a readable thickness. */
  height: number;
}

/** A row is never thinner than a label needs, nor so thick that a few bars fill the panel (px). */
const ROW_MIN = 26;
const ROW_MAX = 44;
/** Room under the bars for the axis, its ticks and its label; the gap between a label and its bar. */
const AXIS_SPACE = 44;
const GAP = 6;

function tickText(value: number, unit: BarModel['unit'], locale: Locale): string {
  if (unit === 'usd') return locale.fmt.usdCompact(value);
  if (unit === 'percent') return `${locale.fmt.number(value)}%`;
  return locale.fmt.number(Math.abs(value));
}

/** Lays out the model; empty geometry for no rows or a zero size. */
export function layoutBars(model: BarModel, options: BarsLayoutOptions): BarsGeometry {
  const { width, measure = estimateTextWidth, locale = EN } = options;
  const fontSize = theme.labelFontSize;
  const rowsCount = model.rows.length;
  const empty: BarsGeometry = {
    width,
    height: options.height,
    rows: [],
    bars: [],
    ticks: [],
    axis: { y: 0, x0: 0, x1: 0, zero: 0, label: model.axisLabel, labelX: 0 },
    legend: { items: [], height: 0 },
  };
  if (!rowsCount || width <= 0 || options.height <= 0) return empty;

  const segments = model.rows.flatMap((r) => r.segments);
  const specs: LegendSpec[] = [];
  if (segments.some((seg) => seg.derived))
    specs.push({ kind: 'hatch', label: locale.t('bars.legendDerived') });
  if (model.rows.some((r) => r.rankOnly)) specs.push({ kind: 'dot', label: locale.t('bars.legendRank') });
  if (segments.some((seg) => seg.lowerBound))
    specs.push({ kind: 'dash', label: locale.t('bars.legendBound') });
  // The legend's rows are laid out first, so the bars get the height that is left.
  const legendSize = layoutLegend(specs, width, 0, measure);
  const room = options.height - (legendSize.height ? legendSize.height + 4 : 0);
  const height = Math.min(
    Math.max(room, rowsCount * ROW_MIN + AXIS_SPACE + 8),
    rowsCount * ROW_MAX + AXIS_SPACE + 8,
  );
  const labelRoom = Math.min(
    width * 0.35,
    Math.max(...model.rows.map((r) => measure(r.label, fontSize))) + GAP * 2,
  );
  const valueRoom = Math.max(0, ...segments.map((s) => measure(s.text, fontSize))) + GAP * 2;
  const plotLeft = labelRoom;
  const plotRight = Math.max(plotLeft + 40, width - valueRoom);

  // An all-zero chart still gets a readable axis (0 to 1), not ticks that all round to 0.
  const maxAbs = Math.max(...segments.map((s) => Math.abs(s.value)), 0) || 1;
  const domain: [number, number] = model.diverging
    ? [
        -Math.max(1e-9, ...segments.filter((s) => s.value < 0).map((s) => -s.value), maxAbs / 4),
        Math.max(1e-9, ...segments.filter((s) => s.value > 0).map((s) => s.value), maxAbs / 4),
      ]
    : [0, maxAbs];
  // In the diverging chart the left side needs room for labels of "out" bars too.
  const x = scaleLinear()
    .domain(domain)
    .range([model.diverging ? plotLeft + valueRoom : plotLeft, plotRight])
    .nice();
  const y = scaleBand<string>()
    .domain(model.rows.map((r) => r.id))
    .range([0, height - AXIS_SPACE])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const zero = x(0);
  const [rangeStart, rangeEnd] = x.range() as [number, number];

  const rows: PlacedRow[] = model.rows.map((row) => ({
    id: row.id,
    company: row.company,
    // Long names are shortened to the label column (the full name is in the bar's accessible name and tooltip).
    label: truncateToWidth(row.label, labelRoom - GAP * 2, fontSize, measure),
    y: round2(y(row.id) ?? 0),
    height: round2(y.bandwidth()),
    labelX: round2(plotLeft - GAP),
    rankMarker: row.rankOnly && {
      x: round2(zero + 12),
      text: locale.t('bars.rankMarker', { rank: row.rankOnly.rank }),
      name: row.rankOnly.name,
      detail: row.rankOnly.detail,
    },
  }));

  const bars: PlacedBar[] = model.rows.flatMap((row) =>
    row.segments.map((segment): PlacedBar => {
      const end = x(segment.value);
      const x0 = Math.min(zero, end);
      const barWidth = Math.max(1, Math.abs(end - zero));
      const textWidth = measure(segment.text, fontSize);
      const leftward = segment.value < 0;
      const roomOutside = leftward ? x0 - (rangeStart - valueRoom) : width - (x0 + barWidth);
      const inside = roomOutside < textWidth + GAP && barWidth > textWidth + GAP * 2;
      const labelX = leftward
        ? inside
          ? x0 + GAP
          : x0 - GAP
        : inside
          ? x0 + barWidth - GAP
          : x0 + barWidth + GAP;
      const anchor: 'start' | 'end' = leftward !== inside ? 'end' : 'start';
      // The derived part sits at the bar's outer end: the stated people first, then those the article implies.
      const part = segment.derivedPart;
      const partEnd = part === undefined ? undefined : x(segment.value);
      const partStart = part === undefined ? undefined : x(segment.value - part);
      const derivedRect =
        partStart === undefined || partEnd === undefined
          ? undefined
          : { x: round2(Math.min(partStart, partEnd)), width: round2(Math.abs(partEnd - partStart)) };
      return {
        ...segment,
        derivedRect,
        rowId: row.id,
        company: row.company,
        x: round2(x0),
        y: round2(y(row.id) ?? 0),
        width: round2(barWidth),
        height: round2(y.bandwidth()),
        label: { x: round2(labelX), y: round2((y(row.id) ?? 0) + y.bandwidth() / 2), anchor, inside },
      };
    }),
  );

  // People are counted whole: no tick at 0.2 of a person.
  const whole = model.unit === 'people' && model.flowUnit === undefined;
  const ticks = x
    .ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 90)))
    .filter((t) => !whole || Number.isInteger(t))
    .map((t) => ({ x: round2(x(t)), text: tickText(t, model.unit, locale) }));
  const axisY = height - AXIS_SPACE + 4;
  const legend = {
    ...legendSize,
    items: legendSize.items.map((item) => ({ ...item, y: round2(item.y + height + 4) })),
  };
  return {
    width,
    height: height + (legend.height ? legend.height + 4 : 0),
    legend,
    rows,
    bars,
    ticks,
    axis: {
      y: axisY,
      x0: rangeStart,
      x1: rangeEnd,
      zero,
      label: model.axisLabel,
      labelX: (rangeStart + rangeEnd) / 2,
    },
  };
}

/** Where the keyboard's ring goes: around the focused bar, or around the whole row of a rank marker. */
export function barsRing(geometry: BarsGeometry, id: string): RingShape | null {
  const bar = geometry.bars.find((b) => b.id === id);
  if (bar) return { kind: 'box', x: bar.x, y: bar.y, width: bar.width, height: bar.height };
  const row = geometry.rows.find((r) => r.id === id);
  return row
    ? {
        kind: 'box',
        x: geometry.axis.zero,
        y: row.y,
        width: Math.max(0, geometry.axis.x1 - geometry.axis.zero),
        height: row.height,
      }
    : null;
}
