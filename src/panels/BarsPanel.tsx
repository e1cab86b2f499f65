/**
 * "Pay and hiring": joins data and store, runs the bar chart's prepare and layout stages for the chosen metric
 * (average annual pay, share of OpenAI's hires, people in and out), and renders the chart.
 */
import { useMemo } from 'react';
import { BarsChart, BarsMarks } from '../charts/bars/BarsChart';
import { layoutBars } from '../charts/bars/layout';
import { metricLabel, limitRows, MAX_ROWS, prepareBars, type BarModel } from '../charts/bars/prepare';
import { useLocale } from '../i18n/useLocale';
import type { Locale } from '../i18n/locale';
import { measureTextInBrowser } from '../charts/shared/measure';
import { useSize } from '../charts/shared/useSize';
import { drawScale, logicalSize, usePanelSizing } from './sizing';
import { useDataFiles, type LoadedFiles } from '../data/useDataFiles';
import type { PanelExporter } from '../export/exporter';
import { chartArea, renderSvgDocument } from '../export/svgDocument';
import { barsTable } from '../export/tables';
import { filterFigures, filterMoves } from '../model/filters';
import { useAppStore } from '../state/store';
import { METRICS, type BarMetric } from '../state/url';
import { creditLine, describeFilter } from './describe';
import { ExportMenu, useRegisterExporter } from './ExportMenu';
import { FigureList } from './FigureList';
import { Panel, type PanelState } from './Panel';
import { PanelBoundary } from './PanelBoundary';
import { useOwnDataName } from './OpenData';
import { isFiltered, useFilter } from './useFilter';
import { useOrgIndex, usePalette } from './usePalette';

const FILES = ['organizations', 'moves', 'figures'] as const;
// The credit line and source names are extras: the bars draw without them.
const OPTIONAL = ['article', 'sources'] as const;

/** The bar chart panel; see the module comment. */
export function BarsPanel() {
  const { t } = useLocale();
  return (
    <PanelBoundary title={t('bars.title')} className="panel-bars">
      <BarsContent />
    </PanelBoundary>
  );
}

function BarsContent() {
  const files = useDataFiles(FILES, OPTIONAL);
  const { t } = useLocale();
  return files.status === 'success' ? (
    <BarsReady data={files.data} />
  ) : (
    <Panel title={t('bars.title')} className="panel-bars" state={files} credit={t('credit.leadNoDate')} />
  );
}

const hasDerivedBars = (model: BarModel) => model.rows.some((r) => r.segments.some((s) => s.derived));

function BarsReady({ data }: { data: LoadedFiles<(typeof FILES)[number], (typeof OPTIONAL)[number]> }) {
  const locale = useLocale();
  const ownName = useOwnDataName();
  const { t } = locale;
  const orgs = useOrgIndex(data.organizations);
  const palette = usePalette(data.organizations, orgs);
  const { color } = palette;
  const filter = useFilter();
  const metric = useAppStore((s) => s.metric);
  const setMetric = useAppStore((s) => s.setMetric);
  const highlighted = useAppStore((s) => s.hovered ?? s.pinned);
  const setHovered = useAppStore((s) => s.setHovered);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const toggleCompany = useAppStore((s) => s.toggleCompany);

  const figures = useMemo(() => filterFigures(data.figures, filter, orgs), [data.figures, filter, orgs]);
  const moves = useMemo(() => filterMoves(data.moves, filter, orgs), [data.moves, filter, orgs]);
  const sourceById = useMemo(() => new Map((data.sources ?? []).map((s) => [s.id, s])), [data.sources]);
  const figureById = useMemo(() => new Map(data.figures.map((f) => [f.id, f])), [data.figures]);
  const models = useMemo(() => {
    const ctx = { orgs, sources: sourceById, figures: figureById };
    return Object.fromEntries(
      METRICS.map((m) => [m, prepareBars(m, figures, moves, { ...ctx, locale })]),
    ) as Record<BarMetric, BarModel>;
  }, [figures, moves, orgs, sourceById, figureById, locale]);
  // Hundreds of organisations (one's own data) would make a chart thousands of pixels tall: the largest are drawn.
  const { model, hidden } = useMemo(
    () => limitRows(models[metric], MAX_ROWS, new Set(filter.companies)),
    [models, metric, filter.companies],
  );
  // Figures the article does not date cannot be placed in a range; say how many the range hides.
  const undatedHidden = useMemo(
    () =>
      filter.from || filter.to
        ? filterFigures(data.figures, { ...filter, from: null, to: null }, orgs).filter((f) => !f.when).length
        : 0,
    [data.figures, filter, orgs],
  );
  const [bodyRef, size] = useSize<HTMLDivElement>();
  const sizing = usePanelSizing();
  const { width, height } = logicalSize(size, sizing, () => 240);
  const geometry = useMemo(
    () => layoutBars(model, { width, height, measure: measureTextInBrowser, locale }),
    [model, width, height, locale],
  );
  const scale = drawScale(geometry.height, size.height, sizing);

  const shownSources =
    metric === 'flows'
      ? moves.flatMap((m) => m.provenance.sources)
      : figures.filter((f) => model.rows.some((r) => r.id === f.id)).flatMap((f) => f.provenance.sources);
  const credit =
    creditLine(shownSources, data.sources, data.article, locale, ownName) +
    (hasDerivedBars(model) ? ` ${t('credit.hatchedBars')}` : '') +
    (undatedHidden > 0 ? ` ${t('credit.undatedFigures', { count: undatedHidden })}` : '');
  const subtitle = `${metricLabel(metric, locale)}${t('describe.separator')}${describeFilter(filter, orgs, locale)}`;
  const title = `${t('bars.title')}: ${metricLabel(metric, locale)}`;
  const others = METRICS.filter((m) => m !== metric && models[m].rows.length > 0);
  const state: PanelState = model.rows.length
    ? { status: 'ready' }
    : {
        status: 'empty',
        onClear: clearFilters,
        filtered: isFiltered(filter),
        message: others.length > 0 && (
          <p>
            {t('bars.otherMetrics')}{' '}
            {others.map((m, i) => (
              <span key={m}>
                {i > 0 && ', '}
                <button type="button" className="link" onClick={() => setMetric(m)}>
                  {metricLabel(m, locale)} ({models[m].rows.length})
                </button>
              </span>
            ))}
            .
          </p>
        ),
      };
  const exporter = useMemo(
    (): PanelExporter | null =>
      model.rows.length === 0
        ? null
        : {
            id: 'bars',
            title,
            fileBase: `pay-and-hiring-${metric}`,
            svg: (preset, theme) => {
              // Exports follow the theme shown unless the export options choose another.
              const chartTheme = theme ?? palette.chartTheme;
              const exportColor = theme ? palette.forTheme(theme) : color;
              const g =
                preset === 'panel'
                  ? geometry
                  : layoutBars(model, {
                      ...chartArea(preset, geometry),
                      measure: measureTextInBrowser,
                      locale,
                    });
              return renderSvgDocument(
                { title, subtitle, credit, chart: { width: g.width, height: g.height }, preset },
                <BarsMarks geometry={g} color={exportColor} titles />,
                measureTextInBrowser,
                chartTheme,
              );
            },
            table: () => barsTable(model),
          },
    [model, geometry, title, metric, subtitle, credit, color, palette, locale],
  );
  useRegisterExporter(exporter, 'bars');
  const table = useMemo(() => barsTable(model), [model]);
  const shownIds = new Set(model.rows.map((r) => r.id));
  const otherFigures = figures.filter((f) => !shownIds.has(f.id));

  return (
    <Panel
      title={t('bars.title')}
      summary={barsSummary(model, locale)}
      table={table}
      className="panel-bars"
      state={state}
      bodyRef={bodyRef}
      extra={
        <>
          {hidden > 0 && <p className="panel-note">{t('bars.moreRows', { count: hidden })}</p>}
          <FigureList
            figures={otherFigures}
            all={figureById}
            orgs={orgs}
            sources={sourceById}
            locale={locale}
          />
        </>
      }
      credit={credit}
      controls={
        <>
          <fieldset className="segmented" aria-label={t('bars.metric')}>
            {METRICS.map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="bars-metric"
                  value={m}
                  checked={metric === m}
                  onChange={() => setMetric(m)}
                />
                {metricLabel(m, locale)}
              </label>
            ))}
          </fieldset>
          <ExportMenu exporter={exporter} filter={filter} />
        </>
      }
    >
      <BarsChart
        onToggleCompany={toggleCompany}
        scale={scale}
        geometry={geometry}
        color={color}
        highlighted={highlighted}
        onHoverCompany={setHovered}
        title={title}
        description={t('bars.description', { count: model.rows.length, filter: subtitle })}
        locale={locale}
      />
    </Panel>
  );
}

/** The bars in words: the metric and each organisation's value or rank, largest first. */
export function barsSummary(model: BarModel, locale: Locale): string {
  if (!model.rows.length) return locale.t('bars.summaryNone');
  const items = model.rows
    .slice(0, 6)
    .map((row) =>
      row.segments.length ? row.segments.map((s) => s.name).join(', ') : (row.rankOnly?.name ?? row.label),
    )
    .join('; ');
  return locale.t('bars.summary', { metric: metricLabel(model.metric, locale), items });
}
