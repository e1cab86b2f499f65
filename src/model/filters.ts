/**
 * The shared filter and the rules every view applies with it: a record is shown when it involves a selected
 * company (or one of its teams or labs) and its dates overlap the selected range.
 */
import type { Figure, Move, TalentEvent, When } from '../data/schema';
import { intervalOf, lastDay, firstDay, overlaps, type DayInterval } from './dates';
import type { OrgIndex } from './orgIndex';

/** The filter all panels share: selected organisation ids (empty = all) and a month range (`YYYY-MM`, inclusive). */
export interface Filter {
  companies: readonly string[];
  from: string | null;
  to: string | null;
}

/** The filter that shows everything. */
export const NO_FILTER: Filter = { companies: [], from: null, to: null };

/** The selected range as days, or null when no range is set. An open end reaches to the edge of time. */
export function rangeOf(filter: Filter): DayInterval | null {
  if (!filter.from && !filter.to) return null;
  return {
    start: filter.from ? firstDay(filter.from) : '0000-01-01',
    end: filter.to ? lastDay(filter.to) : '9999-12-31',
  };
}

function inRange(when: When | undefined, range: DayInterval | null): boolean {
  if (!range) return true;
  // A record the article does not date cannot be placed in a range, so a range hides it.
  return when !== undefined && overlaps(intervalOf(when), range);
}

function involves(
  orgIds: readonly (string | null)[],
  selection: ReadonlySet<string>,
  orgs: OrgIndex,
): boolean {
  if (selection.size === 0) return true;
  return orgIds.some((id) => id !== null && orgs.within(id, selection));
}

/** Moves from or to a selected company, dated within the range. Undated moves are kept only without a range. */
export function filterMoves(moves: readonly Move[], filter: Filter, orgs: OrgIndex): Move[] {
  const selection = new Set(filter.companies);
  const range = rangeOf(filter);
  return moves.filter((m) => involves([m.from, m.to], selection, orgs) && inRange(m.when, range));
}

/**
 * Figures about a selected company (as subject or related organisation), dated within the range. Like moves,
 * undated figures are kept only without a range.
 */
export function filterFigures(figures: readonly Figure[], filter: Filter, orgs: OrgIndex): Figure[] {
  const selection = new Set(filter.companies);
  const range = rangeOf(filter);
  return figures.filter(
    (f) => involves([f.subject ?? null, ...(f.related ?? [])], selection, orgs) && inRange(f.when, range),
  );
}

/** Events involving a selected company. The date range is not applied: a chart of events shows it instead (dimming). */
export function filterEvents(events: readonly TalentEvent[], filter: Filter, orgs: OrgIndex): TalentEvent[] {
  const selection = new Set(filter.companies);
  return events.filter((e) => involves(e.orgs, selection, orgs));
}

/** True when an event overlaps the filter's date range (always, without a range). */
export function eventInRange(event: TalentEvent, filter: Filter): boolean {
  return inRange(event.when, rangeOf(filter));
}
