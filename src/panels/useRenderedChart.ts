/**
 * A chart rendered for a panel: on the main thread for small data, in the chart worker when the spec says the
 * data is large. While the worker works, the last chart stays on screen (marked busy); answers to superseded
 * requests are dropped; a failure is returned with a Retry that runs the work again.
 */
import { useEffect, useMemo, useState } from 'react';
import { renderChart, type RenderedChart } from '../charts/render';
import type { AnyChartSpec, ChartEnv, ChartView } from '../charts/spec';
import { chartWorker } from '../charts/workerClient';
import type { DataFiles } from '../data/schema';

/** What a panel draws: the chart (null until the first one), whether a newer one is on its way, and any failure. */
export interface ChartRendering {
  chart: RenderedChart | null;
  busy: boolean;
  error: Error | null;
  /** Runs the work again (after a failure). */
  retry: () => void;
}

/** See the module comment. Inputs must keep their identity while unchanged (they key the work). */
export function useRenderedChart(
  spec: AnyChartSpec,
  data: Partial<DataFiles>,
  view: ChartView,
  env: ChartEnv,
): ChartRendering {
  const inWorker = spec.inWorker(data as never);
  const [attempt, setAttempt] = useState(0);
  const request = useMemo(() => ({ spec, data, view, env, attempt }), [spec, data, view, env, attempt]);
  const local = useMemo(
    () => (inWorker ? null : renderChart(request.spec, request.data, request.view, request.env)),
    [inWorker, request],
  );
  const [answer, setAnswer] = useState<{
    request: typeof request;
    chart: RenderedChart | null;
    error: Error | null;
  } | null>(null);
  // Before the panel is measured there is nothing worth sending to the worker.
  const measured = env.size.width > 0;
  useEffect(() => {
    if (!inWorker || !measured) return undefined;
    let current = true;
    chartWorker.render(request.spec, request.data, request.view, request.env).then(
      (chart) => current && setAnswer({ request, chart, error: null }),
      (error: Error) =>
        current && setAnswer((previous) => ({ request, chart: previous?.chart ?? null, error })),
    );
    return () => {
      current = false;
    };
  }, [inWorker, measured, request]);
  const retry = useMemo(() => () => setAttempt((a) => a + 1), []);
  if (!inWorker) return { chart: local, busy: false, error: null, retry };
  return {
    chart: answer?.chart ?? null,
    busy: answer?.request !== request,
    error: answer?.request === request ? answer.error : null,
    retry,
  };
}
