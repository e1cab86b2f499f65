/**
 * The chart worker, for the interactive HTML export: that page is one file and starts no worker, so large charts
 * render on the page's own thread with the same `renderChart`. Swapped in for `charts/workerClient.ts` by the
 * standalone build (see `vite.config.ts`).
 */
import { renderChart, type RenderedChart } from '../charts/render';
import type { AnyChartSpec, ChartEnv, ChartView } from '../charts/spec';
import type { DataFiles } from '../data/schema';

/** The same `render` as the worker client's, answered on this thread. */
export const chartWorker = {
  render(
    spec: AnyChartSpec,
    data: Partial<DataFiles>,
    view: ChartView,
    env: ChartEnv,
  ): Promise<RenderedChart> {
    return new Promise((resolve, reject) => {
      // A task of its own, as a worker's answer would be: the page paints "laying out" first.
      setTimeout(() => {
        try {
          resolve(renderChart(spec, data, view, env));
        } catch (error) {
          reject(error as Error);
        }
      }, 0);
    });
  },
};
