/**
 * Timeline stage 1 — events → items (no pixels): each event as the interval of days its date covers at its
 * precision (a month-precision event spans its month), earliest first.
 */
import type { Person, Source, TalentEvent } from '../../data/schema';
import { personName } from '../sankey/prepare';
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
