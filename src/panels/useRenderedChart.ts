/**
 * A chart rendered for a panel: on the main thread for small data, in the chart worker when the spec says the
 * data is large. While the worker works, the last chart stays on screen (marked busy); answers to superseded
 * requests are dropped; a failure is returned with a Retry that runs the work again.
 *
 * The worker is asked while React renders, not after it commits: a filter change then lays out the Sankey in the
 * worker while the page renders the other panels, and its answer lands a frame sooner (at 10,000 links the
 * request used to wait ~15 ms for the click's render and commit to finish).
 *
 * A spec may hand the work back (`indexHere`): once the worker has answered, the page indexes the data while
 * idle, and the next change of view renders here, in the same commit as the other panels.
 *
 * A view drawn recently, on either thread, is drawn again from `recentCharts` with no work at all.
 */
import { useEffect, useMemo, useState } from 'react';
import { renderChart, type RenderedChart } from '../charts/render';
import type { AnyChartSpec, ChartEnv, ChartView } from '../charts/spec';
import { chartWorker } from '../charts/workerClient';
import type { DataFiles } from '../data/schema';
import { recallChart, rememberChart } from './recentCharts';

/** What a panel draws: the chart (null until the first one), whether a newer one is on its way, and any failure. */
export interface ChartRendering {
  chart: RenderedChart | null;
  busy: boolean;
  /** Where this chart is laid out: on the page, or in the chart worker. */
  thread: 'page' | 'worker';
  error: Error | null;
  /** Runs the work again (after a failure). */
  retry: () => void;
}

interface WorkerRequestKey {
  spec: AnyChartSpec;
  data: Partial<DataFiles>;
  view: ChartView;
  env: ChartEnv;
  attempt: number;
}

/**
 * The latest worker request of each chart, with its answer to come, per dataset: held weakly, so data the reader
 * has replaced (100,000 moves of an earlier file) is not kept alive by the last request made for it.
 */
const asked = new WeakMap<
  Partial<DataFiles>,
  Map<string, { key: WorkerRequestKey; answer: Promise<RenderedChart> }>
>();

/**
 * Asks the worker for a chart, once per set of inputs: React may call a render twice (StrictMode, an
 * interrupted render) and each call must not cost the worker another layout. A failed request is forgotten, so
 * Retry (a new `attempt`) or the next change asks again.
 */
function askWorker(key: WorkerRequestKey): Promise<RenderedChart> {
  let byChart = asked.get(key.data);
  if (!byChart) asked.set(key.data, (byChart = new Map()));
  const last = byChart.get(key.spec.id);
  if (
    last &&
    last.key.spec === key.spec &&
    last.key.view === key.view &&
    last.key.env === key.env &&
    last.key.attempt === key.attempt
  )
    return last.answer;
  const answer = chartWorker.render(key.spec, key.data, key.view, key.env);
  byChart.set(key.spec.id, { key, answer });
  answer.then(
    // Kept even when superseded: the reader may come back to that view.
    (chart) => rememberChart(key.spec, key.data, key.view, key.env, chart),
    () => {
      if (byChart.get(key.spec.id)?.answer === answer) byChart.delete(key.spec.id);
    },
  );
  return answer;
}

/** Runs `work` when the page is idle (within a second at most); returns a function that cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

/** See the module comment. Inputs must keep their identity while unchanged (they key the work). */
export function useRenderedChart(
  spec: AnyChartSpec,
  data: Partial<DataFiles>,
  view: ChartView,
  env: ChartEnv,
): ChartRendering {
  // Bumped when the page has indexed the data (`indexHere`): the chart then moves here, in idle time — and only
  // then, not at a hover's re-render.
  const [indexed, setIndexed] = useState(0);
  const inWorker = useMemo(
    () => spec.inWorker(data as never, view as never),
    // `indexed` is what changed: the spec reads the page's index, which React does not see.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [spec, data, view, indexed],
  );
  const [attempt, setAttempt] = useState(0);
  const request = useMemo(() => ({ spec, data, view, env, attempt }), [spec, data, view, env, attempt]);
  // A view drawn a moment ago (a toggle undone, Back) is drawn again as it was, on either thread.
  const recalled = useMemo(
    () => recallChart(request.spec, request.data, request.view, request.env) ?? null,
    [request],
  );
  const local = useMemo(() => {
    if (inWorker || recalled) return recalled;
    const chart = renderChart(request.spec, request.data, request.view, request.env);
    rememberChart(request.spec, request.data, request.view, request.env, chart);
    return chart;
  }, [inWorker, recalled, request]);
  const [answer, setAnswer] = useState<{
    request: typeof request;
    chart: RenderedChart | null;
    error: Error | null;
  } | null>(null);
  // Before the panel is measured there is nothing worth sending to the worker.
  const measured = env.size.width > 0;
  const pending = useMemo(
    () => (inWorker && measured && !recalled ? askWorker(request) : null),
    [inWorker, measured, recalled, request],
  );
  useEffect(() => {
    if (!pending) return undefined;
    let current = true;
    pending.then(
      (chart) => current && setAnswer({ request, chart, error: null }),
      (error: Error) =>
        current && setAnswer((previous) => ({ request, chart: previous?.chart ?? null, error })),
    );
    return () => {
      current = false;
    };
  }, [pending, request]);
  const indexing = useMemo(
    () => (inWorker && spec.indexHere ? spec.indexHere(data as never, view as never) : null),
    [inWorker, spec, data, view],
  );
  // Only after the worker has drawn this view: a worker that fails is reported (with Retry), not papered over.
  const answered = recalled !== null || (answer?.request === request && answer.error === null);
  useEffect(
    () =>
      indexing && answered
        ? whenIdle(() => {
            indexing();
            setIndexed((n) => n + 1);
          })
        : undefined,
    [indexing, answered],
  );
  const retry = useMemo(() => () => setAttempt((a) => a + 1), []);
  if (!inWorker) return { chart: local, busy: false, thread: 'page', error: null, retry };
  if (recalled) return { chart: recalled, busy: false, thread: 'worker', error: null, retry };
  return {
    chart: answer?.chart ?? null,
    busy: answer?.request !== request,
    thread: 'worker',
    error: answer?.request === request ? answer.error : null,
    retry,
  };
}
