/**
 * One render function for every consumer: `renderChart(spec, data, view, env)` runs a chart's whole pipeline —
 * lookups, prepare, layout, colours, words — with no store and no DOM, and returns plain data (the worker sends it
 * across as it is). {@link ChartMarks} draws that result as SVG; {@link renderChartDocument} frames it as a
 * standalone file. The live panel, the worker, single and "Export all" exports, the presentation and the snapshot
 * tests all go through these, so a test draws exactly what a reader sees.
 */
import { useMemo } from 'react';
import type { DataFiles } from '../data/schema';
import { createLocale, type Lang } from '../i18n/locale';
import { creditLine, describeFilter } from '../model/describe';
import { lookupsOf } from '../model/lookups';
import { rankedCompanies } from '../model/palette';
import { renderSvgDocument, type ExportFrame, type SizePreset } from '../export/svgDocument';
import { measureTextInBrowser } from './shared/measure';
import { placeNotes, type MarkNote, type PlacedNote } from './shared/notes';
import { NoteMarks } from './shared/NoteMarks';
import { ChartThemeContext, type ChartTheme } from './shared/theme';
import type { AnyChartSpec, ChartEnv, ChartSpec, ChartText, ChartView, MarksProps, Size } from './spec';
import type { DataFileName } from '../data/schema';
import type { ValuesOf, ViewFields } from '../state/fields';

/** A chart rendered for one view, size, theme and language: plain data, ready to draw, export or send to a page. */
export interface RenderedChart<M = unknown, G extends Size = Size> {
  /** The spec's id. */
  id: string;
  model: M;
  /** Pixels: what the marks draw; its `width` and `height` are the chart's size. */
  geometry: G;
  /** Company id → colour in `theme`, for the companies that get a colour of their own (the rest are neutral). */
  colors: Record<string, string>;
  theme: ChartTheme;
  lang: Lang;
  /** Companies in the filter (some charts outline them). */
  selected: readonly string[];
  /** Nothing to draw under this view. */
  empty: boolean;
  /** The reader's notes on this chart's marks, placed beside them (those whose mark is shown). */
  notes: PlacedNote[];
  text: ChartText & {
    /** The panel's heading. */
    heading: string;
    /** What the chart shows, in words, for screen readers. */
    summary: string;
    /** "Source: 36Kr (36氪), 23 Jan 2024, citing …", with the chart's notes. */
    credit: string;
  };
}

/**
 * Runs `spec` on `data` for `view`: see the module comment. `data` must hold the spec's required files; optional
 * ones may be missing. Pure: the same input gives the same output, and the input is never changed.
 * @throws Error naming the chart and the file, when a required data file is missing.
 */
export function renderChart<
  M,
  G extends Size,
  R extends DataFileName,
  O extends DataFileName,
  F extends ViewFields,
>(
  spec: ChartSpec<M, G, R, O, F>,
  data: Partial<DataFiles>,
  view: ChartView<ValuesOf<F>>,
  env: ChartEnv,
): RenderedChart<M, G> {
  for (const name of spec.files.required)
    if (data[name] === undefined) throw new Error(`${spec.id}: the data file "${name}" is missing`);
  // Every required file is there (checked above); the optional ones may be.
  const files = data as DataFiles;
  const locale = createLocale(env.lang);
  const lookups = lookupsOf(files);
  const model = spec.prepare(files, view, { locale, lookups });
  const measure = env.measure ?? measureTextInBrowser;
  const geometry = spec.layout(model, { ...env.size, fit: env.fit ?? false, measure, locale });
  const viewNotes = (view as { notes?: readonly MarkNote[] }).notes ?? [];
  const mine = viewNotes.filter((n) => n.chart === spec.id);
  const notes = mine.length
    ? placeNotes(
        mine,
        (mark) => spec.anchor(geometry, mark),
        geometry,
        measure,
        spec.obstacles?.(geometry, measure),
      )
    : [];
  const text = spec.text(model, view, { locale, filterText: describeFilter(view, lookups.orgs, locale) });
  const { sources, notes: creditNotes } = spec.credit(model, locale);
  const credit = [
    creditLine(sources, files.sources, files.article, locale, env.dataName),
    ...creditNotes,
  ].join(' ');
  const ranked = rankedCompanies(files.organizations, files.moves, lookups.orgs);
  return {
    id: spec.id,
    model,
    geometry,
    colors: Object.fromEntries(
      ranked.slice(0, env.theme.categories.length).map((id, i) => [id, env.theme.categories[i]!]),
    ),
    theme: env.theme,
    lang: env.lang,
    selected: view.companies,
    empty: spec.isEmpty(model),
    notes,
    text: { ...text, heading: locale.t(spec.titleKey), summary: spec.describe(model, locale), credit },
  };
}

/** A company's colour in a rendered chart: its own, or the theme's neutral grey. */
export function colorOf(chart: Pick<RenderedChart, 'colors' | 'theme'>): (company: string) => string {
  return (company) => chart.colors[company] ?? chart.theme.neutral;
}

/** Props of {@link ChartMarks}: the spec, what it rendered, and how the reader is interacting with it. */
export type ChartMarksProps = {
  spec: AnyChartSpec;
  chart: RenderedChart;
} & Omit<MarksProps<Size>, 'geometry' | 'color' | 'locale' | 'selected'>;

/** Draws a rendered chart's marks, in its theme and language. */
export function ChartMarks({ spec, chart, ...interaction }: ChartMarksProps) {
  const color = useMemo(() => colorOf(chart), [chart]);
  const selected = useMemo(() => new Set(chart.selected), [chart.selected]);
  return (
    <ChartThemeContext.Provider value={chart.theme}>
      <spec.Marks
        geometry={chart.geometry}
        color={color}
        locale={createLocale(chart.lang)}
        selected={selected}
        {...interaction}
      />
      {chart.notes.length > 0 && <NoteMarks notes={chart.notes} theme={chart.theme} />}
    </ChartThemeContext.Provider>
  );
}

/** The frame of an exported file: the chart's title, what it shows, its credit and its size. */
export function exportFrame(chart: RenderedChart, preset: SizePreset): ExportFrame {
  return {
    title: chart.text.title,
    subtitle: chart.text.subtitle,
    credit: chart.text.credit,
    chart: { width: chart.geometry.width, height: chart.geometry.height },
    preset,
  };
}

/**
 * A rendered chart as a standalone SVG document (without embedded fonts; see `export/pipeline.ts`), framed for
 * `preset` — the chart should have been rendered for the size the preset leaves (`chartArea`).
 */
export async function renderChartDocument(
  spec: AnyChartSpec,
  chart: RenderedChart,
  preset: SizePreset = 'panel',
  measure = measureTextInBrowser,
): Promise<string> {
  return renderSvgDocument(
    exportFrame(chart, preset),
    <ChartMarks spec={spec} chart={chart} titles />,
    measure,
    chart.theme,
  );
}
