/**
 * The data behind each chart as table rows, one row per mark, with its provenance: the article lines and the
 * outside sources. Used for CSV export (and any tabular view of a chart).
 */
import type { BarModel } from '../charts/bars/prepare';
import type { SankeyModel } from '../charts/sankey/prepare';
import type { TimelineItem } from '../charts/timeline/prepare';
import { EN, type Locale } from '../i18n/locale';

/** A table: column names and rows of cells. */
export interface Table {
  columns: string[];
  rows: (string | number)[][];
}

const lines = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b).join('; ');
const joined = (values: Iterable<string>) => [...new Set(values)].join('; ');

/** One row per Sankey link: who moved from where to where, how many people, and on what evidence. */
export function sankeyTable(model: SankeyModel, locale: Locale = EN): Table {
  const name = new Map(model.nodes.map((n) => [n.id, n.name]));
  return {
    columns: [
      'from',
      'to',
      'people',
      'count_note',
      'derived_formula',
      'names',
      'dates',
      'article_lines',
      'sources',
    ],
    rows: model.links.map((link) => [
      name.get(link.source) ?? link.source,
      name.get(link.target) ?? link.target,
      link.value,
      link.qualifier ? locale.fmt.qualifier(link.qualifier) : '',
      joined(link.moves.flatMap((m) => (m.formula ? [m.formula] : []))),
      joined(
        link.moves.map(
          (m) => m.person ?? locale.t('table.unnamed', { count: m.count, n: locale.fmt.number(m.count) }),
        ),
      ),
      joined(link.moves.map((m) => m.when)),
      lines(link.moves.flatMap((m) => m.lines)),
      joined(link.moves.flatMap((m) => m.sources)),
    ]),
  };
}

/** One row per bar (or rank marker): organisation, value in the model's unit, and its provenance. */
export function barsTable(model: BarModel): Table {
  const unit = model.unit === 'usd' ? 'USD per year' : model.unit;
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
        s.kind === 'value' ? model.axisLabel : s.kind === 'out' ? 'people out' : 'people in',
        Math.abs(s.value),
        unit,
        '',
        s.lowerBound ? 'lower bound' : '',
        s.formula ?? '',
        s.detail.when,
        lines(s.detail.lines),
        joined(s.detail.sources),
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
              lines(row.rankOnly.detail.lines),
              joined(row.rankOnly.detail.sources),
              row.rankOnly.detail.note,
            ],
          ]
        : []),
    ]),
  };
}

/** One row per timeline event: its dates (ISO 8601, first and last day covered), what happened and provenance. */
export function timelineTable(items: readonly TimelineItem[]): Table {
  return {
    columns: [
      'date',
      'start',
      'end',
      'event',
      'companies',
      'people',
      'in_date_range',
      'article_lines',
      'sources',
      'note',
    ],
    rows: items.map((item) => [
      item.dateText,
      item.start,
      item.end,
      item.title,
      item.companies.join('; '),
      item.detail.people.join('; '),
      item.inRange ? 'yes' : 'no',
      lines(item.detail.lines),
      joined(item.detail.sources),
      item.detail.note,
    ]),
  };
}
