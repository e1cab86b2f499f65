/**
 * Which companies get the palette's colours: those with the most people moving in or out, so the big players of
 * the story are told apart and the long tail shares grey. Computed from the full data, never the filtered view,
 * so a company keeps its colour under every filter.
 */
import type { Move, Organization } from '../data/schema';
import type { OrgIndex } from './orgIndex';

/** Company ids, most people moved first; companies without moves follow in file order. */
export function rankCompanies(
  orgs: readonly Organization[],
  moves: readonly Move[] | undefined,
  index: OrgIndex,
): string[] {
  const people = new Map<string, number>();
  for (const m of moves ?? []) {
    for (const id of [m.from, m.to]) {
      if (id === null) continue;
      const company = index.companyOf(id);
      people.set(company, (people.get(company) ?? 0) + m.count);
    }
  }
  const companies = orgs.filter((o) => o.parent === undefined).map((o) => o.id);
  // Array.prototype.sort is stable, so ties keep file order.
  return companies.sort((a, b) => (people.get(b) ?? 0) - (people.get(a) ?? 0));
}

const NO_MOVES: readonly Move[] = [];
const rankings = new WeakMap<readonly Organization[], WeakMap<readonly Move[], string[]>>();

/** {@link rankCompanies}, computed once per pair of loaded files (every chart colours from the same ranking). */
export function rankedCompanies(
  orgs: readonly Organization[],
  moves: readonly Move[] | undefined,
  index: OrgIndex,
): string[] {
  const byMoves = rankings.get(orgs) ?? new WeakMap<readonly Move[], string[]>();
  rankings.set(orgs, byMoves);
  let ranked = byMoves.get(moves ?? NO_MOVES);
  if (!ranked) {
    ranked = rankCompanies(orgs, moves, index);
    byMoves.set(moves ?? NO_MOVES, ranked);
  }
  return ranked;
}
