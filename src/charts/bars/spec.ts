/**
 * "Pay and hiring": horizontal bars for one metric at a time — average annual pay (USD per year, Rora via the
 * article, two values derived), the share of OpenAI's hires by source company (percent, Live Data Technologies;
 * two sources ranked without a number), or people in and out per company (counted from the moves).
 */
import { WORKER_MOVES, type ChartSpec } from '../spec';
import { BarsControls, BarsEmptyHint } from './Controls';
import { BarsExtra } from './FigureList';
import { layoutBars, type BarsGeometry } from './layout';
import { barsFocusOrder, BarsMarks, BarsTooltip } from './Marks';
import { barsMeta } from './meta';
import { metricLabel, prepareBarsChart, type BarsChartModel } from './prepare';
import { barsSummary, barsTable } from './table';

/** The bar or rank row with this id, and the company it is about. */
const companyOf = (geometry: BarsGeometry, id: string) =>
  geometry.bars.find((b) => b.id === id)?.company ?? geometry.rows.find((r) => r.id === id)?.company ?? null;

/** The bar chart; see the module comment. */
export const barsSpec: ChartSpec<
  BarsChartModel,
  BarsGeometry,
  'organizations' | 'moves' | 'figures',
  'article' | 'sources',
  typeof barsMeta.options
> = {
  ...barsMeta,
  height: () => 240,
  // Tallying 100,000 moves for every metric takes a few hundred ms: off the page past 20,000.
  inWorker: (data) => data.moves.length > WORKER_MOVES,
  prepare: prepareBarsChart,
  layout: layoutBars,
  isEmpty: (model) => model.rows.length === 0,
  Marks: BarsMarks,
  describe: barsSummary,
  text(model, _view, { locale, filterText }) {
    const metric = metricLabel(model.metric, locale, model.flowUnit);
    const title = `${locale.t('bars.title')}: ${metric}`;
    return {
      title,
      chartTitle: title,
      subtitle: `${metric}${locale.t('describe.separator')}${filterText}`,
      description: locale.t('bars.description', { count: model.rows.length, filter: filterText }),
      fileBase: `pay-and-hiring-${model.metric}`,
    };
  },
  credit: (model, locale) => ({
    sources: model.sources,
    notes: [
      ...(model.rows.some((r) => r.segments.some((s) => s.derived)) ? [locale.t('bars.hatchedNote')] : []),
      ...(model.undatedHidden > 0 ? [locale.t('bars.undatedFigures', { count: model.undatedHidden })] : []),
    ],
  }),
  table: barsTable,
  focusOrder: barsFocusOrder,
  markName: (geometry, id) =>
    geometry.bars.find((b) => b.id === id)?.name ??
    geometry.rows.find((r) => r.id === id)?.rankMarker?.name ??
    id,
  companyOf,
  activate: companyOf,
  anchor(geometry, id) {
    const bar = geometry.bars.find((b) => b.id === id);
    if (bar) return { x: bar.x + bar.width, y: bar.y + bar.height / 2 };
    const row = geometry.rows.find((r) => r.id === id);
    return row?.rankMarker ? { x: row.rankMarker.x, y: row.y + row.height / 2 } : null;
  },
  // The bars themselves and the value printed at their end.
  obstacles: (geometry) =>
    geometry.bars.map((bar) => ({ x: bar.x, y: bar.y, width: bar.width + 70, height: bar.height })),
  Tooltip: BarsTooltip,
  Controls: BarsControls,
  EmptyHint: BarsEmptyHint,
  Extra: BarsExtra,
};
