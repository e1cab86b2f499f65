/**
 * What a chart offers for export, built from the same pieces the panel draws with — spec, data, view, and the
 * rendered chart — so any registered chart can be exported, on screen or not: the chart as a standalone SVG at a
 * size preset (laid out again for a slide, not scaled) in the theme shown or another, and its data as a table.
 */
import { renderChart, renderChartDocument, type RenderedChart } from '../charts/render';
import type { Table } from '../charts/shared/table';
import type { ChartTheme } from '../charts/shared/theme';
import type { AnyChartSpec, ChartEnv, ChartView } from '../charts/spec';
import type { DataFiles } from '../data/schema';
import { createLocale } from '../i18n/locale';
import { chartArea, type SizePreset } from './svgDocument';

/** A chart's exports. `fileBase` names files (`who-moved-where`), before the filter part. */
export interface ChartExporter {
  id: string;
  /** The chart's heading, to name it in messages. */
  heading: string;
  fileBase: string;
  /** The standalone SVG (without embedded fonts) of the chart, laid out for `preset`, in its theme or `theme`. */
  svg(preset: SizePreset, theme?: ChartTheme): Promise<string>;
  /** The data behind the chart, one row per mark (CSV is made from it on export). */
  table(): Table;
}

/**
 * The exports of `chart`, which `spec` rendered from `data`, `view` and `env`. The panel preset in the chart's
 * own theme is the chart as it is; anything else is rendered again for its size and colours.
 */
export function chartExporter(
  spec: AnyChartSpec,
  data: Partial<DataFiles>,
  view: ChartView,
  env: ChartEnv,
  chart: RenderedChart,
): ChartExporter {
  return {
    id: spec.id,
    heading: chart.text.heading,
    fileBase: chart.text.fileBase,
    svg(preset, theme = chart.theme) {
      const same = preset === 'panel' && theme === chart.theme;
      const drawn = same
        ? chart
        : renderChart(spec, data, view, {
            ...env,
            theme,
            size: preset === 'panel' ? env.size : chartArea(preset, chart.geometry),
            fit: preset === 'panel' && env.fit,
          });
      return renderChartDocument(spec, drawn, preset, env.measure);
    },
    table: () => spec.table(chart.model, createLocale(chart.lang)),
  };
}
