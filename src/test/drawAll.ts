/**
 * Test helper: runs a dataset through every chart's prepare and layout stages, as the panels do, so a test can ask
 * "does this data draw?" in one call. Used by the bad-data fixtures and the property-based tests.
 */
import { layoutBars, type BarsGeometry } from '../charts/bars/layout';
import { prepareBars } from '../charts/bars/prepare';
import { layoutSankey, type SankeyGeometry } from '../charts/sankey/layout';
import { prepareSankey } from '../charts/sankey/prepare';
import { layoutTimeline, type TimelineGeometry } from '../charts/timeline/layout';
import { prepareTimeline } from '../charts/timeline/prepare';
import type { DataFiles } from '../data/schema';
import { createLocale, type Lang } from '../i18n/locale';
import { eventInRange, filterEvents, filterFigures, filterMoves, type Filter } from '../model/filters';
import { buildOrgIndex } from '../model/orgIndex';
import { DETAILS, METRICS } from '../state/url';

/** Every chart's geometry for one dataset, filter and language. */
export interface Drawn {
  sankey: SankeyGeometry[];
  bars: BarsGeometry[];
  timeline: TimelineGeometry;
}

/** Prepares and lays out all three charts (both Sankey groupings, every bar metric) at a panel's size. */
export function drawAll(
  files: Pick<DataFiles, 'organizations' | 'people' | 'moves' | 'figures' | 'events' | 'sources'>,
  filter: Filter,
  lang: Lang = 'en',
  width = 720,
): Drawn {
  const locale = createLocale(lang);
  const orgs = buildOrgIndex(files.organizations);
  const people = new Map(files.people.map((p) => [p.id, p]));
  const sources = new Map(files.sources.map((s) => [s.id, s]));
  const figures = new Map(files.figures.map((f) => [f.id, f]));
  const moves = filterMoves(files.moves, filter, orgs);
  return {
    sankey: DETAILS.map((detail) =>
      layoutSankey(prepareSankey(moves, { orgs, people, sources, figures, locale }, detail), {
        width,
        height: 460,
        locale,
      }),
    ),
    bars: METRICS.map((metric) =>
      layoutBars(
        prepareBars(metric, filterFigures(files.figures, filter, orgs), moves, {
          orgs,
          sources,
          figures,
          locale,
        }),
        { width, height: 240, locale },
      ),
    ),
    timeline: layoutTimeline(
      prepareTimeline(filterEvents(files.events, filter, orgs), {
        orgs,
        people,
        sources,
        locale,
        inRange: (e) => eventInRange(e, filter),
      }),
      { width, locale },
    ),
  };
}

/** Paths of every number in `value` that is NaN or infinite, as dotted paths (`0.nodes.3.y0`), for a readable failure. */
export function badNumbers(value: unknown): string[] {
  // Layout nodes link to each other (source ↔ target): each object is walked once.
  const seen = new WeakSet<object>();
  const walk = (v: unknown, path: string): string[] => {
    if (typeof v === 'number') return Number.isFinite(v) ? [] : [path || '(root)'];
    if (v === null || typeof v !== 'object' || seen.has(v)) return [];
    seen.add(v);
    const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
    return entries.flatMap(([key, x]) => walk(x, path ? `${path}.${String(key)}` : String(key)));
  };
  return walk(value, '');
}

/** Freezes `value` and everything it reaches, so any write to it throws (modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
