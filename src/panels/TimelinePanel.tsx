/**
 * "Timeline": joins data and store, runs the timeline's prepare and layout stages and renders it. Brushing the
 * axis sets the shared date range.
 */
import { useMemo } from 'react';
import { measureTextInBrowser } from '../charts/shared/measure';
import { useSize } from '../charts/shared/useSize';
import { drawScale, logicalSize, usePanelSizing } from './sizing';
import { layoutTimeline } from '../charts/timeline/layout';
import { CLUSTER_ABOVE, clusterTimeline, prepareTimeline } from '../charts/timeline/prepare';
import { TimelineChart, TimelineMarks } from '../charts/timeline/TimelineChart';
import { useDataFiles, type LoadedFiles } from '../data/useDataFiles';
import type { PanelExporter } from '../export/exporter';
import { chartArea, renderSvgDocument } from '../export/svgDocument';
import { timelineTable } from '../export/tables';
import { eventInRange, filterEvents } from '../model/filters';
import { useAppStore } from '../state/store';
import { creditLine, describeFilter } from './describe';
import { useLocale } from '../i18n/useLocale';
import type { Locale } from '../i18n/locale';
import type { TimelineItem } from '../charts/timeline/prepare';
import { ExportMenu, useRegisterExporter } from './ExportMenu';
import { Panel, type PanelState } from './Panel';
import { PanelBoundary } from './PanelBoundary';
import { useOwnDataName } from './OpenData';
import { isFiltered, useFilter } from './useFilter';
import { useOrgIndex, usePalette } from './usePalette';

const FILES = ['organizations', 'people', 'events'] as const;
// The credit line and source names are extras: the timeline draws without them.
const OPTIONAL = ['article', 'sources'] as const;

/** The timeline panel; see the module comment. */
export function TimelinePanel() {
  const { t } = useLocale();
  return (
    <PanelBoundary title={t('timeline.title')} className="panel-timeline">
      <TimelineContent />
    </PanelBoundary>
  );
}

function TimelineContent() {
  const files = useDataFiles(FILES, OPTIONAL);
  const { t } = useLocale();
  return files.status === 'success' ? (
    <TimelineReady data={files.data} />
  ) : (
    <Panel
      title={t('timeline.title')}
      className="panel-timeline"
      state={files}
      credit={t('credit.leadNoDate')}
    />
  );
}

function TimelineReady({ data }: { data: LoadedFiles<(typeof FILES)[number], (typeof OPTIONAL)[number]> }) {
  const locale = useLocale();
  const ownName = useOwnDataName();
  const { t } = locale;
  const title = t('timeline.title');
  const orgs = useOrgIndex(data.organizations);
  const palette = usePalette(data.organizations, orgs);
  const { color } = palette;
  const filter = useFilter();
  const highlighted = useAppStore((s) => s.hovered ?? s.pinned);
  const setHovered = useAppStore((s) => s.setHovered);
  const setRange = useAppStore((s) => s.setRange);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const toggleCompany = useAppStore((s) => s.toggleCompany);

  const events = useMemo(() => filterEvents(data.events, filter, orgs), [data.events, filter, orgs]);
  const items = useMemo(
    () =>
      prepareTimeline(events, {
        orgs,
        people: new Map(data.people.map((p) => [p.id, p])),
        sources: new Map((data.sources ?? []).map((s) => [s.id, s])),
        inRange: (e) => eventInRange(e, filter),
        locale,
      }),
    [events, orgs, data.people, data.sources, filter, locale],
  );
  // A dense timeline (hundreds of events, from one's own data) draws events close in time as clusters.
  const marks = useMemo(() => clusterTimeline(items, CLUSTER_ABOVE, locale), [items, locale]);
  const [bodyRef, size] = useSize<HTMLDivElement>();
  const sizing = usePanelSizing();
  const { width, height } = logicalSize(size, sizing, () => 0);
  // In presentation mode the panel's height is fixed: tighten the lanes to fit rather than shrink the text.
  const fitHeight = sizing.fillHeight ? height : undefined;
  const geometry = useMemo(
    () => layoutTimeline(marks, { width, fitHeight, measure: measureTextInBrowser, locale }),
    [marks, width, fitHeight, locale],
  );
  const scale = drawScale(geometry.height, size.height, sizing);
  const credit = creditLine(
    events.flatMap((e) => e.provenance.sources),
    data.sources,
    data.article,
    locale,
    ownName,
  );
  const subtitle = describeFilter(filter, orgs, locale);
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
            title,
            fileBase: 'timeline',
            svg: (preset, theme) => {
              // Exports follow the theme shown unless the export options choose another.
              const chartTheme = theme ?? palette.chartTheme;
              const exportColor = theme ? palette.forTheme(theme) : color;
              const g =
                preset === 'panel'
                  ? geometry
                  : layoutTimeline(marks, {
                      width: chartArea(preset, geometry).width,
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
                <TimelineMarks geometry={g} color={exportColor} titles />,
                measureTextInBrowser,
                chartTheme,
              );
            },
            table: () => timelineTable(items),
          },
    [items, marks, geometry, title, subtitle, credit, color, palette, locale],
  );
  useRegisterExporter(exporter, 'timeline');
  const table = useMemo(() => timelineTable(items), [items]);

  return (
    <Panel
      title={title}
      summary={timelineSummary(items, locale)}
      table={table}
      className="panel-timeline"
      state={state}
      bodyRef={bodyRef}
      credit={
        <>
          {credit} {t('credit.brushHint')}
        </>
      }
      controls={<ExportMenu exporter={exporter} filter={filter} />}
    >
      <TimelineChart
        onToggleCompany={toggleCompany}
        scale={scale}
        geometry={geometry}
        color={color}
        highlighted={highlighted}
        onHoverCompany={setHovered}
        from={filter.from}
        to={filter.to}
        onRangeChange={setRange}
        title={t('timeline.chartTitle')}
        description={t('timeline.description', { count: items.length, inRange, filter: subtitle })}
        locale={locale}
      />
    </Panel>
  );
}

/** The timeline in words: how many events, from when to when, and how many are in the selected dates. */
export function timelineSummary(items: readonly TimelineItem[], locale: Locale): string {
  if (!items.length) return locale.t('timeline.summaryNone');
  return locale.t('timeline.summary', {
    count: items.length,
    first: items[0]!.dateText,
    last: items.at(-1)!.dateText,
    inRange: items.filter((i) => i.inRange).length,
  });
}
