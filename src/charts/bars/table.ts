/**
 * The bar chart's data as a table: one row per bar or rank marker — organisation, value in the metric's unit,
 * and its provenance — and the chart in words.
 */
import { EN, type Locale } from '../../i18n/locale';
import { joinedCell, linesCell, type Table } from '../shared/table';
import { metricLabel, type BarModel } from './prepare';

/** One row per bar (or rank marker): organisation, value in the model's unit, and its provenance. */
export function barsTable(model: BarModel): Table {
  const unit = model.unit === 'usd' ? 'USD per year' : (model.flowUnit ?? model.unit);
  const flow = model.flowUnit === undefined ? 'people' : model.flowUnit || 'value';
  return {
    columns: [
      'organisation',
      'measure',
      'value',
      'unit',
      'rank',
      'count_note',
      'derived_formula',
      'date',
      'article_lines',
      'sources',
      'note',
    ],
    rows: model.rows.flatMap((row) => [
      ...row.segments.map((s) => [
        row.label,
        s.kind === 'value' ? model.axisLabel : `${flow} ${s.kind}`,
        Math.abs(s.value),
        unit,
        '',
        s.lowerBound ? 'lower bound' : '',
        s.formula ?? '',
        s.detail.when,
        linesCell(s.detail.lines),
        joinedCell(s.detail.sources),
        s.detail.note,
      ]),
      ...(row.rankOnly
        ? [
            [
              row.label,
              model.axisLabel,
              '',
              unit,
              row.rankOnly.rank,
              'ranked, no figure given',
              '',
              row.rankOnly.detail.when,
              linesCell(row.rankOnly.detail.lines),
              joinedCell(row.rankOnly.detail.sources),
              row.rankOnly.detail.note,
            ],
          ]
        : []),
    ]),
  };
}

/** The bars in words: the metric and each organisation's value or rank, largest first. */
export function barsSummary(model: BarModel, locale: Locale = EN): string {
  if (!model.rows.length) return locale.t('bars.summaryNone');
  const items = model.rows
    .slice(0, 6)
    .map((row) =>
      row.segments.length ? row.segments.map((s) => s.name).join(', ') : (row.rankOnly?.name ?? row.label),
    )
    .join('; ');
  return locale.t('bars.summary', { metric: metricLabel(model.metric, locale, model.flowUnit), items });
}
