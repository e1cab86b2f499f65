/**
 * "Who moved where": joins the loaded data and the store, runs the Sankey's prepare and layout stages, and
 * renders the chart. The only place the Sankey meets the store.
 */
import { useMemo } from 'react';
import { layoutSankey } from '../charts/sankey/layout';
import { AUTO_LIMIT, type SankeyInput, type SankeyOutput } from '../charts/sankey/sankeyLayout';
import { useSankeyLayout } from '../charts/sankey/useSankeyLayout';
import { SankeyChart, SankeyMarks } from '../charts/sankey/SankeyChart';
import { measureTextInBrowser } from '../charts/shared/measure';
import { useSize } from '../charts/shared/useSize';
import { drawScale, logicalSize, usePanelSizing } from './sizing';
import { useDataFiles, type LoadedFiles } from '../data/useDataFiles';
import type { PanelExporter } from '../export/exporter';
import { chartArea, renderSvgDocument } from '../export/svgDocument';
import { sankeyTable } from '../export/tables';
import { filterMoves } from '../model/filters';
import { useAppStore } from '../state/store';
import { DETAILS } from '../state/url';
import { useLocale } from '../i18n/useLocale';
import type { Locale } from '../i18n/locale';
import type { SankeyModel } from '../charts/sankey/prepare';
import { creditLine, describeFilter } from './describe';
import { ExportMenu, useRegisterExporter } from './ExportMenu';
import { Panel, type PanelState } from './Panel';
import { PanelBoundary } from './PanelBoundary';
import { useOwnDataName } from './OpenData';
import { useOrgIndex, usePalette } from './usePalette';
import { isFiltered, useFilter } from './useFilter';

const FILES = ['organizations', 'people', 'moves'] as const;
// The credit line, source names and derived-count formulas are extras: the Sankey draws without them.
const OPTIONAL = ['article', 'sources', 'figures'] as const;

/** The Sankey panel; see the module comment. */
export function SankeyPanel() {
  const { t } = useLocale();
  return (
    <PanelBoundary title={t('sankey.title')} className="panel-sankey">
      <SankeyContent />
    </PanelBoundary>
  );
}

function SankeyContent() {
  const files = useDataFiles(FILES, OPTIONAL);
  const { t } = useLocale();
  return files.status === 'success' ? (
    <SankeyReady data={files.data} />
  ) : (
    <Panel title={t('sankey.title')} className="panel-sankey" state={files} credit={t('credit.leadNoDate')} />
  );
}

/** Before the worker's first answer: nothing to draw yet. */
const NOTHING: SankeyOutput = {
  model: { nodes: [], links: [] },
  geometry: layoutSankey({ nodes: [], links: [] }, { width: 0, height: 0 }),
  perSide: 0,
  limit: 0,
};
/** What the "Shown" control offers. */
const TOP_CHOICES = [5, 10, 20, 50, 100] as const;

/** A height that suits the width: wide panels get a flatter chart, narrow ones a taller one. */
const sankeyHeight = (width: number) => Math.max(360, Math.min(560, width * 0.62));

function SankeyReady({ data }: { data: LoadedFiles<(typeof FILES)[number], (typeof OPTIONAL)[number]> }) {
  const locale = useLocale();
  const ownName = useOwnDataName();
  const { t } = locale;
  const title = t('sankey.title');
  const orgs = useOrgIndex(data.organizations);
  const palette = usePalette(data.organizations, orgs);
  const { color } = palette;
  const filter = useFilter();
  const detail = useAppStore((s) => s.detail);
  const setDetail = useAppStore((s) => s.setDetail);
  const highlighted = useAppStore((s) => s.hovered ?? s.pinned);
  const setHovered = useAppStore((s) => s.setHovered);
  const toggleCompany = useAppStore((s) => s.toggleCompany);
  const clearFilters = useAppStore((s) => s.clearFilters);

  const moves = useMemo(() => filterMoves(data.moves, filter, orgs), [data.moves, filter, orgs]);
  // Moves without a date cannot be placed in a range; say how many the range hides.
  const undatedHidden = useMemo(
    () =>
      filter.from || filter.to
        ? filterMoves(data.moves, { ...filter, from: null, to: null }, orgs).filter((m) => !m.when).length
        : 0,
    [data.moves, filter, orgs],
  );
  // Past AUTO_LIMIT organisations on a side, the smallest fold into "Other" unless the reader chose otherwise.
  const top = useAppStore((s) => s.top);
  const setTop = useAppStore((s) => s.setTop);
  const [bodyRef, size] = useSize<HTMLDivElement>();
  const sizing = usePanelSizing();
  const { width, height } = logicalSize(size, sizing, sankeyHeight);
  const input = useMemo(
    (): SankeyInput => ({
      moves,
      organizations: data.organizations,
      people: data.people,
      sources: data.sources ?? [],
      figures: data.figures ?? [],
      detail,
      top,
      keep: filter.companies,
      lang: locale.lang,
      width,
      height,
    }),
    [
      moves,
      data.organizations,
      data.people,
      data.sources,
      data.figures,
      detail,
      top,
      filter.companies,
      locale.lang,
      width,
      height,
    ],
  );
  // Large data is laid out in a Web Worker; until its first answer the panel says it is loading.
  const layout = useSankeyLayout(input);
  const { model, geometry, perSide, limit } = layout.output ?? NOTHING;
  const credit =
    creditLine(
      new Set(moves.flatMap((m) => m.provenance.sources)),
      data.sources,
      data.article,
      locale,
      ownName,
    ) + (undatedHidden > 0 ? ` ${t('credit.undatedMoves', { count: undatedHidden })}` : '');
  const subtitle = describeFilter(filter, orgs, locale);
  const selected = useMemo(() => new Set(filter.companies), [filter.companies]);
  const people = model.links.reduce((sum, l) => sum + l.value, 0);
  const description = t('sankey.description', {
    people: locale.fmt.people(people),
    count: model.links.length,
    filter: subtitle,
  });
  const summary = sankeySummary(model, locale);

  const scale = drawScale(geometry.height, size.height, sizing);
  const state: PanelState = layout.error
    ? { status: 'error', error: new Error(layout.error), retry: () => window.location.reload() }
    : !layout.output
      ? { status: 'pending' }
      : model.links.length
        ? { status: 'ready' }
        : { status: 'empty', onClear: clearFilters, filtered: isFiltered(filter) };
  const exporter = useMemo(
    (): PanelExporter | null =>
      model.links.length === 0
        ? null
        : {
            id: 'sankey',
            title,
            fileBase: 'who-moved-where',
            svg: (preset, theme) => {
              // Exports follow the theme shown unless the export options choose another.
              const chartTheme = theme ?? palette.chartTheme;
              const exportColor = theme ? palette.forTheme(theme) : color;
              // The panel's own geometry at panel size; a fresh layout for a slide's shape.
              const g =
                preset === 'panel'
                  ? geometry
                  : layoutSankey(model, {
                      ...chartArea(preset, geometry),
                      measure: measureTextInBrowser,
                      locale,
                    });
              return renderSvgDocument(
                {
                  title,
                  subtitle,
                  credit,
                  chart: { width: g.width, height: g.height },
                  preset,
                },
                <SankeyMarks geometry={g} color={exportColor} selected={selected} titles locale={locale} />,
                measureTextInBrowser,
                chartTheme,
              );
            },
            table: () => sankeyTable(model, locale),
          },
    [model, geometry, title, subtitle, credit, color, palette, selected, locale],
  );
  useRegisterExporter(exporter, 'sankey');
  const table = useMemo(() => sankeyTable(model, locale), [model, locale]);

  return (
    <Panel
      title={title}
      className="panel-sankey"
      state={state}
      busy={layout.busy}
      summary={summary}
      table={table}
      bodyRef={bodyRef}
      credit={credit}
      controls={
        <>
          <fieldset className="segmented" aria-label={t('sankey.groupBy')}>
            {DETAILS.map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name="sankey-detail"
                  value={d}
                  checked={detail === d}
                  onChange={() => setDetail(d)}
                />
                {t(d === 'companies' ? 'sankey.companies' : 'sankey.teams')}
              </label>
            ))}
          </fieldset>
          {(perSide > AUTO_LIMIT || top !== null) && (
            <label className="select-control">
              {t('sankey.shown')}
              <select value={top ?? limit} onChange={(e) => setTop(Number(e.target.value))}>
                <option value={0}>{t('sankey.shownAll')}</option>
                {TOP_CHOICES.filter((n) => n < perSide).map((n) => (
                  <option key={n} value={n}>
                    {t('sankey.shownTop', { count: n })}
                  </option>
                ))}
              </select>
            </label>
          )}
          {layout.busy && (
            <span className="panel-note" role="status">
              {t('sankey.layingOut')}
            </span>
          )}
          <ExportMenu exporter={exporter} filter={filter} />
        </>
      }
    >
      <SankeyChart
        scale={scale}
        geometry={geometry}
        color={color}
        highlighted={highlighted}
        selected={selected}
        onHoverCompany={setHovered}
        onNodeClick={(node) =>
          node.orgId && toggleCompany(detail === 'teams' ? node.orgId : (node.company ?? node.orgId))
        }
        title={t('sankey.chartTitle')}
        description={description}
        locale={locale}
      />
    </Panel>
  );
}

/** The Sankey in words: people, flows, and the three largest flows. */
export function sankeySummary(model: SankeyModel, locale: Locale): string {
  if (!model.links.length) return locale.t('sankey.summaryNone');
  const names = new Map(model.nodes.map((n) => [n.id, n.name]));
  const largest = [...model.links]
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map(
      (l) =>
        `${names.get(l.source)} → ${names.get(l.target)} (${locale.fmt.countShort(l.value, l.qualifier)})`,
    )
    .join(', ');
  const people = model.links.reduce((sum, l) => sum + l.value, 0);
  return locale.t('sankey.summary', {
    people: locale.fmt.people(people),
    count: model.links.length,
    largest,
  });
}
