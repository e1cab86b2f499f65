/**
 * The Sankey's data as a table: one row per link — who moved from where to where, how many people, and on what
 * evidence (names, dates, article lines, sources).
 */
import { EN, type Locale } from '../../i18n/locale';
import { joinedCell, linesCell, type Table } from '../shared/table';
import type { SankeyModel } from './prepare';

/** One row per Sankey link, with its provenance. */
export function sankeyTable(model: SankeyModel, locale: Locale = EN): Table {
  const name = new Map(model.nodes.map((n) => [n.id, n.name]));
  // People are counted as people; any other flow is a value in its unit.
  const unit = model.unit;
  const table: Table = {
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
      joinedCell(link.moves.flatMap((m) => (m.formula ? [m.formula] : []))),
      joinedCell([
        ...link.moves.map(
          (m) => m.person ?? locale.t('table.unnamed', { count: m.count, n: locale.fmt.number(m.count) }),
        ),
        // Past the moves a link describes, a count (the dates, lines and sources are those of the described).
        ...(link.moveCount > link.moves.length
          ? [locale.t('sankey.moreMoves', { count: link.moveCount - link.moves.length })]
          : []),
      ]),
      joinedCell(link.moves.map((m) => m.when)),
      linesCell(link.moves.flatMap((m) => m.lines)),
      joinedCell(link.moves.flatMap((m) => m.sources)),
    ]),
  };
  if (unit === undefined) return table;
  return {
    columns: table.columns.map((c) => (c === 'people' ? 'value' : c)).concat('unit'),
    rows: table.rows.map((row) => [...row, unit]),
  };
}

/** The Sankey in words: people, flows, and the three largest flows. */
export function sankeySummary(model: SankeyModel, locale: Locale = EN): string {
  if (!model.links.length) return locale.t('sankey.summaryNone');
  const names = new Map(model.nodes.map((n) => [n.id, n.name]));
  const largest = [...model.links]
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map(
      (l) =>
        `${names.get(l.source)} → ${names.get(l.target)} (${locale.fmt.countShort(l.value, l.qualifier)})`,
    )
    .join(', ');
  const people = model.links.reduce((sum, l) => sum + l.value, 0);
  return locale.t('sankey.summary', {
    people: locale.fmt.people(people),
    count: model.links.length,
    largest,
  });
}
