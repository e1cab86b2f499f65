/**
 * The page's side of the chart worker (`chart.worker.ts`): one worker for every chart, started on first use,
 * each request answered by a promise. Data files cross once (by key), not with every request. If the worker
 * fails — its script cannot load, it throws outside a request, a message cannot be read — every waiting request
 * is rejected with the reason and the next request starts a fresh worker, so Retry works. Hot reload terminates
 * it; React StrictMode's double effects only ever cost a request, never the worker.
 */
import type { DataFileName, DataFiles } from '../data/schema';
import { renderChart, type RenderedChart } from './render';
import type { AnyChartSpec, ChartEnv, ChartView } from './spec';

/** A message to the worker. */
export type WorkerRequest =
  /** A data file, or — for a large one, sent in slices — a slice to append (`more`) to the one under `key`. */
  | { type: 'file'; name: string; key: number; value: unknown; more?: boolean }
  | {
      type: 'render';
      id: number;
      chart: string;
      /** Each data file as its name and the key it was sent under. */
      files: [string, number][];
      view: ChartView;
      env: Omit<ChartEnv, 'measure'>;
    };

/** A message from the worker. */
export type WorkerResponse = { id: number; chart: RenderedChart } | { id: number; error: string };

/** A worker that could not do its work: the message says why. */
export class ChartWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartWorkerError';
  }
}

interface Waiting {
  resolve: (chart: RenderedChart) => void;
  reject: (error: Error) => void;
}

/** Starts a worker; replaced in tests. */
export type StartWorker = () => Worker;

const startChartWorker: StartWorker = () =>
  new Worker(new URL('./chart.worker.ts', import.meta.url), { type: 'module', name: 'charts' });

/**
 * Items per slice of a large data file: copying 100,000 moves into a message takes the page half a second, so
 * they cross in slices, each its own task, with the page free to answer input between them.
 */
export const SLICE = 5_000;

/** Lets the page's other tasks (input, paint) run before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** See the module comment. */
export class ChartWorkerClient {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  /** Keys of the files the current worker holds (or is being sent). */
  private sent = new WeakMap<object, number>();
  /** Large files still crossing in slices: requests that need them wait. */
  private sending = new WeakMap<object, Promise<void>>();
  private nextId = 1;

  constructor(private readonly start: StartWorker = startChartWorker) {}

  /** Renders `spec` in the worker; rejects with a {@link ChartWorkerError} when the worker fails. */
  render(
    spec: AnyChartSpec,
    data: Partial<DataFiles>,
    view: ChartView,
    env: ChartEnv,
  ): Promise<RenderedChart> {
    const worker = this.ensure();
    const files: [string, number][] = [];
    const crossing: Promise<void>[] = [];
    for (const [name, value] of Object.entries(data) as [DataFileName, object | undefined][]) {
      if (value === undefined) continue;
      let key = this.sent.get(value);
      if (key === undefined) {
        key = this.nextId++;
        this.sent.set(value, key);
        if (Array.isArray(value) && value.length > SLICE) {
          const crossed = this.sendInSlices(worker, name, key, value);
          this.sending.set(value, crossed);
          // Once across, requests go at once again: waiting on a settled promise would still put each one
          // off to a microtask, after the render that asked (the worker would start a commit later).
          void crossed.then(() => {
            if (this.sending.get(value) === crossed) this.sending.delete(value);
          });
        } else worker.postMessage({ type: 'file', name, key, value } satisfies WorkerRequest);
      }
      const inFlight = this.sending.get(value);
      if (inFlight) crossing.push(inFlight);
      files.push([name, key]);
    }
    const id = this.nextId++;
    // The measuring function stays here: the worker measures with its own canvas.
    const plainEnv = {
      size: env.size,
      fit: env.fit,
      theme: env.theme,
      lang: env.lang,
      dataName: env.dataName,
    };
    const ask = () =>
      new Promise<RenderedChart>((resolve, reject) => {
        // Stopped while the data was crossing: this worker will never answer.
        if (this.worker !== worker) {
          reject(new ChartWorkerError('the chart worker was stopped'));
          return;
        }
        this.waiting.set(id, { resolve, reject });
        worker.postMessage({
          type: 'render',
          id,
          chart: spec.id,
          files,
          view,
          env: plainEnv,
        } satisfies WorkerRequest);
      });
    // Small data goes at once (the request follows in the same task); large data after its last slice.
    return crossing.length ? Promise.all(crossing).then(ask) : ask();
  }

  /** Posts a large file in slices of {@link SLICE}, one task each; stops if the worker is replaced. */
  private async sendInSlices(worker: Worker, name: string, key: number, items: readonly unknown[]) {
    for (let start = 0; start < items.length; start += SLICE) {
      if (start > 0) await nextTask();
      if (this.worker !== worker) return;
      worker.postMessage({
        type: 'file',
        name,
        key,
        value: items.slice(start, start + SLICE),
        more: start > 0,
      } satisfies WorkerRequest);
    }
  }

  /** Stops the worker and rejects what it was doing. */
  terminate(reason = 'the chart worker was stopped'): void {
    this.worker?.terminate();
    this.worker = null;
    this.sent = new WeakMap();
    this.sending = new WeakMap();
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(new ChartWorkerError(reason));
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const answer = event.data;
      const waiting = this.waiting.get(answer.id);
      if (!waiting) return;
      this.waiting.delete(answer.id);
      if ('error' in answer) waiting.reject(new ChartWorkerError(answer.error));
      else waiting.resolve(answer.chart);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      this.terminate(`the chart worker failed: ${event.message || 'its script could not run'}`);
    });
    worker.addEventListener('messageerror', () =>
      this.terminate('the chart worker sent a message that could not be read'),
    );
    this.worker = worker;
    return worker;
  }
}

/** The app's chart worker. */
export const chartWorker = new ChartWorkerClient();

// A hot reload replaces this module: the old worker goes with it.
if (import.meta.hot) import.meta.hot.dispose(() => chartWorker.terminate('reloaded'));

/** Renders a chart where its spec says it belongs: in the worker for large data, here otherwise. */
export async function renderChartAnywhere(
  spec: AnyChartSpec,
  data: Partial<DataFiles>,
  view: ChartView,
  env: ChartEnv,
): Promise<RenderedChart> {
  if (spec.inWorker(data as never, view as never)) return chartWorker.render(spec, data, view, env);
  return renderChart(spec, data, view, env);
}
