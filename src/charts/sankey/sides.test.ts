import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../data/synthetic';
import type { Move, Organization } from '../../data/schema';
import { EN } from '../../i18n/locale';
import { filterMoves, type Filter } from '../../model/filters';
import { buildOrgIndex } from '../../model/orgIndex';
import { loadDataFiles } from '../../test/fixtures';
import { autoLimit, describeLinks, groupOther, prepareSankey, type SankeyContext } from './prepare';
import { prepareSides } from './sides';

const files = loadDataFiles();

/** The Sankey side by side built from scratch, move by move: the definition the incremental path must meet. */
function fromScratch(
  moves: readonly Move[],
  filter: Filter,
  context: SankeyContext,
  detail: 'companies' | 'teams',
  top: number | null,
) {
  const shown = filterMoves(moves, filter, context.orgs);
  const ungrouped = prepareSankey(shown, context, detail, false);
  const perSide = Math.max(
    ...['from', 'to'].map((side) => ungrouped.nodes.filter((n) => n.side === side).length),
  );
  const grouped = describeLinks(
    groupOther(ungrouped, autoLimit(top, perSide), new Set(filter.companies), context.locale),
    context,
  );
  grouped.links.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const undatedHidden =
    filter.from || filter.to
      ? filterMoves(moves, { ...filter, from: null, to: null }, context.orgs).filter((m) => !m.when).length
      : 0;
  return { model: grouped, perSide, shown, undatedHidden };
}

function contextOf(organizations: readonly Organization[]): SankeyContext {
  return {
    orgs: buildOrgIndex(organizations),
    people: new Map(files.people.map((p) => [p.id, p])),
    sources: new Map(files.sources.map((s) => [s.id, s])),
    figures: new Map(files.figures.map((f) => [f.id, f])),
    locale: EN,
  };
}

describe('the incremental side-by-side Sankey', () => {
  it("equals the one built from scratch for the article's data, under every company, range, grouping and limit", () => {
    const context = contextOf(files.organizations);
    const companies = files.organizations.filter((o) => !o.parent).map((o) => o.id);
    const teams = files.organizations.filter((o) => o.parent).map((o) => o.id);
    const filters: Filter[] = [
      { companies: [], from: null, to: null },
      { companies: [], from: '2023-01', to: null },
      { companies: [], from: null, to: '2021-12' },
      { companies: [], from: '2023-06', to: '2023-12' },
      ...companies.map((c) => ({ companies: [c], from: null, to: null })),
      ...companies.map((c) => ({ companies: [c], from: '2022-01', to: '2023-12' })),
      ...teams.map((c) => ({ companies: [c], from: null, to: null })),
      { companies: ['google', 'meta'], from: null, to: null },
      { companies: ['openai', 'anthropic', 'mistral'], from: '2023-01', to: null },
    ];
    let compared = 0;
    for (const filter of filters)
      for (const detail of ['companies', 'teams'] as const)
        for (const top of [null, 0, 2, 5]) {
          const fast = prepareSides(files.moves, filter, context, detail, top);
          const slow = fromScratch(files.moves, filter, context, detail, top);
          expect(fast.model).toEqual(slow.model);
          expect([fast.perSide, fast.undatedHidden]).toEqual([slow.perSide, slow.undatedHidden]);
          expect(fast.shown).toEqual(slow.shown);
          compared++;
        }
    expect(compared).toBeGreaterThan(100);
  });

  it('equals the one built from scratch for 5,000 generated moves, "Other" and sampled moves included', () => {
    const data = generateDataset({ orgs: 300, links: 5000, seed: 3 });
    const context = contextOf(data.organizations);
    const big = data.moves[0]!.from;
    for (const filter of [
      { companies: [], from: null, to: null },
      { companies: [big], from: null, to: null },
      { companies: [], from: '2018-01', to: '2020-06' },
      { companies: [big, data.moves[10]!.to!], from: '2016-01', to: null },
    ] satisfies Filter[]) {
      const fast = prepareSides(data.moves, filter, context, 'companies', null);
      const slow = fromScratch(data.moves, filter, context, 'companies', null);
      expect(fast.model.nodes.some((n) => n.id.endsWith('__other__'))).toBe(true);
      expect(fast.model).toEqual(slow.model);
      expect(fast.perSide).toBe(slow.perSide);
    }
  });

  it('indexes a dataset once: a later filter reads only the moves it shows, not every move', () => {
    const data = generateDataset({ orgs: 200, links: 3000, seed: 5 });
    const context = contextOf(data.organizations);
    let reads = 0;
    const moves = data.moves.map(
      (m) =>
        new Proxy(m, {
          get(target, key, receiver) {
            reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    // The first filter indexes the moves (their organisations, keys and links)…
    prepareSides(
      moves,
      { companies: [data.moves[0]!.from], from: null, to: null },
      context,
      'companies',
      null,
    );
    expect(reads).toBeGreaterThan(moves.length);
    const quiet = data.organizations.at(-1)!.id;
    reads = 0;
    // …the next reads only what it shows.
    const { shown } = prepareSides(
      moves,
      { companies: [quiet], from: null, to: null },
      context,
      'companies',
      null,
    );
    expect(shown.length).toBeLessThan(100);
    expect(reads).toBeLessThan(moves.length / 10);
  });
});
