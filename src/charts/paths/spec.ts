/**
 * "Paths": each person's organisations in order — a career history read as Google → OpenAI → Anthropic, or a row
 * of a path table — one line per person, so hovering or focusing one person shows their whole path across the
 * steps. Shown for data that has paths: the article's careers, or a dataset of one's own read as a career history
 * or a path table.
 */
import { WORKER_MOVES, type ChartSpec } from '../spec';
import { layoutPaths, type PathsGeometry } from './layout';
import { PathsMarks, PathsTooltip, trailName } from './Marks';
import { pathsMeta } from './meta';
import { MAX_TRAILS, preparePaths, type PathsModel } from './prepare';
import { pathsSummary, pathsTable } from './table';

const trailOf = (geometry: PathsGeometry, id: string) => geometry.trails.find((t) => t.id === id);

/** The paths chart; see the module comment. */
export const pathsSpec: ChartSpec<
  PathsModel,
  PathsGeometry,
  'organizations' | 'people' | 'moves',
  'article' | 'sources',
  Record<never, never>
> = {
  ...pathsMeta,
  height: () => 420,
  inWorker: (data) => data.moves.length > WORKER_MOVES,
  prepare: preparePaths,
  layout: layoutPaths,
  isEmpty: (model) => model.trails.length === 0,
  Marks: PathsMarks,
  describe: pathsSummary,
  text: (model, _view, { locale, filterText }) => ({
    title: locale.t('paths.title'),
    chartTitle: locale.t('paths.chartTitle'),
    subtitle: filterText,
    description: locale.t('paths.description', {
      count: model.trails.length,
      steps: Math.max(0, ...model.trails.map((t) => t.stops.length - 1)),
      filter: filterText,
    }),
    fileBase: 'paths',
  }),
  credit: (model, locale) => ({
    sources: model.sources,
    notes: model.hidden ? [locale.t('paths.moreTrails', { count: model.hidden, max: MAX_TRAILS })] : [],
  }),
  table: pathsTable,
  focusOrder: (geometry) => geometry.trails.map((t) => t.id),
  keysHintKey: 'paths.keysHint',
  markName: (geometry, id, locale) => {
    const trail = trailOf(geometry, id);
    return trail ? trailName(trail, locale) : id;
  },
  companyOf: (geometry, id) => trailOf(geometry, id)?.company ?? null,
  activate: (geometry, id) => trailOf(geometry, id)?.company ?? null,
  anchor(geometry, id) {
    const trail = trailOf(geometry, id);
    const middle = trail?.points[Math.floor(trail.points.length / 2)];
    return middle ? { x: middle[0], y: middle[1] } : null;
  },
  Tooltip: PathsTooltip,
};
