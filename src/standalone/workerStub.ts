/**
 * The chart worker, for the interactive HTML export: that page is one file and starts no worker, so large charts
 * render on the page's own thread with the same `renderChart`. Swapped in for `charts/workerClient.ts` by the
 * standalone build (see `vite.config.ts`).
 */
import { renderChart } from '../charts/render';
import type { ChartWorkerClient } from '../charts/workerClient';

/** The same `render` as the worker client's, answered on this thread. */
export const chartWorker: Pick<ChartWorkerClient, 'render'> = {
  render(spec, data, view, env) {
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
