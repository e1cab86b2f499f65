/**
 * Dates at a precision, as intervals of whole days in UTC, so a month-precision date covers its month and
 * nothing shifts with the viewer's time zone.
 */
import type { Precision, When } from '../data/schema';

/** A closed interval of days, as ISO `YYYY-MM-DD` strings (they sort like the dates they name). */
export interface DayInterval {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of a month, 28–31. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day covered by an ISO date at its precision: `2023` → `2023-01-01`, `2023-10` → `2023-10-01`. */
export function firstDay(iso: string): string {
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Last day covered by an ISO date at its precision: `2023` → `2023-12-31`, `2023-02` → `2023-02-28`. */
export function lastDay(iso: string): string {
  const parts = iso.split('-').map(Number) as [number, number?, number?];
  const [y, m = 12] = parts;
  const d = parts[2] ?? daysInMonth(y, m);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The days a {@link When} covers: its date (to the end of its precision) through `through`, if any. */
export function intervalOf(when: When): DayInterval {
  return { start: firstDay(when.date), end: lastDay(when.through ?? when.date) };
}

/** True when two day intervals share at least one day. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** A day as a UTC `Date` at midnight (for d3 time scales, which we always use in UTC). */
export function utcDate(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The day after an ISO day, as a UTC `Date`: the exclusive end of an interval on a time axis. */
export function dayAfter(isoDay: string): Date {
  const date = utcDate(isoDay);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** A UTC `Date` as its month, `YYYY-MM`. */
export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}

/** The precision's name for an ISO string's shape (`2023` → year). */
export function precisionOf(iso: string): Precision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** The months the dated records cover, first to last (`YYYY-MM`); null when none is dated. */
export function monthSpan(whens: readonly (When | undefined)[]): { first: string; last: string } | null {
  // 100,000 moves have a few hundred distinct dates: each is turned into days once.
  const starts = new Set<string>();
  const ends = new Set<string>();
  for (const when of whens) {
    if (!when) continue;
    starts.add(when.date);
    ends.add(when.through ?? when.date);
  }
  if (!starts.size) return null;
  let first = '9999-12-31';
  let last = '0000-01-01';
  for (const date of starts) if (firstDay(date) < first) first = firstDay(date);
  for (const date of ends) if (lastDay(date) > last) last = lastDay(date);
  return { first: first.slice(0, 7), last: last.slice(0, 7) };
}
