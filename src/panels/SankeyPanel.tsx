/**
 * "Who moved where": joins the loaded data and the store, runs the Sankey's prepare and layout stages, and
 * renders the chart. The only place the Sankey meets the store.
 */
import { useMemo } from 'react';
import { layoutSankey } from '../charts/sankey/layout';
import { prepareSankey } from '../charts/sankey/prepare';
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
import { DETAILS, type SankeyDetail } from '../state/url';
import { creditLine, describeFilter } from './describe';
import { ExportMenu, useRegisterExporter } from './ExportMenu';
import { Panel, type PanelState } from './Panel';
import { useOrgIndex, usePalette } from './usePalette';
import { isFiltered, useFilter } from './useFilter';

const FILES = ['organizations', 'people', 'moves'] as const;
// The credit line, source names and derived-count formulas are extras: the Sankey draws without them.
const OPTIONAL = ['article', 'sources', 'figures'] as const;
/** Panel title, also the section's accessible name. */
export const SANKEY_TITLE = 'Who moved where';

/** The Sankey panel; see the module comment. */
export function SankeyPanel() {
  const files = useDataFiles(FILES, OPTIONAL);
  return files.status === 'success' ? (
    <SankeyReady data={files.data} />
  ) : (
    <Panel title={SANKEY_TITLE} className="panel-sankey" state={files} credit="Source: 36Kr (36氪)." />
  );
}

/** A height that suits the width: wide panels get a flatter chart, narrow ones a taller one. */
const sankeyHeight = (width: number) => Math.max(360, Math.min(560, width * 0.62));

const DETAIL_LABELS: Record<SankeyDetail, string> = { companies: 'Companies', teams: 'Teams & labs' };

function SankeyReady({ data }: { data: LoadedFiles<(typeof FILES)[number], (typeof OPTIONAL)[number]> }) {
  const orgs = useOrgIndex(data.organizations);
  const color = usePalette(data.organizations, orgs);
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
  const model = useMemo(
    () =>
      prepareSankey(
        moves,
        {
          orgs,
          people: new Map(data.people.map((p) => [p.id, p])),
          sources: new Map((data.sources ?? []).map((s) => [s.id, s])),
          figures: new Map((data.figures ?? []).map((f) => [f.id, f])),
        },
        detail,
      ),
    [moves, orgs, data.people, data.sources, data.figures, detail],
  );
  const credit =
    creditLine(new Set(moves.flatMap((m) => m.provenance.sources)), data.sources, data.article) +
    (undatedHidden > 0
      ? ` ${undatedHidden} moves the article does not date are hidden while a date range is set.`
      : '');
  const subtitle = describeFilter(filter, orgs);
  const selected = useMemo(() => new Set(filter.companies), [filter.companies]);
  const people = model.links.reduce((sum, l) => sum + l.value, 0);
  const description = `${people} people in ${model.links.length} flows between organisations; ${subtitle}.`;

  const [bodyRef, size] = useSize<HTMLDivElement>();
  const sizing = usePanelSizing();
  const { width, height } = logicalSize(size, sizing, sankeyHeight);
  const geometry = useMemo(
    () => layoutSankey(model, { width, height, measure: measureTextInBrowser }),
    [model, width, height],
  );
  const scale = drawScale(geometry.height, size.height, sizing);
  const state: PanelState = model.links.length
    ? { status: 'ready' }
    : { status: 'empty', onClear: clearFilters, filtered: isFiltered(filter) };
  const exporter = useMemo(
    (): PanelExporter | null =>
      model.links.length === 0
        ? null
        : {
            id: 'sankey',
            title: SANKEY_TITLE,
            fileBase: 'who-moved-where',
            svg: (preset) => {
              // The panel's own geometry at panel size; a fresh layout for a slide's shape.
              const g =
                preset === 'panel'
                  ? geometry
                  : layoutSankey(model, { ...chartArea(preset, geometry), measure: measureTextInBrowser });
              return renderSvgDocument(
                {
                  title: SANKEY_TITLE,
                  subtitle,
                  credit,
                  chart: { width: g.width, height: g.height },
                  preset,
                },
                <SankeyMarks geometry={g} color={color} selected={selected} titles />,
                measureTextInBrowser,
              );
            },
            table: () => sankeyTable(model),
          },
    [model, geometry, subtitle, credit, color, selected],
  );
  useRegisterExporter(exporter, 'sankey');

  return (
    <Panel
      title={SANKEY_TITLE}
      className="panel-sankey"
      state={state}
      bodyRef={bodyRef}
      credit={credit}
      controls={
        <>
          <fieldset className="segmented" aria-label="Group by">
            {DETAILS.map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name="sankey-detail"
                  value={d}
                  checked={detail === d}
                  onChange={() => setDetail(d)}
                />
                {DETAIL_LABELS[d]}
              </label>
            ))}
          </fieldset>
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
        title={`${SANKEY_TITLE}: people moving between organisations`}
        description={description}
      />
    </Panel>
  );
}
