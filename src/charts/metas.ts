/**
 * The registry as the page knows it before any chart's code loads: each chart's {@link ChartMeta} (id, heading,
 * files, view options), in the explorer's order. `index.ts` holds the same charts as full specs; a unit test keeps
 * the two lists the same charts in the same order, each spec built on its meta. Start-up code (the store, the URL,
 * the panels' frames, the data requests) reads this list, so the code that draws charts loads beside the data
 * rather than before the first paint.
 */
import { barsMeta } from './bars/meta';
import { pathsMeta } from './paths/meta';
import { sankeyMeta } from './sankey/meta';
import type { ChartMeta } from './spec';
import { timelineMeta } from './timeline/meta';

/** Every chart's meta, in the order the explorer shows them. */
export const CHART_METAS = [sankeyMeta, barsMeta, timelineMeta, pathsMeta] as const;

/** The metas as the generic parts of the app see them (types erased once, as `ALL_CHARTS` does for specs). */
export const ALL_CHART_METAS = CHART_METAS as unknown as readonly ChartMeta[];

/** The ids of every chart. */
export const CHART_IDS: ReadonlySet<string> = new Set(ALL_CHART_METAS.map((meta) => meta.id));
