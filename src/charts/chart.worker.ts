/**
 * The Web Worker that renders large charts off the main thread, with the same `renderChart` the page uses.
 * Messages in: `{ type: 'file', name, key, value }` hands over a data file once (requests then name it by key;
 * a large one comes in slices, the later ones with `more`);
 * `{ type: 'render', id, chart, files, view, env }` asks for a chart. Out: `{ id, chart }` or `{ id, error }`.
 * Messages are handled in order, so a request always finds the files sent before it.
 */
// First, before any module that the dev server gives React's hot-reload runtime.
import './workerShim';
import { chartById } from './index';
import { renderChart } from './render';
import type { WorkerRequest, WorkerResponse } from './workerClient';

/** The files this worker holds, by key; only the latest of each data file is kept. */
const files = new Map<number, unknown>();
const latest = new Map<string, number>();

function answer(message: WorkerResponse): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'file') {
    if (message.more) {
      // A further slice of a large file: appended to what came before.
      const file = files.get(message.key) as unknown[];
      for (const item of message.value as unknown[]) file.push(item);
      return;
    }
    const previous = latest.get(message.name);
    if (previous !== undefined) files.delete(previous);
    latest.set(message.name, message.key);
    files.set(message.key, message.value);
    return;
  }
  try {
    const spec = chartById(message.chart);
    if (!spec) throw new Error(`no chart "${message.chart}"`);
    const data = Object.fromEntries(message.files.map(([name, key]) => [name, files.get(key)]));
    answer({ id: message.id, chart: renderChart(spec, data, message.view, message.env) });
  } catch (error) {
    answer({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
};
