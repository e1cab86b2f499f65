import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../model/orgIndex';
import { loadDataFiles, testTimelineItem } from '../../test/fixtures';
import { estimateTextWidth } from '../shared/measure';
import { theme } from '../shared/theme';
import { layoutTimeline, monthsFromPixels, pixelsFromMonths, type TimelineGeometry } from './layout';
import { clusterTimeline, prepareTimeline } from './prepare';

const files = loadDataFiles();
const items = prepareTimeline(files.events, {
  orgs: buildOrgIndex(files.organizations),
  people: new Map(files.people.map((p) => [p.id, p])),
  sources: new Map(files.sources.map((s) => [s.id, s])),
  inRange: () => true,
});

/** The horizontal extent of each item's mark and label. */
function boxes(g: TimelineGeometry) {
  return g.items.map((item) => {
    const w = estimateTextWidth(item.label.text, theme.fontSize);
    const [l0, l1] =
      item.label.anchor === 'start' ? [item.label.x, item.label.x + w] : [item.label.x - w, item.label.x];
    return { item, left: Math.min(item.x0 - 4, l0), right: Math.max(item.x1 + 4, l1) };
  });
}

describe('prepareTimeline', () => {
  it('orders every event earliest first, at its precision', () => {
    expect(items).toHaveLength(files.events.length);
    expect(items.map((i) => i.start)).toEqual([...items.map((i) => i.start)].sort());
    const brown = items.find((i) => i.id === 'noam-brown-joins-openai')!;
    expect(brown).toMatchObject({ start: '2023-07-01', end: '2023-07-31', dateText: 'Jul 2023' });
    expect(brown.name).toBe('Jul 2023: Noam Brown leaves FAIR for OpenAI');
    expect(items[0]).toMatchObject({ dateText: '1872', start: '1872-01-01', end: '1872-12-31' });
  });
});

describe('layoutTimeline', () => {
  it.each([1400, 900, 480])(
    'places every event with no overlapping labels in a lane, inside %dpx',
    (width) => {
      const g = layoutTimeline(items, { width });
      expect(g.items).toHaveLength(items.length);
      const all = boxes(g);
      for (const box of all) {
        expect(Number.isFinite(box.item.x0) && Number.isFinite(box.item.y)).toBe(true);
        expect(box.left).toBeGreaterThanOrEqual(-1);
        expect(box.right).toBeLessThanOrEqual(width + 1);
      }
      for (const a of all) {
        for (const b of all) {
          if (a !== b && a.item.lane === b.item.lane)
            expect(a.right <= b.left || b.right <= a.left).toBe(true);
        }
      }
    },
  );

  it.each([1400, 700, 480, 360])('shortens no title that fits the chart’s %dpx width', (width) => {
    const g = layoutTimeline(items, { width });
    for (const item of g.items) {
      if (estimateTextWidth(item.title, theme.fontSize) <= width - 4)
        expect(item.label.text, item.id).toBe(item.title);
      else expect(item.label.text.endsWith('…'), item.id).toBe(true);
    }
  });

  it('cuts the empty century out of the axis and keeps time running left to right', () => {
    const g = layoutTimeline(items, { width: 1200 });
    expect(g.breaks.length).toBeGreaterThanOrEqual(1);
    const x = (id: string) => g.items.find((i) => i.id === id)!.x0;
    expect(x('california-bans-non-competes')).toBeLessThan(x('sutskever-joins-google-brain'));
    expect(x('sutskever-joins-google-brain')).toBeLessThan(x('noam-brown-joins-openai'));
    // 2013–2024 gets nearly all of the width, not 1/14 of it.
    expect(x('article-published') - x('sutskever-joins-google-brain')).toBeGreaterThan(800);
  });

  it('spans a month-precision event across its month', () => {
    const g = layoutTimeline(items, { width: 1200 });
    const brown = g.items.find((i) => i.id === 'noam-brown-joins-openai')!;
    const july = g.scale(new Date(Date.UTC(2023, 6, 1)));
    const august = g.scale(new Date(Date.UTC(2023, 7, 1)));
    expect(brown.x0).toBeCloseTo(july, 1);
    expect(brown.x1).toBeCloseTo(august, 1);
  });

  it('snaps brushed pixels to whole months and back', () => {
    const g = layoutTimeline(items, { width: 1200 });
    const [p0, p1] = pixelsFromMonths(g, '2023-01', '2024-02')!;
    expect(monthsFromPixels(g, p0, p1)).toEqual(['2023-01', '2024-02']);
    expect(monthsFromPixels(g, p0 + 3, p1 - 3)).toEqual(['2023-01', '2024-02']);
    expect(pixelsFromMonths(g, null, null)).toBeNull();
  });

  it('tightens its lanes to fit a fixed height, never below 15 px', () => {
    const loose = layoutTimeline(items, { width: 600 });
    const tight = layoutTimeline(items, { width: 600, fitHeight: loose.height - 60 });
    expect(tight.height).toBeLessThanOrEqual(loose.height - 60);
    const lanes = Math.max(...tight.items.map((i) => i.lane)) + 1;
    const laneGap = (a: number, b: number) =>
      Math.abs(tight.items.find((i) => i.lane === a)!.y - tight.items.find((i) => i.lane === b)!.y);
    if (lanes > 1) expect(laneGap(0, 1)).toBeGreaterThanOrEqual(15);
    expect(
      layoutTimeline(items, { width: 600, fitHeight: 10 }).items.every((i) => Number.isFinite(i.y)),
    ).toBe(true);
  });

  it('is empty for no events', () => expect(layoutTimeline([], { width: 800 }).items).toEqual([]));
});

describe('timeline ticks', () => {
  it('label a narrow stretch by its year and a short range by months', () => {
    const g = layoutTimeline(items, { width: 1200 });
    expect(g.ticks[0]!.text).toBe('1872');
    const recent = items.filter((i) => i.start >= '2023-01-01');
    const months = layoutTimeline(recent, { width: 900 }).ticks.map((t) => t.text);
    expect(months.some((t) => /^[A-Z][a-z]{2}$/.test(t))).toBe(true);
    expect(months.some((t) => /^Jan 2024$/.test(t))).toBe(true);
  });

  it('anchors tick labels inward at the edges, so none is cut off', () => {
    const recent = items.filter((i) => i.id.startsWith('gemini'));
    for (const width of [300, 480, 900]) {
      const g = layoutTimeline(recent, { width });
      for (const t of g.ticks) {
        const w = estimateTextWidth(t.text, theme.fontSize);
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        expect(left).toBeGreaterThanOrEqual(-0.5);
        expect(left + w).toBeLessThanOrEqual(width + 0.5);
      }
    }
  });

  it('puts a label over a wide span when it fits neither side', () => {
    const recent = items.filter((i) => i.id === 'openai-hiring-window-starts');
    const g = layoutTimeline(recent, { width: 500 });
    expect(g.items[0]!.label).toMatchObject({ dy: -4, anchor: 'start', text: recent[0]!.title });
  });
});

describe('clusterTimeline', () => {
  const item = (id: string, day: string, company: string) =>
    testTimelineItem(id, day, {
      title: `Event ${id}`,
      company,
      companies: [company],
      detail: { people: [], sources: ['s'], lines: [Number(id.slice(1))], note: '' },
    });
  // 90 events: three a month through 2023–2025 (36 months × … capped at 90).
  const many = Array.from({ length: 90 }, (_, i) =>
    item(
      `e${i}`,
      `${2023 + Math.floor(i / 36)}-${String((Math.floor(i / 3) % 12) + 1).padStart(2, '0')}-0${(i % 3) + 1}`,
      i % 2 ? 'a' : 'b',
    ),
  );

  it('leaves a timeline at or under the limit alone', () => {
    expect(clusterTimeline(many.slice(0, 60))).toEqual(many.slice(0, 60));
  });

  it('merges the events of a month into one mark that keeps their count, span, companies and sources', () => {
    const marks = clusterTimeline(many, 60);
    expect(marks.length).toBeLessThanOrEqual(60);
    const first = marks[0]!;
    expect(first).toMatchObject({
      id: 'cluster-2023-01',
      title: '3 events',
      start: '2023-01-01',
      end: '2023-01-03',
      company: null,
    });
    expect(first.companies.sort()).toEqual(['a', 'b']);
    expect(first.detail.lines).toEqual([0, 1, 2]);
    expect(first.detail.note).toBe('Event e0; Event e1; Event e2');
    // No event is lost: the clusters' counts add up.
    const count = marks.reduce(
      (n, m) => n + (m.id.startsWith('cluster-') ? Number(m.title.split(' ')[0]) : 1),
      0,
    );
    expect(count).toBe(90);
  });

  it('widens the period to quarters, then years, until the limit holds', () => {
    expect(clusterTimeline(many, 12).map((m) => m.id)[0]).toBe('cluster-2023-Q1');
    expect(clusterTimeline(many, 3).map((m) => m.id)).toEqual([
      'cluster-2023',
      'cluster-2024',
      'cluster-2025',
    ]);
  });
});

describe('month ticks', () => {
  it('name the year on the first tick of each new year, even when January falls between ticks', () => {
    const item = testTimelineItem;
    const geometry = layoutTimeline(
      [item('a', '2016-03-01'), item('b', '2021-06-01'), item('c', '2022-11-01'), item('d', '2023-10-01')],
      { width: 1300 },
    );
    const texts = geometry.ticks.map((t) => t.text);
    // At this width ticks fall every two months (Dec, Feb…): every year they pass through is still named.
    for (const year of ['2021', '2022', '2023'])
      expect(
        texts.some((t) => t.includes(year)),
        texts.join(' '),
      ).toBe(true);
  });
});
