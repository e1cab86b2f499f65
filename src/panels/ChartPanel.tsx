/**
 * One panel for any chart: it loads the files the chart's meta names and, beside them, the code that draws charts
 * (`ChartPanelReady`, with the registry of specs) — started once for the page, at start-up — and shows the
 * panel's frame (heading, Loading…, a failure with Retry) until both are in. It knows no chart by name.
 */
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isWide, type ChartMeta } from '../charts/spec';
import { useDataFiles } from '../data/useDataFiles';
import type { DataFiles } from '../data/schema';
import { useLocale } from '../i18n/useLocale';
import { useAppStore, viewOf } from '../state/store';
import type { View } from '../state/view';
import { Panel } from './Panel';
import { PanelBoundary } from './PanelBoundary';

/** The panel's classes: wide charts span the page (a chart that decides by its data, once it has it). */
export const classOf = (spec: ChartMeta, data?: Partial<DataFiles>, view?: View) =>
  `panel-${spec.id}${isWide(spec, data, view) ? ' panel-wide' : ''}`;

/** The code that draws charts: the ready panel and the registry of specs. */
type ChartCode = typeof import('./ChartPanelReady');
let chartCode: ChartCode | null = null;
let chartCodeLoad: Promise<ChartCode> | null = null;

/**
 * Starts loading the code that draws charts, once for the page (again after a failure), and resolves with it.
 * Called at start-up, so it loads beside the data rather than after the first render asks for it.
 */
export function loadChartCode(): Promise<ChartCode> {
  chartCodeLoad ??= import('./ChartPanelReady').then(
    (code) => (chartCode = code),
    (error: unknown) => {
      chartCodeLoad = null;
      throw error;
    },
  );
  return chartCodeLoad;
}

/** The chart code once loaded (null until then), a load failure, and a retry. */
function useChartCode(): { code: ChartCode | null; error: Error | null; retry: () => void } {
  const [code, setCode] = useState(chartCode);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (code) return undefined;
    let live = true;
    loadChartCode().then(
      (loaded) => live && setCode(loaded),
      (failure: unknown) => live && setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
    return () => {
      live = false;
    };
  }, [code, attempt]);
  return {
    code,
    error,
    retry: () => {
      setError(null);
      setAttempt((a) => a + 1);
    },
  };
}

/** The view from the store, as one object that changes only when a field does. */
export function useView(): View {
  return useAppStore(useShallow(viewOf));
}

/** A chart's panel, in its own error boundary: if its code fails, it alone shows the error and Retry. */
export function ChartPanel({ spec }: { spec: ChartMeta }) {
  const { t } = useLocale();
  const setPanelStatus = useAppStore((s) => s.setPanelStatus);
  useEffect(() => () => setPanelStatus(spec.id, null), [spec.id, setPanelStatus]);
  return (
    <PanelBoundary id={spec.id} title={t(spec.titleKey)} className={classOf(spec)}>
      <ChartPanelLoading spec={spec} />
    </PanelBoundary>
  );
}

function ChartPanelLoading({ spec }: { spec: ChartMeta }) {
  const files = useDataFiles(spec.files.required, spec.files.optional);
  const { code, error, retry } = useChartCode();
  const { t } = useLocale();
  const setPanelStatus = useAppStore((s) => s.setPanelStatus);
  // A chart only some data has (paths) shows nothing until the data says it has it — and, until then, counts
  // as not ready, so the page is not said to be ready before it is known whether the chart is there.
  const hidden =
    !!spec.available &&
    files.status !== 'error' &&
    (files.status === 'pending' || !spec.available(files.data as DataFiles));
  const waiting = hidden && files.status === 'pending';
  useEffect(() => {
    if (waiting) setPanelStatus(spec.id, { status: 'pending', busy: false });
    else if (hidden) setPanelStatus(spec.id, null);
  }, [waiting, hidden, spec.id, setPanelStatus]);
  if (hidden) return null;
  const full = code?.chartById(spec.id);
  if (files.status === 'success' && code && full)
    return <code.ChartPanelReady spec={full} data={files.data} />;
  return (
    <Panel
      id={spec.id}
      title={t(spec.titleKey)}
      className={classOf(spec)}
      state={
        files.status === 'success'
          ? error
            ? { status: 'error', error, retry }
            : { status: 'pending' }
          : files
      }
      credit={t('credit.leadNoDate')}
    />
  );
}
