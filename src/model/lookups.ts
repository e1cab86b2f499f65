/**
 * The lookups every chart builds over the data — organisations (names, parents, companies), people, sources and
 * figures by id — made once per loaded file and shared by every chart and every render: the arrays TanStack Query
 * holds keep their identity until the data changes, so they key a weak cache.
 */
import type { Figure, Organization, Person, Source } from '../data/schema';
import { buildOrgIndex, type OrgIndex } from './orgIndex';

const orgIndexes = new WeakMap<readonly Organization[], OrgIndex>();
const maps = new WeakMap<readonly { id: string }[], ReadonlyMap<string, unknown>>();
const EMPTY: readonly never[] = [];

/** The {@link OrgIndex} of an organisations file, built once per array. */
export function orgIndexOf(organizations: readonly Organization[]): OrgIndex {
  let index = orgIndexes.get(organizations);
  if (!index) {
    index = buildOrgIndex(organizations);
    orgIndexes.set(organizations, index);
  }
  return index;
}

/** Records by id, built once per array. */
export function byId<T extends { id: string }>(records: readonly T[] = EMPTY): ReadonlyMap<string, T> {
  let map = maps.get(records);
  if (!map) {
    map = new Map(records.map((r) => [r.id, r]));
    maps.set(records, map);
  }
  return map as ReadonlyMap<string, T>;
}

/** The lookups a chart's stages use; files a chart does without give empty maps. */
export function lookupsOf(data: {
  organizations: readonly Organization[];
  people?: readonly Person[] | undefined;
  sources?: readonly Source[] | undefined;
  figures?: readonly Figure[] | undefined;
}) {
  return {
    orgs: orgIndexOf(data.organizations),
    people: byId(data.people),
    sources: byId(data.sources),
    figures: byId(data.figures),
  };
}
