/**
 * The work behind "Export all" (`ExportAllButton`), loaded when the button is pressed: every registered chart
 * rendered anew from its data and the current view at its explorer size (or a default one), packed with
 * SOURCES.txt into one ZIP and downloaded. Returns the file's name and the charts left out (their headings).
 */
import type { QueryClient } from '@tanstack/react-query';
import { ALL_CHARTS } from '../charts/index';
import type { ChartTheme } from '../charts/shared/theme';
import { isWide, type AnyChartSpec, type ChartEnv } from '../charts/spec';
import { renderChartAnywhere } from '../charts/workerClient';
import type { DataFiles } from '../data/schema';
import { loadDataFiles } from '../data/useDataFiles';
import { exportFileName } from '../export/download';
import { chartExporter, type ChartExporter } from '../export/exporter';
import type { Locale } from '../i18n/locale';
import { describeFilter } from '../model/describe';
import { orgIndexOf } from '../model/lookups';
import { useAppStore, viewOf } from '../state/store';
import type { View } from '../state/view';

/** The size a chart is exported at when it has not been on screen: a typical panel's. */
const defaultSize = (spec: AnyChartSpec, data: Partial<DataFiles> | null, view: View) => {
  const width = isWide(spec, data ?? undefined, view) ? 1100 : 720;
  return { width, height: spec.height(width) };
};

/**
 * Renders, packs and downloads every chart; see the module comment.
 * @throws Error when a chart fails to render or the ZIP cannot be written (the button says so).
 */
export async function exportAllCharts(
  client: QueryClient,
  theme: ChartTheme,
  locale: Locale,
): Promise<{ name: string; omitted: string[] }> {
  const { t } = locale;
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
    fileName: (base, extension) => exportFileName(base, view, extension, extension === 'png' ? '@2x' : ''),
    article: extras?.article,
    sources: extras?.sources,
    // SOURCES.txt is written in English, as the article's own metadata is.
    filter: describeFilter(view, orgIndexOf(extras?.organizations ?? [])),
    omitted,
  });
  pipeline.download(name, zip);
  return { name, omitted };
}
