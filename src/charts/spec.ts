/**
 * What a chart is, as one typed unit that every part of the app reuses — after OWID Grapher's ChartInterface and
 * Observable Plot's marks. A chart's folder exports one {@link ChartSpec}: the data files it needs, its own view
 * options (with their URL codecs), `prepare` (data + view → model, no pixels), `layout` (model + size →
 * geometry), pure `Marks` (geometry → SVG), its words (`describe`, `text`, `credit`), its `table` (CSV rows), its
 * keyboard order and its tooltip. The registry (`charts/index.ts`) lists the specs; `renderChart` runs them; the
 * generic panel, the exports, the presentation, the worker and the tests all go through those two.
 */
import type { PointerEvent, ReactNode } from 'react';
import type { DataFileName, DataFiles, Figure, Person, Source } from '../data/schema';
import type { Lang, Locale } from '../i18n/locale';
import type { Filter } from '../model/filters';
import type { OrgIndex } from '../model/orgIndex';
import type { ValuesOf, ViewFields } from '../state/fields';
import type { MoveFocus } from './shared/keyboard';
import type { MeasureText } from './shared/measure';
import type { Box } from './shared/notes';
import type { Table } from './shared/table';
import type { ChartTheme } from './shared/theme';

/** The loaded data files a chart gets: every required one, and the optional ones that loaded. */
export type ChartData<R extends DataFileName = DataFileName, O extends DataFileName = DataFileName> = Pick<
  DataFiles,
  R
> &
  Partial<Pick<DataFiles, O>>;

/** What a chart reads of the view: the shared filter (companies, dates) and its own options. */
export type ChartView<V = Record<string, unknown>> = Filter & V;

/** Lookups over the data that every chart needs, built once per data file (see `model/lookups.ts`). */
export interface Lookups {
  orgs: OrgIndex;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  figures: ReadonlyMap<string, Figure>;
}

/** What `prepare` gets besides the data and the view. */
export interface PrepareContext {
  locale: Locale;
  lookups: Lookups;
}

/**
 * Moves past which the bars and the paths are prepared and laid out in the chart worker: below it their filter
 * change costs a few milliseconds on the main thread (the moves are indexed once, `moveColumns`), less than the
 * worker's round trip and the second render it brings. The Sankey, heavier, goes to the worker sooner
 * (`SANKEY_WORKER_MOVES`).
 */
export const WORKER_MOVES = 20_000;

/**
 * Moves past which the Sankey is prepared and laid out in the chart worker: its first render of a dataset
 * (indexing the moves, deciding the arrangement, d3-sankey's passes over hundreds of links) takes a few hundred
 * ms at 10,000 moves. The worker keeps the index, so a filter change there is a few ms of work and a message
 * each way.
 */
export const SANKEY_WORKER_MOVES = 2000;

/** Size in CSS px. */
export interface Size {
  width: number;
  height: number;
}

/** What `layout` gets: the size to lay out in, and how to measure text. */
export interface LayoutContext extends Size {
  /** Fill `height` exactly (presentation mode, where the panel's height is fixed) rather than grow to fit. */
  fit: boolean;
  measure: MeasureText;
  locale: Locale;
}

/** The words around a chart, in the reader's language. */
export interface ChartText {
  /** The title of an exported file, and of the table view. */
  title: string;
  /** The accessible name of the chart's `<svg>`. */
  chartTitle: string;
  /** What the chart shows under the current view (an export's subtitle): the filter, and any option. */
  subtitle: string;
  /** The `<desc>` of the chart's `<svg>`. */
  description: string;
  /** The start of an exported file's name (`who-moved-where`), before the filter part. */
  fileBase: string;
}

/** What `text` gets: the locale, and the filter in words ("Google, Meta · Jan 2023 – Feb 2024"). */
export interface TextContext {
  locale: Locale;
  filterText: string;
}

/** Props every chart's pure `Marks` takes. Colours come from `color`; everything else from the chart theme. */
export interface MarksProps<G> {
  geometry: G;
  /** Company id → colour, the same under every filter. */
  color: (company: string) => string;
  /** The reader's language (English by default). */
  locale?: Locale;
  /** The company highlighted from any panel (hovered, or pinned by a presentation step). */
  highlighted?: string | null;
  /** The mark under the pointer in this chart. */
  hover?: string | null;
  /** The mark the keyboard is on, drawn with a focus ring. */
  focused?: string | null;
  /** Companies in the filter, which some charts outline. */
  selected?: ReadonlySet<string>;
  /** Native `<title>` tooltips on every mark: for exported files, which have no app around them. */
  titles?: boolean;
  onHover?: (id: string, event: PointerEvent) => void;
  /** A click on a mark that filters (the chart decides which marks do). */
  onActivate?: (id: string) => void;
}

/** Props of the parts of a panel a chart adds: its controls, a hint when it is empty, and text below it. */
export interface PanelPartProps<M, V, D = ChartData> {
  model: M;
  view: ChartView<V>;
  setView: (patch: Partial<ChartView<V>>) => void;
  data: D;
  locale: Locale;
}

/**
 * What the page knows of a chart before the chart's code loads (`charts/<id>/meta.ts`): its id, heading, files and
 * view options (the URL and the store need them at start-up), whether it spans the page while loading, and whether
 * the data has anything for it. The spec (`charts/<id>/spec.ts`) is this plus the code that draws, and loads in
 * parallel with the data — it is not needed before the data is there.
 */
export interface ChartMeta<
  R extends DataFileName = DataFileName,
  O extends DataFileName = DataFileName,
  F extends ViewFields = ViewFields,
> {
  /** The chart's id: its folder, its key in links to a story's panels, its message namespace. */
  id: string;
  /** Catalog key of the panel's heading (also its region's accessible name). */
  titleKey: string;
  files: { required: readonly R[]; optional: readonly O[] };
  /** The chart's own view options (a metric, a grouping), each with its URL codec. */
  options: F;
  /**
   * Spans the page's full width in the explorer: always, never, or as the data and view decide (a Sankey in
   * five stages needs the room that one of two columns does not).
   */
  wide: boolean | ((data: ChartData<R, O>, view: ChartView<ValuesOf<F>>) => boolean);
  /**
   * Whether this data has anything for the chart at all (a chart of paths needs data that has paths); a chart
   * without it is not shown, exported or offered. Every chart is available when absent.
   */
  available?(data: ChartData<R, O>): boolean;
}

/**
 * One chart. `M` is its model (no pixels), `G` its geometry (pixels); both are plain data, so a chart that runs in
 * the worker can send them across. `R` and `O` are the data files it requires and can use; `V` its own view
 * options, declared in `options` with their URL codecs. Functions are methods, so the registry can hold every
 * chart under one type.
 */
export interface ChartSpec<
  M,
  G extends Size,
  R extends DataFileName = DataFileName,
  O extends DataFileName = DataFileName,
  F extends ViewFields = ViewFields,
> extends ChartMeta<R, O, F> {
  /** The height to lay out at for a panel `width` px wide, in the explorer (0: as tall as the chart needs). */
  height(width: number): number;
  /**
   * True when this data is large enough to prepare and lay out in the worker rather than on the main thread; with
   * a `view`, the answer may depend on what this thread has already indexed (see {@link ChartSpec.indexHere}).
   */
  inWorker(data: ChartData<R, O>, view?: ChartView<ValuesOf<F>>): boolean;
  /**
   * For data the worker draws only until this thread has indexed it: the indexing to do here, in idle time, after
   * which `inWorker(data, view)` is false — or null when there is none. A filter change then costs one render and
   * one paint instead of a round trip to the worker and a second render.
   */
  indexHere?(data: ChartData<R, O>, view: ChartView<ValuesOf<F>>): (() => void) | null;

  prepare(data: ChartData<R, O>, view: ChartView<ValuesOf<F>>, context: PrepareContext): M;
  layout(model: M, context: LayoutContext): G;
  /** True when the model has no mark to draw (the panel then says why). */
  isEmpty(model: M): boolean;
  /** The marks as one `<g>`, with no state: drawn in the live view, exports and snapshots alike. */
  Marks(props: MarksProps<G>): ReactNode;

  /** The chart in a sentence or two, for screen readers (announced when it changes). */
  describe(model: M, locale: Locale): string;
  text(model: M, view: ChartView<ValuesOf<F>>, context: TextContext): ChartText;
  /** The sources of what is shown (for the credit line) and the notes that follow it, in the reader's language. */
  credit(model: M, locale: Locale): { sources: Iterable<string>; notes: string[] };
  /** A note the live panel adds to its credit line (how to use it); exports leave it out. Catalog key. */
  liveNoteKey?: string;
  /** The data behind the chart, one row per mark, with its provenance (the table view and CSV). */
  table(model: M, locale: Locale): Table;

  /** Marks in the order the keyboard meets them. */
  focusOrder(geometry: G): string[];
  /** Where the arrow keys go; a list in {@link focusOrder} when absent. */
  focusMove?(geometry: G): MoveFocus;
  /** Catalog key of the chart's own keys, read after the common instructions. */
  keysHintKey?: string;
  /** A key the chart handles itself on a focused mark (`[` and `]` for dates, say): the view change, or null. */
  onKey?(event: {
    key: string;
    focused: string | null;
    geometry: G;
    view: ChartView<ValuesOf<F>>;
  }): Partial<Filter> | null;
  /** The accessible name of a mark, as announced. */
  markName(geometry: G, id: string, locale: Locale): string;
  /** The company a mark is about, highlighted in every panel while it is hovered or focused. */
  companyOf(geometry: G, id: string): string | null;
  /** The organisation that Enter, Space or a click on the mark toggles in the filter, or null for none. */
  activate(geometry: G, id: string, view: ChartView<ValuesOf<F>>): string | null;
  /** Where a focused mark's tooltip points, and where a note on the mark is tied, in layout px. */
  anchor(geometry: G, id: string): { x: number; y: number } | null;
  /** What a note must not cover (labels, marks), in layout px; nothing when absent. */
  obstacles?(geometry: G, measure: MeasureText): Box[];
  /** The tooltip's content for a mark. */
  Tooltip(props: { geometry: G; id: string; locale: Locale }): ReactNode;

  /** The chart's own controls in the panel header (a metric switch). */
  Controls?(props: PanelPartProps<M, ValuesOf<F>, ChartData<R, O>>): ReactNode;
  /** Said under "No data for this filter" (other metrics that do have data). */
  EmptyHint?(props: PanelPartProps<M, ValuesOf<F>, ChartData<R, O>>): ReactNode;
  /** Shown under the chart whenever its data is loaded (figures the chart does not draw). */
  Extra?(props: PanelPartProps<M, ValuesOf<F>, ChartData<R, O>>): ReactNode;
  /**
   * A behaviour under the marks in the live chart only (a brush along an axis), given the view to show and a way
   * to change it.
   */
  Behaviour?(props: {
    geometry: G;
    view: ChartView<ValuesOf<F>>;
    setView: (patch: Partial<Filter>) => void;
  }): ReactNode;
}

/**
 * Any chart, as the generic parts of the app see it: model and geometry unknown, every data file possibly there.
 * A chart's own spec is checked against its exact types where it is written; the registry erases them once.
 */
export type AnyChartSpec = ChartSpec<unknown, Size, DataFileName, DataFileName, Record<never, never>>;

/** The model type of a spec. */
export type ModelOf<S> =
  S extends ChartSpec<infer M, Size, DataFileName, DataFileName, ViewFields> ? M : never;
/** The geometry type of a spec. */
export type GeometryOf<S> =
  S extends ChartSpec<unknown, infer G extends Size, DataFileName, DataFileName, ViewFields> ? G : never;

/** What `renderChart` needs besides the spec, data and view; everything but `measure` can cross to a worker. */
export interface ChartEnv {
  /** The chart area, in layout px. */
  size: Size;
  /** See {@link LayoutContext.fit}. */
  fit?: boolean;
  theme: ChartTheme;
  lang: Lang;
  /** The file name of the reader's own dataset, credited instead of the article; absent for the article's data. */
  dataName?: string | undefined;
  /** How to measure text; the canvas in a browser or worker by default. */
  measure?: MeasureText;
}

/** Whether the chart spans the page for this data and view (false while the data is unknown). */
export function isWide(spec: Pick<ChartMeta, 'wide'>, data?: Partial<DataFiles>, view?: ChartView): boolean {
  if (typeof spec.wide === 'boolean') return spec.wide;
  return data && view ? spec.wide(data as never, view as never) : false;
}
