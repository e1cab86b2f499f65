/**
 * "Export all": one ZIP with every registered chart as SVG (fonts embedded), PNG (2×) and CSV, and SOURCES.txt
 * naming the article and the sources it credits. Each chart is rendered anew from its data and the current view
 * — on screen or not — at the size its explorer panel has (or a default one); a chart whose data failed or that
 * has nothing under the filter is left out and named.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useContext, useState } from 'react';
import { ALL_CHARTS } from '../charts/index';
import { ChartThemeContext } from '../charts/shared/theme';
import { isWide, type AnyChartSpec, type ChartEnv } from '../charts/spec';
import { renderChartAnywhere } from '../charts/workerClient';
import type { DataFiles } from '../data/schema';
import { loadDataFiles } from '../data/useDataFiles';
import { exportFileName } from '../export/download';
import { chartExporter, type ChartExporter } from '../export/exporter';
import { errorText } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { describeFilter } from '../model/describe';
import { orgIndexOf } from '../model/lookups';
import { useAppStore, viewOf } from '../state/store';
import type { View } from '../state/view';

/** The size a chart is exported at when it has not been on screen: a typical panel's. */
const defaultSize = (spec: AnyChartSpec, data: Partial<DataFiles> | null, view: View) => {
  const width = isWide(spec, data ?? undefined, view) ? 1100 : 720;
  return { width, height: spec.height(width) };
};

/** The button, and a status line for progress and errors. */
export function ExportAllButton() {
  const client = useQueryClient();
  const theme = useContext(ChartThemeContext);
  const locale = useLocale();
  const { t } = locale;
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setStatus({ text: t('app.exportAllPreparing'), error: false });
    try {
      const state = useAppStore.getState();
      const view = viewOf(state);
      const dataName = state.dataSource === 'own' ? state.ownData?.name : undefined;
      const exporters: ChartExporter[] = [];
      const omitted: string[] = [];
      for (const spec of ALL_CHARTS) {
        const data = await loadDataFiles(client, spec.files.required, spec.files.optional);
        // A chart this data has nothing for (paths, without paths) is not part of the set.
        if (data && spec.available && !spec.available(data as DataFiles)) continue;
        const env: ChartEnv = {
          size: state.chartSizes[spec.id] ?? defaultSize(spec, data, view),
          theme,
          lang: locale.lang,
          dataName,
        };
        const chart = data && (await renderChartAnywhere(spec, data, view, env));
        if (data && chart && !chart.empty) exporters.push(chartExporter(spec, data, view, env, chart));
        else omitted.push(t(spec.titleKey));
      }
      const extras = await loadDataFiles(client, [], ['article', 'sources', 'organizations']);
      const pipeline = await import('../export/pipeline');
      const name = exportFileName('ai-talent-flows', view, 'zip');
      const zip = await pipeline.exportAll(exporters, {
        fileName: (base, extension) =>
          exportFileName(base, view, extension, extension === 'png' ? '@2x' : ''),
        article: extras?.article,
        sources: extras?.sources,
        // SOURCES.txt is written in English, as the article's own metadata is.
        filter: describeFilter(view, orgIndexOf(extras?.organizations ?? [])),
        omitted,
      });
      pipeline.download(name, zip);
      setStatus(
        omitted.length
          ? {
              text: t('app.savedWithout', { name, panels: omitted.join(t('app.listSeparator')) }),
              error: true,
            }
          : { text: t('app.saved', { name }), error: false },
      );
    } catch (error) {
      setStatus({ text: t('app.exportAllFailed', { message: errorText(error, { t }) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-all">
      <button type="button" onClick={() => void run()} disabled={busy}>
        {t('app.exportAll')}
      </button>
      <span className={status?.error ? 'inline-error' : 'export-status'} role="status" aria-live="polite">
        {status?.text}
      </span>
    </div>
  );
}
