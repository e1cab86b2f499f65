/**
 * Dates show the same day in every time zone. `npm run test:unit` runs the whole suite three times, under
 * TZ=UTC, TZ=America/Los_Angeles and TZ=Asia/Tokyo; these tests hold the days and months at the edges, where a
 * local-time slip would show (midnight on the 1st of a month, New Year).
 */
import { describe, expect, it } from 'vitest';
import { layoutTimeline, monthsFromPixels, pixelsFromMonths } from '../charts/timeline/layout';
import { createLocale } from '../i18n/locale';
import { eventInRange } from './filters';
import { intervalOf, lastDay, monthOf, utcDate } from './dates';
import { testTimelineItem } from '../test/fixtures';

const OFFSETS: Record<string, number> = { UTC: 0, 'America/Los_Angeles': 480, 'Asia/Tokyo': -540 };

describe(`in time zone ${process.env.TZ ?? '(machine default)'}`, () => {
  it('runs in the zone it was asked to (so the three runs really differ)', () => {
    const zone = process.env.TZ;
    if (zone && zone in OFFSETS)
      expect(new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset()).toBe(OFFSETS[zone]);
  });

  it('formats the first and last days of a year as those days', () => {
    const en = createLocale('en');
    const zh = createLocale('zh-Hant');
    expect(en.fmt.isoDate('2024-01-01')).toBe('1 Jan 2024');
    expect(en.fmt.isoDate('2023-12-31')).toBe('31 Dec 2023');
    expect(en.fmt.isoDate('2023-10')).toBe('Oct 2023');
    expect(en.fmt.isoDate('2015')).toBe('2015');
    expect(zh.fmt.isoDate('2024-01-01')).toBe('2024年1月1日');
    expect(en.fmt.monthTick(utcDate('2024-01-01'), true)).toBe('Jan 2024');
    expect(en.fmt.yearTick(utcDate('2024-01-01'))).toBe('2024');
  });

  it('keeps month-precision dates in their month', () => {
    expect(intervalOf({ date: '2024-02', precision: 'month' })).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(lastDay('2023')).toBe('2023-12-31');
    expect(monthOf(utcDate('2024-01-01'))).toBe('2024-01');
    const event = { when: { date: '2024-01-01', precision: 'day' } } as Parameters<typeof eventInRange>[0];
    expect(eventInRange(event, { companies: [], from: '2024-01', to: '2024-01' })).toBe(true);
    expect(eventInRange(event, { companies: [], from: '2023-12', to: '2023-12' })).toBe(false);
  });

  it('places a New Year event on New Year, and a brush over its month reads back that month', () => {
    const item = testTimelineItem;
    const geometry = layoutTimeline([item('e', '2024-01-01'), item('f', '2023-06-15')], { width: 900 });
    const placed = geometry.items.find((i) => i.id === 'e')!;
    expect(placed.x0).toBeCloseTo(geometry.scale(new Date(Date.UTC(2024, 0, 1))), 1);
    expect(
      geometry
        .invert(placed.x0 + 0.01)
        .toISOString()
        .slice(0, 10),
    ).toBe('2024-01-01');
    const span = pixelsFromMonths(geometry, '2024-01', '2024-01')!;
    expect(monthsFromPixels(geometry, span[0], span[1])).toEqual(['2024-01', '2024-01']);
  });
});
