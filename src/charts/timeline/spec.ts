/**
 * "Timeline": the article's events from 1872 to 2024 — who left, what was published, what changed in law — each
 * as the span of days its date covers at its precision, with long empty stretches cut out of the axis. Dragging
 * along the axis sets the date range every panel uses. Events come from `data/events.json`.
 */
import type { ChartSpec } from '../spec';
import { theme } from '../shared/theme';
import { layoutTimeline, type TimelineGeometry } from './layout';
import { TimelineBrush, timelineFocusOrder, TimelineMarks, TimelineTooltip } from './Marks';
import { timelineMeta } from './meta';
import { prepareTimelineChart, type TimelineChartModel } from './prepare';
import { timelineSummary, timelineTable } from './table';

const item = (geometry: TimelineGeometry, id: string | null) => geometry.items.find((i) => i.id === id);

/** The timeline; see the module comment. */
export const timelineSpec: ChartSpec<
  TimelineChartModel,
  TimelineGeometry,
  'organizations' | 'people' | 'events',
  'article' | 'sources' | 'moves',
  Record<never, never>
> = {
  ...timelineMeta,
  // As tall as its lanes of labels need.
  height: () => 0,
  inWorker: () => false,
  prepare: prepareTimelineChart,
  // In presentation mode the panel's height is fixed: the lanes tighten to fit rather than the text shrink.
  layout: (model, { width, height, fit, measure, locale }) =>
    layoutTimeline(model.marks, { width, fitHeight: fit ? height : undefined, measure, locale }),
  isEmpty: (model) => model.items.length === 0,
  Marks: TimelineMarks,
  describe: (model, locale) => timelineSummary(model.items, locale),
  text: (model, _view, { locale, filterText }) => ({
    title: locale.t('timeline.title'),
    chartTitle: locale.t('timeline.chartTitle'),
    subtitle: filterText,
    description: locale.t('timeline.description', {
      count: model.items.length,
      inRange: model.items.filter((i) => i.inRange).length,
      filter: filterText,
    }),
    fileBase: 'timeline',
  }),
  credit: (model) => ({ sources: model.sources, notes: [] }),
  liveNoteKey: 'timeline.brushHint',
  table: (model) => timelineTable(model.items),
  focusOrder: timelineFocusOrder,
  keysHintKey: 'timeline.keysHint',
  // The date range from the keyboard: the focused event's first month starts it, its last month ends it.
  onKey({ key, focused, geometry, view }) {
    if (key === 'Delete' || key === 'Backspace')
      return view.from === null && view.to === null ? null : { from: null, to: null };
    const event = item(geometry, focused);
    if (!event) return null;
    if (key === '[') return { from: event.start.slice(0, 7) };
    if (key === ']') return { to: event.end.slice(0, 7) };
    return null;
  },
  markName: (geometry, id) => item(geometry, id)?.name ?? id,
  companyOf: (geometry, id) => item(geometry, id)?.company ?? null,
  activate: (geometry, id) => item(geometry, id)?.company ?? null,
  anchor(geometry, id) {
    const event = item(geometry, id);
    return event ? { x: (event.x0 + event.x1) / 2, y: event.y + event.markDy } : null;
  },
  obstacles(geometry, measure) {
    const size = theme.fontSize;
    return geometry.items.flatMap((item) => {
      const width = measure(item.label.text, size);
      const x = item.label.anchor === 'start' ? item.label.x : item.label.x - width;
      return [
        { x: item.x0, y: item.y + item.markDy - 4, width: Math.max(2, item.x1 - item.x0), height: 8 },
        { x, y: item.y + item.label.dy - size * 0.7, width, height: size * 1.4 },
      ];
    });
  },
  Tooltip: TimelineTooltip,
  Behaviour: TimelineBrush,
};
