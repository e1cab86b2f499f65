/**
 * A chart's panel once its data and the charts' code are in (loaded by `ChartPanel`, which frames the wait): it
 * joins the data with the view from the store, renders the chart (`useRenderedChart`: main thread or worker),
 * and frames it — heading, the spec's controls, export menu, loading / error / empty states, the live summary,
 * the table view, the credit line and the spec's extra text. The only place a chart meets the store.
 */
import { useContext, useEffect, useMemo } from 'react';
import type { RenderedChart } from '../charts/render';
import { ChartThemeContext } from '../charts/shared/theme';
import { useSize } from '../charts/shared/useSize';
import type { AnyChartSpec, ChartEnv } from '../charts/spec';
import type { DataFiles } from '../data/schema';
import { chartExporter } from '../export/exporter';
import { useLocale } from '../i18n/useLocale';
import { useAppStore } from '../state/store';
import { isFiltered } from '../state/view';
import { classOf, useView } from './ChartPanel';
import { ChartView } from './ChartView';
import { ExportMenu } from './ExportMenu';
import { useOwnDataName } from './OpenData';
import { Panel, type PanelState } from './Panel';
import { drawScale, EmbedContext, logicalSize, usePanelSizing } from './sizing';
import { useRenderedChart } from './useRenderedChart';

export { chartById } from '../charts/index';

/** The panel of a chart whose data has loaded; see the module comment. */
export function ChartPanelReady({ spec, data }: { spec: AnyChartSpec; data: Partial<DataFiles> }) {
  const locale = useLocale();
  const { t } = locale;
  const view = useView();
  const setView = useAppStore((s) => s.setView);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const setChartSize = useAppStore((s) => s.setChartSize);
  const presenting = useAppStore((s) => s.presenting);
  const embedded = useContext(EmbedContext);
  const theme = useContext(ChartThemeContext);
  const dataName = useOwnDataName();
  const sizing = usePanelSizing();
  // Outside presentation mode the chart's height follows its width, so the panel's height is not watched.
  const [bodyRef, measured] = useSize<HTMLDivElement>(sizing.fillHeight ? 'both' : 'width');
  const { width, height } = logicalSize(measured, sizing, spec.height);
  const env = useMemo(
    (): ChartEnv => ({ size: { width, height }, fit: sizing.fillHeight, theme, lang: locale.lang, dataName }),
    [width, height, sizing.fillHeight, theme, locale.lang, dataName],
  );
  const { chart, busy, thread, error, retry } = useRenderedChart(spec, data, view, env);
  // The explorer's size is what "Export all" draws this chart at.
  const explorer = sizing.scale === 1 && !sizing.fillHeight;
  useEffect(() => {
    if (explorer && width > 0) setChartSize(spec.id, { width, height });
  }, [explorer, width, height, spec.id, setChartSize]);
  const exporter = useMemo(
    () => (chart && !chart.empty ? chartExporter(spec, data, view, env, chart) : null),
    [spec, data, view, env, chart],
  );
  // The spec's parts get the data it declared (the panel loaded every file it requires).
  const parts = chart && { model: chart.model, view, setView, data: data as DataFiles, locale };
  const state: PanelState = error
    ? { status: 'error', error, retry }
    : !chart || width === 0
      ? { status: 'pending' }
      : chart.empty
        ? {
            status: 'empty',
            onClear: clearFilters,
            filtered: isFiltered(view),
            message: parts && spec.EmptyHint && <spec.EmptyHint {...parts} />,
          }
        : { status: 'ready' };
  return (
    <Panel
      id={spec.id}
      title={t(spec.titleKey)}
      className={classOf(spec, data, view)}
      state={state}
      busy={busy}
      drawnIn={thread}
      summary={chart?.text.summary}
      table={chart ? () => spec.table(chart.model, locale) : undefined}
      bodyRef={bodyRef}
      credit={creditOf(spec, chart, t)}
      controls={
        <>
          {parts && spec.Controls && <spec.Controls {...parts} />}
          {busy && (
            <span className="panel-note" role="status">
              {t('panel.layingOut')}
            </span>
          )}
          {!embedded && (
            <ExportMenu exporter={exporter} filter={view} slideOf={presenting ? undefined : spec.id} />
          )}
        </>
      }
      extra={parts && spec.Extra && <spec.Extra {...parts} />}
    >
      {chart && (
        <ChartView
          spec={spec}
          chart={chart}
          view={view}
          setView={setView}
          scale={drawScale(chart.geometry.height, measured.height, sizing)}
        />
      )}
    </Panel>
  );
}

/** The credit line under the chart: the rendered chart's, and how to use it live (the spec's note). */
function creditOf(spec: AnyChartSpec, chart: RenderedChart | null, t: (key: string) => string): string {
  if (!chart) return t('credit.leadNoDate');
  return spec.liveNoteKey ? `${chart.text.credit} ${t(spec.liveNoteKey)}` : chart.text.credit;
}
