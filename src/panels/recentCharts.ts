/**
 * The last few charts each panel drew, so that going back to a recent view (a company toggled in and out again,
 * Back and Forward, Clear filters) draws what was already laid out instead of filtering, preparing and laying
 * it out again — on the page, or with a round trip to the chart worker past its thresholds.
 *
 * A chart is a pure function of its spec, its data, the view and the environment (size, theme, language, text
 * measurement), and a rendered chart is never mutated, so one laid out earlier for the same inputs is the same
 * chart. Data and environment are matched by identity (they keep it while unchanged); the view by value, since
 * each change of the store builds a new view object. Text widths change when a web font finishes loading, so a
 * chart measured before that is not reused after it (`measureGeneration`).
 */
import type { RenderedChart } from '../charts/render';
import { measureGeneration } from '../charts/shared/measure';
import type { AnyChartSpec, ChartEnv, ChartView } from '../charts/spec';
import type { DataFiles } from '../data/schema';

/**
 * Charts kept per chart and dataset: the current view and three before it, enough for a toggle, Back and
 * Forward, and a filter cleared and set again. Each is the size of what is drawn (a few hundred marks at most,
 * whatever the data's size). A build made with `VITE_RECENT_CHARTS=0` keeps none: the benchmark times the same
 * changes with and without them.
 */
export const RECENT_CHARTS = Math.max(0, Number(import.meta.env?.VITE_RECENT_CHARTS ?? 4) || 0);

interface Recent {
  spec: AnyChartSpec;
  env: ChartEnv;
  view: string;
  fonts: number;
  chart: RenderedChart;
}

/** Held weakly by dataset, so replaced data (an earlier file of 100,000 moves) takes its charts with it. */
const recentByData = new WeakMap<Partial<DataFiles>, Map<string, Recent[]>>();

/** The view as a key: its fields are plain values (they are what the URL carries). */
function viewKey(view: ChartView): string {
  return JSON.stringify(view);
}

function listOf(spec: AnyChartSpec, data: Partial<DataFiles>): Recent[] {
  let byChart = recentByData.get(data);
  if (!byChart) recentByData.set(data, (byChart = new Map()));
  let list = byChart.get(spec.id);
  if (!list) byChart.set(spec.id, (list = []));
  return list;
}

/** A chart drawn earlier for these inputs (and moved to the front of the list), or undefined. */
export function recallChart(
  spec: AnyChartSpec,
  data: Partial<DataFiles>,
  view: ChartView,
  env: ChartEnv,
): RenderedChart | undefined {
  const list = recentByData.get(data)?.get(spec.id);
  if (!list) return undefined;
  const key = viewKey(view);
  const fonts = measureGeneration();
  const at = list.findIndex((r) => r.spec === spec && r.env === env && r.view === key && r.fonts === fonts);
  if (at < 0) return undefined;
  const [hit] = list.splice(at, 1);
  list.unshift(hit!);
  return hit!.chart;
}

/** Keeps `chart` as drawn for these inputs, dropping the least recently used past {@link RECENT_CHARTS}. */
export function rememberChart(
  spec: AnyChartSpec,
  data: Partial<DataFiles>,
  view: ChartView,
  env: ChartEnv,
  chart: RenderedChart,
): void {
  const list = listOf(spec, data);
  const key = viewKey(view);
  const fonts = measureGeneration();
  const at = list.findIndex((r) => r.spec === spec && r.env === env && r.view === key && r.fonts === fonts);
  if (at >= 0) list.splice(at, 1);
  list.unshift({ spec, env, view: key, fonts, chart });
  list.length = Math.min(list.length, RECENT_CHARTS);
}
