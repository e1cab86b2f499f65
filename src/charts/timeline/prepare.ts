/**
 * Timeline stage 1 — events → items (no pixels): each event as the interval of days its date covers at its
 * precision (a month-precision event spans its month), earliest first.
 */
import { group } from 'd3-array';
import './messages';
import type { Person, Source, TalentEvent } from '../../data/schema';
import { eventInRange, filterEvents } from '../../model/filters';
import type { ChartView, PrepareContext } from '../spec';
import { personName } from '../../model/people';
import { intervalOf } from '../../model/dates';
import type { OrgIndex } from '../../model/orgIndex';
import { EN, localName, type Locale } from '../../i18n/locale';

/** One event on the timeline. `start`/`end` are ISO days, inclusive. */
export interface TimelineItem {
  id: string;
  title: string;
  start: string;
  end: string;
  /** The date as the article gives it: "Oct 2023", "2015", "Oct 2023 – Jan 2024". */
  dateText: string;
  /** Accessible name, "Date: what happened". */
  name: string;
  /** Company of the first organisation involved, for colour and highlighting; null for none. */
  company: string | null;
  /** Every company involved, for highlighting. */
  companies: string[];
  /** False when a date range is set and the event falls outside it. */
  inRange: boolean;
  detail: { people: string[]; sources: string[]; lines: number[]; note: string };
}

/** Lookups the timeline needs. */
export interface TimelineContext {
  orgs: OrgIndex;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  /** Whether an event is inside the selected date range. */
  inRange: (event: TalentEvent) => boolean;
  /** The reader's language (English by default). */
  locale?: Locale;
}

/** Builds timeline items, sorted by start date then id. */
export function prepareTimeline(events: readonly TalentEvent[], ctx: TimelineContext): TimelineItem[] {
  const locale = ctx.locale ?? EN;
  return events
    .map((event): TimelineItem => {
      const { start, end } = intervalOf(event.when);
      const companies = [...new Set(event.orgs.map((o) => ctx.orgs.companyOf(o)))];
      const dateText = locale.fmt.when(event.when);
      // The Chinese title where the data has one (titles are our words, not the article's).
      const title = locale.lang === 'zh-Hant' && event.titleZh ? event.titleZh : event.title;
      return {
        id: event.id,
        title,
        start,
        end,
        dateText,
        name: `${dateText}: ${title}`,
        company: companies[0] ?? null,
        companies,
        inRange: ctx.inRange(event),
        detail: {
          people: event.people.map((p) => personName(ctx.people.get(p), p, locale.lang)),
          sources: event.provenance.sources.map((s) => localName(ctx.sources.get(s), locale.lang, s)),
          lines: event.provenance.lines,
          note: event.provenance.note,
        },
      };
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

/** Events the timeline draws one by one; past this, events close in time are drawn as clusters. */
export const CLUSTER_ABOVE = 60;

/**
 * Merges events that fall in the same month (or, if that still leaves too many, quarter, then year) into one
 * cluster item — "12 events", spanning the period, its tooltip listing them — so a dense timeline stays
 * readable. A period with a single event keeps that event as it is. Unchanged at or below `maxItems`.
 */
export function clusterTimeline(
  items: readonly TimelineItem[],
  maxItems = CLUSTER_ABOVE,
  locale: Locale = EN,
): TimelineItem[] {
  if (items.length <= maxItems) return [...items];
  const periods: ((day: string) => string)[] = [
    (day) => day.slice(0, 7),
    (day) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`,
    (day) => day.slice(0, 4),
  ];
  let clustered: TimelineItem[] = [...items];
  for (const period of periods) {
    const groups = group(items, (item) => period(item.start));
    clustered = [...groups.entries()].map(([key, group]) =>
      group.length === 1 ? group[0]! : cluster(key, group, locale),
    );
    if (clustered.length <= maxItems) break;
  }
  return clustered.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

function cluster(key: string, group: readonly TimelineItem[], locale: Locale): TimelineItem {
  const start = group.reduce((m, i) => (i.start < m ? i.start : m), group[0]!.start);
  const end = group.reduce((m, i) => (i.end > m ? i.end : m), group[0]!.end);
  const companies = [...new Set(group.flatMap((i) => i.companies))];
  const title = locale.t('timeline.cluster', { count: group.length });
  const dateText =
    start === end ? group[0]!.dateText : `${locale.fmt.isoDate(start)} – ${locale.fmt.isoDate(end)}`;
  const titles = group.map((i) => i.title).join('; ');
  return {
    id: `cluster-${key}`,
    title,
    start,
    end,
    dateText,
    name: `${dateText}: ${title}: ${titles}`,
    // One colour only when every event is about the same company.
    company: companies.length === 1 ? companies[0]! : null,
    companies,
    inRange: group.some((i) => i.inRange),
    detail: {
      people: [...new Set(group.flatMap((i) => i.detail.people))],
      sources: [...new Set(group.flatMap((i) => i.detail.sources))],
      lines: [...new Set(group.flatMap((i) => i.detail.lines))].sort((a, b) => a - b),
      note: titles.length > 200 ? `${titles.slice(0, 199)}…` : titles,
    },
  };
}

/** What the timeline draws: its events, and the marks it places (events close in time as clusters, when dense). */
export interface TimelineChartModel {
  /** Every event under the filter, earliest first (the table and the summary list them one by one). */
  items: TimelineItem[];
  /** What is drawn: `items`, or clusters of them past {@link CLUSTER_ABOVE}. */
  marks: TimelineItem[];
  /** Sources of the events shown (ids), for the credit line. */
  sources: string[];
}

/**
 * The timeline's data side: the events involving the filter's companies, each marked in or out of its date range
 * (the range dims events rather than hiding them), clustered when there are too many to label.
 */
export function prepareTimelineChart(
  data: { events: readonly TalentEvent[] },
  view: ChartView,
  { lookups, locale }: PrepareContext,
): TimelineChartModel {
  const events = filterEvents(data.events, view, lookups.orgs);
  const items = prepareTimeline(events, { ...lookups, inRange: (e) => eventInRange(e, view), locale });
  return {
    items,
    marks: clusterTimeline(items, CLUSTER_ABOVE, locale),
    sources: [...new Set(events.flatMap((e) => e.provenance.sources))],
  };
}
