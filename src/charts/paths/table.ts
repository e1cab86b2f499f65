/**
 * The paths as a table — one row per path: the person, the organisations in order, when they got to each, and
 * the lines of the file — and in words.
 */
import { EN, type Locale } from '../../i18n/locale';
import { linesCell, type Table } from '../shared/table';
import type { PathsModel } from './prepare';

/** One row per path. */
export function pathsTable(model: PathsModel): Table {
  return {
    columns: ['person', 'path', 'steps', 'dates', 'article_lines'],
    rows: model.trails.map((trail) => [
      trail.name,
      trail.stops.map((s) => s.name).join(' → '),
      trail.stops.length - 1,
      trail.stops
        .map((s) => s.when)
        .filter(Boolean)
        .join('; '),
      linesCell(trail.stops.flatMap((s) => s.lines)),
    ]),
  };
}

/** The paths in words: how many, and the most common first step. */
export function pathsSummary(model: PathsModel, locale: Locale = EN): string {
  if (!model.trails.length) return locale.t('paths.summaryNone');
  const counts = new Map<string, number>();
  for (const t of model.trails) {
    const first = `${t.stops[0]!.name} → ${t.stops[1]?.name ?? ''}`;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const [common, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return locale.t('paths.summary', {
    count: model.trails.length,
    common: `${common} (${locale.fmt.number(n)})`,
  });
}
