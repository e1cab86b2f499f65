/**
 * "Timeline": joins data and store, runs the timeline's prepare and layout stages and renders it. Brushing the
 * axis sets the shared date range.
 */
import { useMemo } from 'react';
import { measureTextInBrowser } from '../charts/shared/measure';
import { useSize } from '../charts/shared/useSize';
import { drawScale, logicalSize, usePanelSizing } from './sizing';
import { layoutTimeline } from '../charts/timeline/layout';
import { prepareTimeline } from '../charts/timeline/prepare';
import { TimelineChart, TimelineMarks } from '../charts/timeline/TimelineChart';
import { useDataFiles, type LoadedFiles } from '../data/useDataFiles';
import type { PanelExporter } from '../export/exporter';
import { chartArea, renderSvgDocument } from '../export/svgDocument';
import { timelineTable } from '../export/tables';
import { eventInRange, filterEvents } from '../model/filters';
import { useAppStore } from '../state/store';
import { creditLine, describeFilter } from './describe';
import { ExportMenu, useRegisterExporter } from './ExportMenu';
import { Panel, type PanelState } from './Panel';
import { isFiltered, useFilter } from './useFilter';
import { useOrgIndex, usePalette } from './usePalette';

const FILES = ['organizations', 'people', 'events'] as const;
// The credit line and source names are extras: the timeline draws without them.
const OPTIONAL = ['article', 'sources'] as const;
/** Panel title, also the section's accessible name. */
export const TIMELINE_TITLE = 'Timeline';

/** The timeline panel; see the module comment. */
export function TimelinePanel() {
  const files = useDataFiles(FILES, OPTIONAL);
  return files.status === 'success' ? (
    <TimelineReady data={files.data} />
  ) : (
    <Panel title={TIMELINE_TITLE} className="panel-timeline" state={files} credit="Source: 36Kr (36氪)." />
  );
}

function TimelineReady({ data }: { data: LoadedFiles<(typeof FILES)[number], (typeof OPTIONAL)[number]> }) {
  const orgs = useOrgIndex(data.organizations);
  const color = usePalette(data.organizations, orgs);
  const filter = useFilter();
  const highlighted = useAppStore((s) => s.hovered ?? s.pinned);
  const setHovered = useAppStore((s) => s.setHovered);
  const setRange = useAppStore((s) => s.setRange);
  const clearFilters = useAppStore((s) => s.clearFilters);

  const events = useMemo(() => filterEvents(data.events, filter, orgs), [data.events, filter, orgs]);
  const items = useMemo(
    () =>
      prepareTimeline(events, {
        orgs,
        people: new Map(data.people.map((p) => [p.id, p])),
        sources: new Map((data.sources ?? []).map((s) => [s.id, s])),
        inRange: (e) => eventInRange(e, filter),
      }),
    [events, orgs, data.people, data.sources, filter],
  );
  const [bodyRef, size] = useSize<HTMLDivElement>();
  const sizing = usePanelSizing();
  const { width, height } = logicalSize(size, sizing, () => 0);
  // In presentation mode the panel's height is fixed: tighten the lanes to fit rather than shrink the text.
  const fitHeight = sizing.fillHeight ? height : undefined;
  const geometry = useMemo(
    () => layoutTimeline(items, { width, fitHeight, measure: measureTextInBrowser }),
    [items, width, fitHeight],
  );
  const scale = drawScale(geometry.height, size.height, sizing);
  const credit = creditLine(
    events.flatMap((e) => e.provenance.sources),
    data.sources,
    data.article,
  );
  const subtitle = describeFilter(filter, orgs);
  const inRange = items.filter((i) => i.inRange).length;
  const state: PanelState = items.length
    ? { status: 'ready' }
    : { status: 'empty', onClear: clearFilters, filtered: isFiltered(filter) };
  const exporter = useMemo(
    (): PanelExporter | null =>
      items.length === 0
        ? null
        : {
            id: 'timeline',
            title: TIMELINE_TITLE,
            fileBase: 'timeline',
            svg: (preset) => {
              const g =
                preset === 'panel'
                  ? geometry
                  : layoutTimeline(items, {
                      width: chartArea(preset, geometry).width,
                      measure: measureTextInBrowser,
                    });
              return renderSvgDocument(
                {
                  title: TIMELINE_TITLE,
                  subtitle,
                  credit,
                  chart: { width: g.width, height: g.height },
                  preset,
                },
                <TimelineMarks geometry={g} color={color} titles />,
                measureTextInBrowser,
              );
            },
            table: () => timelineTable(items),
          },
    [items, geometry, subtitle, credit, color],
  );
  useRegisterExporter(exporter, 'timeline');

  return (
    <Panel
      title={TIMELINE_TITLE}
      className="panel-timeline"
      state={state}
      bodyRef={bodyRef}
      credit={<>{credit} Drag along the axis to choose dates; click the axis to clear them.</>}
      controls={<ExportMenu exporter={exporter} filter={filter} />}
    >
      <TimelineChart
        scale={scale}
        geometry={geometry}
        color={color}
        highlighted={highlighted}
        onHoverCompany={setHovered}
        from={filter.from}
        to={filter.to}
        onRangeChange={setRange}
        title={`${TIMELINE_TITLE}: events of the article, earliest to latest`}
        description={`${items.length} events, ${inRange} in the selected dates; ${subtitle}.`}
      />
    </Panel>
  );
}
