/**
 * Helpers for work done once per dataset and kept while it is: numbering ids, so loops over 100,000 moves index
 * typed arrays instead of hashing strings, and a cache keyed by the moves array (the array TanStack Query or the
 * worker holds keeps its identity until the data changes), the organisation index and a key such as a grouping.
 */
import type { Move } from '../data/schema';
import type { OrgIndex } from './orgIndex';

/** Ids numbered in order of first appearance: `of(id)` gives an id's number (numbering it when new); `ids` lists them. */
export function numbering(): { ids: string[]; of: (id: string) => number } {
  const ids: string[] = [];
  const numbers = new Map<string, number>();
  return {
    ids,
    of(id) {
      let n = numbers.get(id);
      if (n === undefined) {
        n = ids.length;
        numbers.set(id, n);
        ids.push(id);
      }
      return n;
    },
  };
}

/** See {@link perDataset}. */
export interface PerDataset<K, V> {
  /** The value built earlier for these moves, index and key, or built now by `build`. */
  (moves: readonly Move[], orgs: OrgIndex, key: K, build: () => V): V;
  /** True when a value is held for these moves, index and key (nothing is built). */
  has(moves: readonly Move[], orgs: OrgIndex, key: K): boolean;
}

/**
 * A cache of one value per moves array, organisation index and `key`: `get(moves, orgs, key, build)` returns the
 * value built earlier for them, or builds it now. Entries go when the moves or the index are collected.
 */
export function perDataset<K, V>(): PerDataset<K, V> {
  const cache = new WeakMap<readonly Move[], WeakMap<OrgIndex, Map<K, V>>>();
  const get = (moves: readonly Move[], orgs: OrgIndex, key: K, build: () => V): V => {
    let byOrgs = cache.get(moves);
    if (!byOrgs) cache.set(moves, (byOrgs = new WeakMap()));
    let byKey = byOrgs.get(orgs);
    if (!byKey) byOrgs.set(orgs, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, build());
    return byKey.get(key)!;
  };
  return Object.assign(get, {
    has: (moves: readonly Move[], orgs: OrgIndex, key: K) => cache.get(moves)?.get(orgs)?.has(key) ?? false,
  });
}
