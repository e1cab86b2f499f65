import { monthSpan } from './dates';
import { describe, expect, it } from 'vitest';
import { testMove, testOrgs } from '../test/fixtures';
import { intervalOf, lastDay } from './dates';
import { filterMoves, passingMoves, rangeOf, type Filter } from './filters';
import { buildOrgIndex } from './orgIndex';

const orgs = buildOrgIndex(testOrgs);
const moves = [
  testMove('team-to-beta', 'alpha-team', 'beta', { when: { date: '2023-10', precision: 'month' } }),
  testMove('beta-to-gamma', 'beta', 'gamma', { when: { date: '2015', precision: 'year' } }),
  testMove('gamma-to-unknown', 'gamma', null),
  testMove('since-oct', 'gamma', 'beta', {
    when: { date: '2023-10', precision: 'month', through: '2024-01' },
  }),
];

describe('dates at a precision', () => {
  it('covers the whole year or month', () => {
    expect(intervalOf({ date: '2015', precision: 'year' })).toEqual({
      start: '2015-01-01',
      end: '2015-12-31',
    });
    expect(intervalOf({ date: '2024-02', precision: 'month' })).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(intervalOf({ date: '2023-10', precision: 'month', through: '2024-01' })).toEqual({
      start: '2023-10-01',
      end: '2024-01-31',
    });
    expect(lastDay('2023-02')).toBe('2023-02-28');
  });
});

describe('org index', () => {
  it('finds the company of a team two levels down, and filters include teams of a company', () => {
    expect(orgs.companyOf('alpha-team')).toBe('alpha');
    expect(orgs.within('alpha-team', new Set(['alpha']))).toBe(true);
    expect(orgs.within('alpha', new Set(['alpha-team']))).toBe(false);
    expect(orgs.name('unknown-id')).toBe('unknown-id');
  });
});

describe('filterMoves', () => {
  const ids = (filter: Parameters<typeof filterMoves>[1]) =>
    filterMoves(moves, filter, orgs).map((m) => m.id);

  it('keeps everything without a filter', () =>
    expect(ids({ companies: [], from: null, to: null })).toHaveLength(4));

  it('includes a company’s teams and labs', () => {
    expect(ids({ companies: ['alpha'], from: null, to: null })).toEqual(['team-to-beta']);
  });

  it('matches either end of a move', () => {
    expect(ids({ companies: ['gamma'], from: null, to: null })).toEqual([
      'beta-to-gamma',
      'gamma-to-unknown',
      'since-oct',
    ]);
  });

  it('keeps moves whose dates overlap the range and hides undated ones', () => {
    expect(ids({ companies: [], from: '2023-11', to: '2023-12' })).toEqual(['since-oct']);
    expect(ids({ companies: [], from: '2015-06', to: '2015-06' })).toEqual(['beta-to-gamma']);
    expect(ids({ companies: [], from: null, to: '2016-01' })).toEqual(['beta-to-gamma']);
  });

  it('reads an open-ended range', () => {
    expect(rangeOf({ companies: [], from: '2023-01', to: null })).toEqual({
      start: '2023-01-01',
      end: '9999-12-31',
    });
    expect(rangeOf({ companies: [], from: null, to: null })).toBeNull();
  });
});

describe('monthSpan', () => {
  it('covers the first to the last month of the dated records, intervals to their end', () => {
    expect(
      monthSpan([
        { date: '2023-10', precision: 'month', through: '2024-01' },
        undefined,
        { date: '1872', precision: 'year' },
        { date: '2024-01-23', precision: 'day' },
      ]),
    ).toEqual({ first: '1872-01', last: '2024-01' });
    expect(monthSpan([undefined])).toBeNull();
  });
});

describe('passingMoves on the article and generated data', () => {
  it('passes exactly the moves the filter rule names, and counts the undated ones a range hides', async () => {
    const { loadDataFiles } = await import('../test/fixtures');
    const { generateDataset } = await import('../data/synthetic');
    const article = loadDataFiles();
    const generated = generateDataset({ orgs: 60, links: 800, seed: 9 });
    for (const files of [article, generated]) {
      const index = buildOrgIndex(files.organizations);
      const ids = files.organizations.map((o) => o.id);
      // The rule, written out plainly: a selected company (or its team) at either end, dates overlapping.
      const rule = (m: (typeof files.moves)[number], filter: Filter) => {
        const selection = new Set(filter.companies);
        const touches =
          selection.size === 0 ||
          [m.from, m.to].some((id) => id !== null && index.lineage(id).some((a) => selection.has(a)));
        const range = rangeOf(filter);
        const dated =
          !range ||
          (m.when !== undefined &&
            intervalOf(m.when).start <= range.end &&
            range.start <= intervalOf(m.when).end);
        return { touches, pass: touches && dated };
      };
      const filters: Filter[] = [
        { companies: [], from: null, to: null },
        { companies: [], from: '2023-01', to: null },
        { companies: ids.slice(0, 1), from: null, to: '2022-12' },
        { companies: ids.slice(1, 4), from: '2016-01', to: '2023-06' },
        { companies: ids.slice(-2), from: null, to: null },
      ];
      for (const filter of filters) {
        const { pass, undatedHidden } = passingMoves(files.moves, filter, index);
        const expected = files.moves.map((m) => rule(m, filter));
        expect([...pass].map(Boolean)).toEqual(expected.map((e) => e.pass));
        const range = rangeOf(filter);
        expect(undatedHidden).toBe(
          range ? files.moves.filter((m, i) => expected[i]!.touches && !m.when).length : 0,
        );
      }
    }
  });
});
