/**
 * What a panel offers for export: the chart as a standalone SVG at a size preset, and the data behind it as CSV.
 * Panels build one from what they already computed; the export menu and "Export all" use it.
 */
import type { ChartTheme } from '../charts/shared/theme';
import type { SizePreset } from './svgDocument';
import type { Table } from './tables';

/** A panel's exports. `fileBase` names files (`who-moved-where`), before the filter part. */
export interface PanelExporter {
  id: 'sankey' | 'bars' | 'timeline';
  title: string;
  fileBase: string;
  /**
   * The standalone SVG (without embedded fonts) of what the panel shows, laid out for `preset`, in the theme
   * shown or in `theme`.
   */
  svg(preset: SizePreset, theme?: ChartTheme): Promise<string>;
  /** The data behind the panel under the current filter, one row per mark (CSV is made from it on export). */
  table(): Table;
}
