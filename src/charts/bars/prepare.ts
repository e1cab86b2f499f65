/**
 * Bars stage 1 — dataset + metric → rows of bars (no pixels). Three metrics: average annual pay (USD per year,
 * Rora via the article, two of them derived), share of OpenAI's hires by source company (percent, Live Data
 * Technologies; two sources ranked without a number) and people in and out per company (counted from the moves).
 */
import './messages';
import { sourcesOf } from '../../model/sources';
import type { Figure, Metric, Move, Source } from '../../data/schema';
import { describeFormula } from '../../model/derived';
import { filterFigures, filterMoves } from '../../model/filters';
import type { OrgIndex } from '../../model/orgIndex';
import { EN, localName, type Locale } from '../../i18n/locale';
import type { ChartView, PrepareContext } from '../spec';

import { METRICS, type BarMetric } from './meta';
export { METRICS, type BarMetric };

/** The bar chart's own view option. */
export interface BarsOptions {
  metric: BarMetric;
}

/** One bar. `value` is in the model's unit; negative values (people out) extend left. */
export interface BarSegment {
  id: string;
  /** `value` for single bars; `out`/`in` for the people-flow metric. */
  kind: 'value' | 'out' | 'in';
  value: number;
  /** The value as labelled on the bar, e.g. "$865K", "15", "10+". */
  text: string;
  /** Accessible name, "Label: value". */
  name: string;
  derived: boolean;
  /**
   * The part of `value` (same sign) that is derived, where only part of a bar is (people out of Meta: 6 of ≥10 are
   * derived). Absent when the whole bar is derived or none of it.
   */
  derivedPart?: number | undefined;
  /** Formula with inputs, for derived values. */
  formula?: string | undefined;
  lowerBound: boolean;
  /** Provenance shown in the tooltip. */
  detail: { when: string; sources: string[]; lines: number[]; note: string };
}

/** A row: one organisation, one or two bars — or only a rank, where the article gives no number. */
export interface BarRow {
  id: string;
  /** Company to highlight and colour by; null for none. */
  company: string | null;
  label: string;
  segments: BarSegment[];
  /** Where the article ranks without a number: the rank, drawn as a marker instead of a bar. */
  rankOnly?: { rank: number; name: string; detail: BarSegment['detail'] } | undefined;
}

/** The rows of one metric, with what the axis shows. */
export interface BarModel {
  metric: BarMetric;
  /** Axis label with unit, e.g. "Average annual pay (USD per year)". */
  axisLabel: string;
  unit: 'usd' | 'percent' | 'people';
  /**
   * For flows of a dataset whose values are not people: what they count, as its file names it ("TWh"; '' for
   * plain numbers). Undefined: people.
   */
  flowUnit?: string | undefined;
  /** People out (left) and in (right) around zero. */
  diverging: boolean;
  rows: BarRow[];
  /** How many rows the metric has under the filter: more than `rows` when they were limited while built. */
  rowCount: number;
}

/**
 * Which rows to build when only some are drawn: the `max` largest and the companies in `keep`. A row's words are
 * the costly part (thousands of organisations in one's own data), so rows that will not be drawn are only counted.
 */
export interface RowLimit {
  max: number;
  keep: ReadonlySet<string>;
}

/** Lookups the bars need. */
export interface BarsContext {
  orgs: OrgIndex;
  sources: ReadonlyMap<string, Source>;
  figures: ReadonlyMap<string, Figure>;
  /** The reader's language (English by default). */
  locale?: Locale;
}

// One collator for every sort: String.localeCompare builds one per call, which dominates sorting 500 rows.
const byLabel = new Intl.Collator('en');

const FIGURE_METRIC: Record<Exclude<BarMetric, 'flows'>, Metric> = {
  pay: 'average-annual-pay',
  hiring: 'share-of-openai-hires',
};

const METRIC_KEYS: Record<BarMetric, string> = {
  pay: 'bars.metricPay',
  hiring: 'bars.metricHiring',
  flows: 'bars.metricFlows',
};

/**
 * Human name of a metric, for the switch and titles: "Average annual pay". `flowUnit` is what the dataset's
 * moves count (see {@link BarModel.flowUnit}): flows that are not people are "In and out".
 */
export function metricLabel(metric: BarMetric, locale: Locale = EN, flowUnit?: string): string {
  return locale.t(
    metric === 'flows' && flowUnit !== undefined ? 'bars.metricFlowsUnit' : METRIC_KEYS[metric],
  );
}

function detailOf(
  figureOrMove: Figure | Move,
  sources: ReadonlyMap<string, Source>,
  locale: Locale,
): BarSegment['detail'] {
  return {
    when: locale.fmt.when(figureOrMove.when),
    sources: figureOrMove.provenance.sources.map((s) => localName(sources.get(s), locale.lang, s)),
    lines: figureOrMove.provenance.lines,
    note: figureOrMove.provenance.note,
  };
}

function figureRows(figures: readonly Figure[], metric: Metric, ctx: BarsContext): BarRow[] {
  const locale = ctx.locale ?? EN;
  const rows = figures
    .filter((f) => f.metric === metric && f.subject !== undefined)
    .map((f): BarRow => {
      const label = ctx.orgs.name(f.subject!, locale.lang);
      const company = ctx.orgs.companyOf(f.subject!);
      const detail = detailOf(f, ctx.sources, locale);
      if (f.value === undefined) {
        const rank = f.rank ?? 0;
        return {
          id: f.id,
          company,
          label,
          segments: [],
          rankOnly: { rank, name: locale.t('bars.rankOnly', { label, rank }), detail },
        };
      }
      const text = locale.fmt.figureValue(f);
      const derivedSuffix = f.derived ? locale.t('bars.derivedSuffix') : '';
      return {
        id: f.id,
        company,
        label,
        segments: [
          {
            id: f.id,
            kind: 'value',
            value: f.value,
            text: text + derivedSuffix,
            name: `${label}: ${locale.fmt.figureValue(f, false)}${derivedSuffix}`,
            derived: f.derived !== undefined,
            formula: f.derived && describeFormula(f.derived, ctx.figures),
            lowerBound: f.qualifier === 'at-least' || f.qualifier === 'more-than',
            detail,
          },
        ],
      };
    });
  // Largest first; rank-only rows after the numbers, in rank order.
  const key = (r: BarRow) => (r.segments[0] ? -r.segments[0].value : 1e15 + (r.rankOnly?.rank ?? 0));
  return rows.sort((a, b) => key(a) - key(b) || byLabel.compare(a.label, b.label));
}

/**
 * Calls `visit` with each move that counts as people out of and into companies, with its index and the two
 * companies (`to` null when the destination is not stated). A move inside one company (team to team) is neither
 * in nor out for it, and is skipped.
 */
function eachFlow(
  moves: readonly Move[],
  orgs: OrgIndex,
  visit: (move: Move, index: number, from: string, to: string | null) => void,
): void {
  moves.forEach((m, i) => {
    const from = orgs.companyOf(m.from);
    const to = m.to === null ? null : orgs.companyOf(m.to);
    if (from !== to) visit(m, i, from, to);
  });
}

function flowRows(
  moves: readonly Move[],
  ctx: BarsContext,
  limit?: RowLimit,
): { rows: BarRow[]; rowCount: number } {
  const locale = ctx.locale ?? EN;
  const unit = moves[0]?.unit;
  // Two passes: every company's totals (numbers only), then — for the rows drawn alone — what their bars show
  // of the moves behind them. At 100,000 moves a list of every company's moves, or their sources, cost more than
  // the whole chart.
  interface Tally {
    count: number;
    qualifier: 'at-least' | 'more-than' | undefined;
    derived: number;
    moveCount: number;
    /** Made in the second pass, for drawn rows only (not for 2,000 companies at every click). */
    shown?: Shown;
  }
  /** What a drawn bar shows of its moves: the derived ones (for the formula), and the sources and lines of the
   * first moves, up to {@link MAX_LINES} each, as a tooltip shows. */
  interface Shown {
    derivedMoves: Move[];
    sourceIds: Set<string>;
    lineSet: Set<number>;
  }
  const empty = (): Tally => ({ count: 0, qualifier: undefined, derived: 0, moveCount: 0 });
  const tallies = new Map<string, { out: Tally; in: Tally }>();
  const tally = (company: string) => {
    let t = tallies.get(company);
    if (!t) {
      t = { out: empty(), in: empty() };
      tallies.set(company, t);
    }
    return t;
  };
  const add = (t: Tally, m: Move) => {
    t.count += m.count;
    // "more than" wins: at least 6 plus more than 10 is more than 16.
    if (m.countQualifier && t.qualifier !== 'more-than') t.qualifier = m.countQualifier;
    if (m.derived) t.derived += m.count;
    t.moveCount++;
  };
  const shownOf = (t: Tally): Shown =>
    (t.shown ??= { derivedMoves: [], sourceIds: new Set(), lineSet: new Set() });
  const detail = (t: Tally, m: Move) => {
    const shown = shownOf(t);
    if (m.derived) shown.derivedMoves.push(m);
    if (shown.sourceIds.size < MAX_LINES || shown.lineSet.size < MAX_LINES) {
      for (const s of m.provenance.sources) if (shown.sourceIds.size < MAX_LINES) shown.sourceIds.add(s);
      for (const l of m.provenance.lines) if (shown.lineSet.size < MAX_LINES) shown.lineSet.add(l);
    }
  };
  // Each move's companies, found once for both passes (null: not counted, or no destination).
  const fromOf = new Array<string | null>(moves.length).fill(null);
  const toOf = new Array<string | null>(moves.length).fill(null);
  eachFlow(moves, ctx.orgs, (m, i, from, to) => {
    fromOf[i] = from;
    toOf[i] = to;
    add(tally(from).out, m);
    if (to !== null) add(tally(to).in, m);
  });
  const segment = (company: string, label: string, kind: 'out' | 'in', t: Tally): BarSegment => {
    const qualifier = t.qualifier;
    const shown = shownOf(t);
    // Sources and lines of thousands of moves (a dataset of one's own): the first of them, as a tooltip shows.
    const sources = [...shown.sourceIds].map((s) => ctx.sources.get(s)?.name ?? s);
    const lines = [...shown.lineSet].sort((a, b) => a - b);
    return {
      id: `${company}-${kind}`,
      kind,
      value: kind === 'out' ? -t.count : t.count,
      text: locale.fmt.countShort(t.count, qualifier),
      name:
        locale.t(kind === 'out' ? 'bars.out' : 'bars.in', {
          label,
          people: locale.fmt.quantity(t.count, unit, qualifier),
        }) + (t.derived ? locale.t('bars.partlyDerived', { count: t.derived }) : ''),
      derived: t.derived > 0,
      derivedPart:
        t.derived > 0 && t.derived < t.count ? (kind === 'out' ? -t.derived : t.derived) : undefined,
      formula: t.derived
        ? shown.derivedMoves
            .map(
              (m) =>
                `${locale.fmt.people(m.count, m.countQualifier)}: ${describeFormula(m.derived!, ctx.figures)}`,
            )
            .join('; ')
        : undefined,
      lowerBound: t.qualifier !== undefined,
      detail: {
        when: locale.t('bars.movesCounted', { count: t.moveCount }),
        sources,
        lines,
        note: locale.t(`bars.note${kind === 'out' ? 'Out' : 'In'}${unit === undefined ? '' : 'Unit'}`),
      },
    };
  };
  // Largest first (out and in together), then by name; only the rows to be drawn get their words.
  const labels = new Map<string, string>();
  const labelOf = (company: string) => {
    let label = labels.get(company);
    if (label === undefined) labels.set(company, (label = ctx.orgs.name(company, locale.lang)));
    return label;
  };
  const total = (t: { out: Tally; in: Tally }) => t.out.count + t.in.count;
  const ordered = [...tallies.entries()].sort(
    ([a, ta], [b, tb]) => total(tb) - total(ta) || byLabel.compare(labelOf(a), labelOf(b)),
  );
  const chosen = limit ? ordered.filter(([company], i) => i < limit.max || limit.keep.has(company)) : ordered;
  const drawn = new Map(chosen);
  if (drawn.size)
    moves.forEach((m, i) => {
      const from = fromOf[i];
      if (!from) return;
      const out = drawn.get(from);
      if (out) detail(out.out, m);
      const to = toOf[i];
      const into = to ? drawn.get(to) : undefined;
      if (into) detail(into.in, m);
    });
  const rows = chosen.map(([company, t]): BarRow => {
    const label = labelOf(company);
    const segments = [
      ...(t.out.count ? [segment(company, label, 'out', t.out)] : []),
      ...(t.in.count ? [segment(company, label, 'in', t.in)] : []),
    ];
    return { id: company, company, label, segments };
  });
  return { rows, rowCount: ordered.length };
}

/**
 * How many rows `metric` would have, building none: companies with people in or out for flows (a move inside one
 * company counts for neither, as in {@link prepareBars}), figures otherwise. The empty chart's pointers to other
 * metrics need only this, and at 100,000 moves tallying and sorting every company's rows to count them cost more
 * than the chart drawn.
 */
export function countBars(
  metric: BarMetric,
  figures: readonly Figure[],
  moves: readonly Move[],
  ctx: BarsContext,
): number {
  if (metric !== 'flows') return figureRows(figures, FIGURE_METRIC[metric], ctx).length;
  const companies = new Set<string>();
  eachFlow(moves, ctx.orgs, (_m, _i, from, to) => {
    companies.add(from);
    if (to !== null) companies.add(to);
  });
  return companies.size;
}

/** Builds the rows for `metric` from already filtered figures and moves. */
export function prepareBars(
  metric: BarMetric,
  figures: readonly Figure[],
  moves: readonly Move[],
  ctx: BarsContext,
  limit?: RowLimit,
): BarModel {
  const locale = ctx.locale ?? EN;
  if (metric === 'flows') {
    // One dataset's moves all count the same thing (see the Sankey's model).
    const flowUnit = moves[0]?.unit;
    return {
      metric,
      axisLabel:
        flowUnit === undefined
          ? locale.t('bars.axisFlows')
          : locale.t('bars.axisFlowsUnit', { unit: flowUnit || locale.t('bars.value') }),
      unit: 'people',
      flowUnit,
      diverging: true,
      ...flowRows(moves, ctx, limit),
    };
  }
  const rows = figureRows(figures, FIGURE_METRIC[metric], ctx);
  return {
    metric,
    axisLabel: locale.t(metric === 'pay' ? 'bars.axisPay' : 'bars.axisHiring'),
    unit: metric === 'pay' ? 'usd' : 'percent',
    diverging: false,
    rows,
    rowCount: rows.length,
  };
}

/** Lines (and sources) a bar of flows cites at most: those of its first moves. */
const MAX_LINES = 50;

/** Rows the bar chart draws; past this the smallest are left out (and counted) so the chart keeps its height. */
export const MAX_ROWS = 30;

/**
 * The model with at most `max` rows: the first ones (rows come largest first), and any company in `keep` (the
 * filter's). Returns the model and how many rows were left out.
 */
export function limitRows(
  model: BarModel,
  max = MAX_ROWS,
  keep: ReadonlySet<string> = new Set(),
): { model: BarModel; hidden: number } {
  const rows =
    model.rows.length <= max
      ? model.rows
      : model.rows.filter((row, i) => i < max || (row.company !== null && keep.has(row.company)));
  return { model: rows === model.rows ? model : { ...model, rows }, hidden: model.rowCount - rows.length };
}

/** What the bar chart draws for the chosen metric, and what its panel says about the rest. */
export interface BarsChartModel extends BarModel {
  /** The metrics the dataset has (flows always); `metric` is one of them. */
  metrics: BarMetric[];
  /** Rows left out past {@link MAX_ROWS}. */
  hidden: number;
  /** The other metrics and how many rows each has under the filter (the empty chart points to them). */
  others: { metric: BarMetric; rows: number }[];
  /** Figures the date range hides because the article does not date them. */
  undatedHidden: number;
  /** Ids of the filtered figures no bar draws: the article's other numbers, listed under the chart. */
  unshown: string[];
  /** Sources of what the bars show (ids), for the credit line. */
  sources: string[];
}

/**
 * The bar chart's data side: filters figures and moves, builds the rows of every metric (so an empty metric can
 * point to those with data), keeps the largest {@link MAX_ROWS} of the chosen one (and the filter's companies),
 * and lists what is not drawn.
 */
export function prepareBarsChart(
  data: { figures: readonly Figure[]; moves: readonly Move[] },
  view: ChartView<BarsOptions>,
  { lookups, locale }: PrepareContext,
): BarsChartModel {
  const { orgs } = lookups;
  const figures = filterFigures(data.figures, view, orgs);
  const moves = filterMoves(data.moves, view, orgs);
  const context = { orgs, sources: lookups.sources, figures: lookups.figures, locale };
  // A dataset without pay or hiring figures (one's own) offers only flows, whatever the link asked for.
  const metrics = METRICS.filter(
    (m) => m === 'flows' || data.figures.some((f) => f.metric === FIGURE_METRIC[m]),
  );
  const metric = metrics.includes(view.metric) ? view.metric : 'flows';
  // The other metrics are only counted (the empty chart points to them): none of their rows is built.
  const counts = metrics
    .filter((m) => m !== metric)
    .map((metric) => ({
      metric,
      rows: countBars(metric, figures, moves, context),
    }));
  // Hundreds of organisations (one's own data) would make a chart thousands of pixels tall: the largest are drawn.
  const keep = new Set(view.companies);
  const { model, hidden } = limitRows(
    prepareBars(metric, figures, moves, context, { max: MAX_ROWS, keep }),
    MAX_ROWS,
    keep,
  );
  const shown = new Set(model.rows.map((r) => r.id));
  // Figures the article does not date cannot be placed in a range; say how many the range hides.
  const undatedHidden =
    view.from || view.to
      ? filterFigures(data.figures, { ...view, from: null, to: null }, orgs).filter((f) => !f.when).length
      : 0;
  const sources = sourcesOf(metric === 'flows' ? moves : figures.filter((f) => shown.has(f.id)));
  return {
    ...model,
    metrics,
    flowUnit: data.moves[0]?.unit,
    hidden,
    others: counts.filter((c) => c.rows > 0),
    undatedHidden,
    unshown: figures.filter((f) => !shown.has(f.id)).map((f) => f.id),
    sources,
  };
}
