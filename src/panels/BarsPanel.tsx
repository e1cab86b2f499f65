/**
 * "Pay and hiring": joins data and store, runs the bar chart's prepare and layout stages for the chosen metric
 * (average annual pay, share of OpenAI's hires, people in and out), and renders the chart.
 */
import { useMemo } from 'react';
import { BarsChart, BarsMarks } from '../charts/bars/BarsChart';
import { layoutBars } from '../charts/bars/layout';
import { METRIC_LABELS, prepareBars, type BarModel } from '../charts/bars/prepare';
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
import { isFiltered, useFilter } from './useFilter';
import { useOrgIndex, usePalette } from './usePalette';

const FILES = ['organizations', 'moves', 'figures'] as const;
// The credit line and source names are extras: the bars draw without them.
const OPTIONAL = ['article', 'sources'] as const;
/** Panel title, also the section's accessible name. */
export const BARS_TITLE = 'Pay and hiring';

/** The bar chart panel; see the module comment. */
export function BarsPanel() {
  const files = useDataFiles(FILES, OPTIONAL);
  return files.status === 'success' ? (
    <BarsReady data={files.data} />
  ) : (
    <Panel title={BARS_TITLE} className="panel-bars" state={files} credit="Source: 36Kr (36氪)." />
  );
}

const hasDerivedBars = (model: BarModel) => model.rows.some((r) => r.segments.some((s) => s.derived));

function BarsReady({ data }: { data: LoadedFiles<(typeof FILES)[number], (typeof OPTIONAL)[number]> }) {
  const orgs = useOrgIndex(data.organizations);
  const color = usePalette(data.organizations, orgs);
  const filter = useFilter();
  const metric = useAppStore((s) => s.metric);
  const setMetric = useAppStore((s) => s.setMetric);
  const highlighted = useAppStore((s) => s.hovered ?? s.pinned);
  const setHovered = useAppStore((s) => s.setHovered);
  const clearFilters = useAppStore((s) => s.clearFilters);

  const figures = useMemo(() => filterFigures(data.figures, filter, orgs), [data.figures, filter, orgs]);
  const moves = useMemo(() => filterMoves(data.moves, filter, orgs), [data.moves, filter, orgs]);
  const sourceById = useMemo(() => new Map((data.sources ?? []).map((s) => [s.id, s])), [data.sources]);
  const figureById = useMemo(() => new Map(data.figures.map((f) => [f.id, f])), [data.figures]);
  const models = useMemo(() => {
    const ctx = { orgs, sources: sourceById, figures: figureById };
    return Object.fromEntries(METRICS.map((m) => [m, prepareBars(m, figures, moves, ctx)])) as Record<
      BarMetric,
      BarModel
    >;
  }, [figures, moves, orgs, sourceById, figureById]);
  const model = models[metric];
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
    () => layoutBars(model, { width, height, measure: measureTextInBrowser }),
    [model, width, height],
  );
  const scale = drawScale(geometry.height, size.height, sizing);

  const shownSources =
    metric === 'flows'
      ? moves.flatMap((m) => m.provenance.sources)
      : figures.filter((f) => model.rows.some((r) => r.id === f.id)).flatMap((f) => f.provenance.sources);
  const credit =
    creditLine(shownSources, data.sources, data.article) +
    (hasDerivedBars(model) ? ' Hatched bars are derived from the article’s numbers.' : '') +
    (undatedHidden > 0
      ? ` ${undatedHidden} figures the article does not date are hidden while a date range is set.`
      : '');
  const subtitle = `${METRIC_LABELS[metric]} · ${describeFilter(filter, orgs)}`;
  const title = `${BARS_TITLE}: ${METRIC_LABELS[metric]}`;
  const others = METRICS.filter((m) => m !== metric && models[m].rows.length > 0);
  const state: PanelState = model.rows.length
    ? { status: 'ready' }
    : {
        status: 'empty',
        onClear: clearFilters,
        filtered: isFiltered(filter),
        message: others.length > 0 && (
          <p>
            This filter has{' '}
            {others.map((m, i) => (
              <span key={m}>
                {i > 0 && ' and '}
                <button type="button" className="link" onClick={() => setMetric(m)}>
                  {METRIC_LABELS[m]} ({models[m].rows.length})
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
            svg: (preset) => {
              const g =
                preset === 'panel'
                  ? geometry
                  : layoutBars(model, { ...chartArea(preset, geometry), measure: measureTextInBrowser });
              return renderSvgDocument(
                { title, subtitle, credit, chart: { width: g.width, height: g.height }, preset },
                <BarsMarks geometry={g} color={color} titles />,
                measureTextInBrowser,
              );
            },
            table: () => barsTable(model),
          },
    [model, geometry, title, metric, subtitle, credit, color],
  );
  useRegisterExporter(exporter, 'bars');
  const shownIds = new Set(model.rows.map((r) => r.id));
  const otherFigures = figures.filter((f) => !shownIds.has(f.id));

  return (
    <Panel
      title={BARS_TITLE}
      className="panel-bars"
      state={state}
      bodyRef={bodyRef}
      extra={<FigureList figures={otherFigures} all={figureById} orgs={orgs} sources={sourceById} />}
      credit={credit}
      controls={
        <>
          <fieldset className="segmented" aria-label="Metric">
            {METRICS.map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="bars-metric"
                  value={m}
                  checked={metric === m}
                  onChange={() => setMetric(m)}
                />
                {METRIC_LABELS[m]}
              </label>
            ))}
          </fieldset>
          <ExportMenu exporter={exporter} filter={filter} />
        </>
      }
    >
      <BarsChart
        scale={scale}
        geometry={geometry}
        color={color}
        highlighted={highlighted}
        onHoverCompany={setHovered}
        title={title}
        description={`${model.rows.length} organisations; ${subtitle}.`}
      />
    </Panel>
  );
}
