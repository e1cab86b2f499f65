/**
 * Timeline stage 2 — items + size → placed marks, labels in lanes, ticks (pixels). Pure: no DOM.
 *
 * The article's dates run from 1872 to 2024 but crowd into 2013–2024, so long empty stretches are cut out of the
 * axis (a break of fixed width), and the rest is a piecewise-linear UTC time scale. Labels are stacked into
 * lanes so no two overlap.
 */
import './messages';
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { dayAfter, monthOf, utcDate } from '../../model/dates';
import { layoutLegend, type LegendGeometry, type LegendSpec } from '../shared/legend';
import { EN } from '../../i18n/locale';
import { estimateTextWidth, round2, truncateToWidth, type TextLayoutOptions } from '../shared/measure';
import type { RingShape } from '../shared/FocusRing';
import { theme } from '../shared/theme';
import type { TimelineItem } from './prepare';

/** An item placed: a span (or a dot for short ones) in a lane, with its label. */
export interface PlacedTimelineItem extends TimelineItem {
  x0: number;
  x1: number;
  /** Draw a dot rather than a span: the interval is narrower than a few px. */
  point: boolean;
  lane: number;
  /** Centre line of the item's lane. */
  y: number;
  /** Vertical offset of the mark from `y`: non-zero when the label sits over a wide span. */
  markDy: number;
  /** The label; `dy` offsets its centre from `y`. */
  label: { x: number; anchor: 'start' | 'end'; text: string; dy: number };
}

/** Placed timeline with its axis and the conversions the brush needs. */
export interface TimelineGeometry {
  width: number;
  height: number;
  items: PlacedTimelineItem[];
  /** Tick labels, anchored inward at the chart's edges so none is cut off. */
  ticks: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Cut-out stretches, drawn as a break mark at `x`. */
  breaks: { x: number }[];
  axis: { y: number; x0: number; x1: number };
  /** The strip the brush covers, in px. */
  brushExtent: [[number, number], [number, number]];
  /** The key under the axis (spans, days, cut-out years); included in `height`. */
  legend: LegendGeometry;
  /** Pixel → date (UTC) and date → pixel, through the broken scale. */
  invert: (px: number) => Date;
  scale: (date: Date) => number;
}

/** Layout options (the timeline is as tall as its lanes need, unless told to fit a height). */
export interface TimelineLayoutOptions extends TextLayoutOptions {
  /** Years of empty axis that are cut out (default 4). */
  breakAfterYears?: number;
  /** Height of a lane of labels in px (default 22); at least 15 so 12 px labels never touch. */
  laneHeight?: number;
  /**
   * The height to fit in, if any: lanes are tightened (down to 15 px) so the timeline fits. Used in
   * presentation mode, where the panel's height is fixed.
   */
  fitHeight?: number;
}

/** A lane of labels is this tall (px), and never tighter than 15, where 12 px labels would touch. */
const LANE_HEIGHT = 22;
const MIN_LANE_HEIGHT = 15;
/** Room above the top lane, and under the axis for its tick labels. */
const TOP = 8;
const AXIS_HEIGHT = 40;
/** A cut-out stretch of years is drawn as a break this wide. */
const BREAK_WIDTH = 24;
/** Margin at either end of the axis, and between a mark and its label. */
const SIDE = 12;
const LABEL_GAP = 6;
/** A stretch shorter than two years (1872's) gets a fixed sliver rather than its share of the width. */
const SHORT_SEGMENT_WIDTH = 64;
const SHORT_SEGMENT_MS = 2 * 365.25 * 24 * 3600 * 1000;

interface Segment {
  start: Date;
  end: Date;
}

function segmentsOf(items: readonly TimelineItem[], breakAfterYears: number): Segment[] {
  const segments: Segment[] = [];
  for (const item of items) {
    const start = utcDate(item.start);
    const end = dayAfter(item.end);
    const last = segments.at(-1);
    if (last && utcYear.offset(last.end, breakAfterYears) >= start) {
      if (end > last.end) last.end = end;
    } else segments.push({ start, end });
  }
  // Pad each stretch to whole months so marks at its edges are not on the break.
  return segments.map((s) => ({
    start: utcMonth.offset(utcMonth.floor(s.start), -2),
    end: utcMonth.offset(utcMonth.ceil(s.end), 2),
  }));
}

/** Lays out the items; empty geometry for no items or a zero width. */
export function layoutTimeline(
  items: readonly TimelineItem[],
  options: TimelineLayoutOptions,
): TimelineGeometry {
  const { width, measure = estimateTextWidth, breakAfterYears = 4, locale = EN } = options;
  const fontSize = theme.fontSize;
  const identity = scaleUtc();
  const empty: TimelineGeometry = {
    width,
    height: AXIS_HEIGHT + TOP,
    items: [],
    ticks: [],
    breaks: [],
    axis: { y: TOP, x0: 0, x1: width },
    legend: { items: [], height: 0 },
    brushExtent: [
      [0, 0],
      [Math.max(1, width), 1],
    ],
    invert: (px) => identity.invert(px),
    scale: (d) => identity(d),
  };
  if (!items.length || width <= 0) return empty;

  const segments = segmentsOf(items, breakAfterYears);
  const usable = width - 2 * SIDE - BREAK_WIDTH * (segments.length - 1);
  const durations = segments.map((s) => s.end.getTime() - s.start.getTime());
  const total = durations.reduce((a, b) => a + b, 0);
  // A short stretch (1872's single year) gets a fixed sliver; the long ones share the rest by duration.
  const short = durations.map((d) => segments.length > 1 && d < SHORT_SEGMENT_MS);
  const longTotal = durations.filter((_, i) => !short[i]).reduce((a, b) => a + b, 0);
  const fixed = short.filter(Boolean).length * SHORT_SEGMENT_WIDTH;
  const widths = durations.map((d, i) =>
    longTotal === 0
      ? (usable * d) / total
      : short[i]
        ? SHORT_SEGMENT_WIDTH
        : ((usable - fixed) * d) / longTotal,
  );

  const domain: Date[] = [];
  const range: number[] = [];
  const breaks: { x: number }[] = [];
  let cursor = SIDE;
  segments.forEach((s, i) => {
    if (i > 0) {
      breaks.push({ x: round2(cursor + BREAK_WIDTH / 2) });
      cursor += BREAK_WIDTH;
    }
    domain.push(s.start, s.end);
    range.push(cursor, cursor + widths[i]!);
    cursor += widths[i]!;
  });
  const x = scaleUtc().domain(domain).range(range).clamp(true);

  // Ticks per stretch: years where it spans a few, otherwise months; thinned to fit their labels.
  const ticks = segments.flatMap((s, i) => {
    const r0 = range[2 * i]!;
    const r1 = range[2 * i + 1]!;
    const local = scaleUtc().domain([s.start, s.end]).range([r0, r1]);
    const years = utcYear.range(utcYear.ceil(s.start), s.end);
    // Months where they can be shown at least quarterly; otherwise years (a long stretch, or 1872's sliver).
    const months = utcMonth.range(utcMonth.ceil(s.start), s.end);
    const monthStep = Math.ceil(months.length / Math.max(1, Math.floor((r1 - r0) / 64)));
    const yearly = years.length >= 3 || (years.length > 0 && monthStep > 3);
    const values = yearly ? years : months;
    const fits = Math.max(1, Math.floor((r1 - r0) / (yearly ? 44 : 64)));
    const step = Math.ceil(values.length / fits);
    const shown = values.filter((_, k) => k % step === 0);
    return shown.map((v, k) => ({
      x: round2(local(v)),
      // Months name their year on the first tick of a stretch and on the first tick of each new year (January
      // itself may fall between ticks two or three months apart).
      text: yearly
        ? locale.fmt.yearTick(v)
        : locale.fmt.monthTick(v, k === 0 || shown[k - 1]!.getUTCFullYear() !== v.getUTCFullYear()),
    }));
  });

  // A tick label centred near an edge would be cut off: anchor it inward instead.
  const anchoredTicks = ticks.map((t) => {
    const half = measure(t.text, fontSize) / 2;
    const anchor: 'start' | 'middle' | 'end' =
      t.x - half < 0 ? 'start' : t.x + half > width ? 'end' : 'middle';
    return { ...t, anchor };
  });

  // Greedy lanes: each label goes in the lowest lane whose last occupant ends before it starts.
  const laneEnds: number[] = [];
  const placed = items.map((item) => {
    const x0 = x(utcDate(item.start));
    const x1 = Math.max(x0, x(dayAfter(item.end)));
    const point = x1 - x0 < 4;
    const markEnd = point ? x0 + 4 : x1;
    const markStart = point ? x0 - 4 : x0;
    const full = measure(item.title, fontSize);
    // Where the whole title fits: after the mark, before it, or over it (above the mark, slid left as far as the
    // right edge needs); only a title wider than the whole chart is shortened (it is in full in its tooltip).
    const after = markEnd + LABEL_GAP + full <= width - 2;
    const before = markStart - LABEL_GAP - full >= 2;
    const over = full <= width - 4;
    const overX = Math.max(2, Math.min(x0, width - 2 - full));
    const placement = after
      ? 'after'
      : before
        ? 'before'
        : over
          ? 'over'
          : width - markEnd > markStart
            ? 'after'
            : 'before';
    const room =
      placement === 'after'
        ? width - 2 - markEnd - LABEL_GAP
        : placement === 'before'
          ? markStart - LABEL_GAP - 2
          : full;
    const text = truncateToWidth(item.title, room, fontSize, measure);
    const textWidth = measure(text, fontSize);
    const occupied: [number, number] =
      placement === 'after'
        ? [markStart - 4, markEnd + LABEL_GAP + textWidth]
        : placement === 'before'
          ? [markStart - LABEL_GAP - textWidth, markEnd + 4]
          : [Math.min(markStart, overX) - 4, Math.max(markEnd, overX + textWidth) + 4];
    let lane = laneEnds.findIndex((end) => end < occupied[0]);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(occupied[1]);
    } else laneEnds[lane] = Math.max(laneEnds[lane]!, occupied[1]);
    const label =
      placement === 'after'
        ? { x: markEnd + LABEL_GAP, anchor: 'start' as const, text, dy: 0 }
        : placement === 'before'
          ? { x: markStart - LABEL_GAP, anchor: 'end' as const, text, dy: 0 }
          : { x: overX, anchor: 'start' as const, text, dy: -4 };
    const markDy = placement === 'over' ? 6 : 0;
    return { item, x0, x1, point, lane, label, markDy };
  });

  const lanes = laneEnds.length;
  // The rest of the chart is fixed; lanes give way to fit the height asked for.
  const fixedHeight = TOP + 6 + AXIS_HEIGHT - 8 + 40;
  const laneHeight = Math.max(
    MIN_LANE_HEIGHT,
    Math.min(
      options.laneHeight ?? LANE_HEIGHT,
      options.fitHeight ? Math.floor((options.fitHeight - fixedHeight) / Math.max(1, lanes)) : Infinity,
    ),
  );
  const axisY = TOP + lanes * laneHeight + 6;
  const specs: LegendSpec[] = [{ kind: 'band', label: locale.t('timeline.legendSpan') }];
  if (placed.some((p) => p.point)) specs.push({ kind: 'dot', label: locale.t('timeline.legendDay') });
  if (breaks.length) specs.push({ kind: 'break', label: locale.t('timeline.legendBreak') });
  const legend = layoutLegend(specs, width - SIDE, axisY + AXIS_HEIGHT - 8, measure);
  const height = axisY + AXIS_HEIGHT - 8 + legend.height;
  return {
    width,
    height,
    legend,
    items: placed.map(({ item, x0, x1, point, lane, label, markDy }) => ({
      ...item,
      x0: round2(x0),
      x1: round2(x1),
      point,
      lane,
      markDy,
      // Lane 0 is nearest the axis, so the earliest events sit lowest.
      y: axisY - 6 - lane * laneHeight - laneHeight / 2,
      label: { ...label, x: round2(label.x) },
    })),
    ticks: anchoredTicks,
    breaks,
    axis: { y: axisY, x0: SIDE, x1: width - SIDE },
    brushExtent: [
      [SIDE, axisY - 4],
      [width - SIDE, axisY + 24],
    ],
    invert: (px) => x.invert(px),
    scale: (d) => x(d),
  };
}

/** Snaps a brushed pixel span to whole months: `[from, to]` as `YYYY-MM`, inclusive. */
export function monthsFromPixels(geometry: TimelineGeometry, px0: number, px1: number): [string, string] {
  const start = utcMonth.floor(geometry.invert(Math.min(px0, px1)));
  // The end is exclusive: a brush ending on the 1st of a month stops at the month before.
  const endExclusive = utcMonth.ceil(geometry.invert(Math.max(px0, px1)));
  const last = utcMonth.offset(endExclusive, -1);
  return [monthOf(start), monthOf(last < start ? start : last)];
}

/** Pixel span of an inclusive month range, for drawing the brush; null for no range. */
export function pixelsFromMonths(
  geometry: TimelineGeometry,
  from: string | null,
  to: string | null,
): [number, number] | null {
  if (!from && !to) return null;
  const [[x0], [x1]] = geometry.brushExtent;
  const start = from ? geometry.scale(utcDate(`${from}-01`)) : x0;
  const end = to ? geometry.scale(utcMonth.offset(utcDate(`${to}-01`), 1)) : x1;
  return [Math.max(x0, Math.min(start, end)), Math.min(x1, Math.max(start, end))];
}

/** Where the keyboard's ring goes around an event's mark: a circle round a dot, a rounded box round a span. */
export function timelineRing(geometry: TimelineGeometry, id: string): RingShape | null {
  const item = geometry.items.find((i) => i.id === id);
  if (!item) return null;
  const cy = item.y + item.markDy;
  return item.point
    ? { kind: 'circle', cx: item.x0, cy, r: 8 }
    : { kind: 'box', x: item.x0, y: cy - 4, width: item.x1 - item.x0, height: 8, pad: 4, rx: 4 };
}
