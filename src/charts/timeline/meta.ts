/**
 * The timeline as the page knows it before its code loads (see {@link ChartMeta}): its heading and files; it has
 * no options of its own (its brush sets the shared date range).
 */
import type { ChartMeta } from '../spec';
import './messages';

/** The timeline's meta; see the module comment. */
export const timelineMeta = {
  id: 'timeline',
  titleKey: 'timeline.title',
  // The credit line and source names are extras: the timeline draws without them. Moves rank the companies for
  // their colours, so an event is coloured as its company is in the other charts.
  files: { required: ['organizations', 'people', 'events'], optional: ['article', 'sources', 'moves'] },
  // A dataset of one's own has no events: no empty panel (the filter bar still sets the date range).
  available: (data) => data.events.length > 0,
  options: {},
  wide: true,
} as const satisfies ChartMeta<
  'organizations' | 'people' | 'events',
  'article' | 'sources' | 'moves',
  Record<never, never>
>;
