/**
 * The registry: the one list of charts. Everything that shows, exports, presents or tests charts goes through it
 * — nothing else in `src/` names a chart. Adding a chart is a folder with a `meta.ts` and a `spec.ts` built on it,
 * and one line here and in `metas.ts` (what start-up code reads before the charts' code loads); the order is the
 * explorer's.
 */
import { barsSpec } from './bars/spec';
import { pathsSpec } from './paths/spec';
import { sankeySpec } from './sankey/spec';
import type { AnyChartSpec } from './spec';
import { timelineSpec } from './timeline/spec';

/** Every chart, in the order the explorer shows them. */
export const CHARTS = [sankeySpec, barsSpec, timelineSpec, pathsSpec] as const;

/**
 * Every chart as the generic parts of the app see it. Each spec was type-checked against its own model, geometry,
 * files and options where it is defined; here those types are erased, once, so one panel can draw any of them.
 */
export const ALL_CHARTS = CHARTS as unknown as readonly AnyChartSpec[];

/** The chart with this id, or undefined for an id no chart has (a story written for another version, say). */
export function chartById(id: string): AnyChartSpec | undefined {
  return ALL_CHARTS.find((spec) => spec.id === id);
}

export { CHART_IDS } from './metas';
