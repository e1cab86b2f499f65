/**
 * The timeline's data as a table — one row per event, its dates (ISO 8601, first and last day covered), what
 * happened and its provenance — and the timeline in words.
 */
import { EN, type Locale } from '../../i18n/locale';
import { joinedCell, linesCell, type Table } from '../shared/table';
import type { TimelineItem } from './prepare';

/** One row per timeline event. */
export function timelineTable(items: readonly TimelineItem[]): Table {
  return {
    columns: [
      'date',
      'start',
      'end',
      'event',
      'companies',
      'people',
      'in_date_range',
      'article_lines',
      'sources',
      'note',
    ],
    rows: items.map((item) => [
      item.dateText,
      item.start,
      item.end,
      item.title,
      item.companies.join('; '),
      item.detail.people.join('; '),
      item.inRange ? 'yes' : 'no',
      linesCell(item.detail.lines),
      joinedCell(item.detail.sources),
      item.detail.note,
    ]),
  };
}

/** The timeline in words: how many events, from when to when, and how many are in the selected dates. */
export function timelineSummary(items: readonly TimelineItem[], locale: Locale = EN): string {
  if (!items.length) return locale.t('timeline.summaryNone');
  return locale.t('timeline.summary', {
    count: items.length,
    first: items[0]!.dateText,
    last: items.at(-1)!.dateText,
    inRange: items.filter((i) => i.inRange).length,
  });
}
