/**
 * Test helper: renders a dataset with every registered chart, through the same `renderChart` the app uses (filter,
 * grouping, "Other", clusters and all), in every choice of each chart's options, so a test can ask "does this
 * data draw?" in one call. Used by the bad-data fixtures and the property-based tests.
 */
import type { BarsGeometry } from '../charts/bars/layout';
import { ALL_CHARTS } from '../charts/index';
import { renderChart } from '../charts/render';
import type { SankeyGeometry } from '../charts/sankey/layout';
import { estimateTextWidth } from '../charts/shared/measure';
import { lightTheme } from '../charts/shared/theme';
import type { AnyChartSpec, ChartEnv } from '../charts/spec';
import type { TimelineGeometry } from '../charts/timeline/layout';
import type { DataFiles } from '../data/schema';
import type { Lang } from '../i18n/locale';
import type { Filter } from '../model/filters';
import type { ViewField } from '../state/fields';

/** Every chart's geometry for one dataset, filter and language: one per choice of its options. */
export interface Drawn {
  sankey: SankeyGeometry[];
  bars: BarsGeometry[];
  timeline: TimelineGeometry[];
  [chart: string]: unknown[];
}

/** Each choice of a chart's options (every value of each option that lists its choices), the first one initial. */
export function optionChoices(spec: AnyChartSpec): Record<string, unknown>[] {
  const fields = Object.entries(spec.options as Record<string, ViewField<unknown> & { choices?: unknown[] }>);
  const initial = Object.fromEntries(fields.map(([name, field]) => [name, field.initial]));
  const choices = fields.flatMap(([name, field]) =>
    (field.choices ?? []).filter((c) => c !== field.initial).map((c) => ({ ...initial, [name]: c })),
  );
  return [initial, ...choices];
}

/** Renders every chart, in every choice of its options, at a panel's width (its height as the explorer gives). */
export function drawAll(
  files: Pick<DataFiles, 'organizations' | 'people' | 'moves' | 'figures' | 'events' | 'sources'>,
  filter: Filter,
  lang: Lang = 'en',
  width = 720,
): Drawn {
  const env = (spec: AnyChartSpec) => testEnv(width, spec.height(width), lang);
  return Object.fromEntries(
    ALL_CHARTS.map((spec) => [
      spec.id,
      optionChoices(spec).map(
        (options) => renderChart(spec, files, { ...filter, ...options }, env(spec)).geometry,
      ),
    ]),
  ) as Drawn;
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

/**
 * The environment tests render charts in: light theme, text measured by the font-independent estimate (so results
 * do not depend on the machine), `width` × `height` layout px, English unless told.
 */
export function testEnv(width = 720, height = 460, lang: Lang = 'en'): ChartEnv {
  return { size: { width, height }, theme: lightTheme, lang, measure: estimateTextWidth };
}
