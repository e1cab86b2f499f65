/**
 * Lookups over the organisations: names, parents and the company each team or lab belongs to. Filtering on a
 * company includes its teams and labs, so everything that filters goes through {@link OrgIndex.within}.
 */
import type { Organization } from '../data/schema';

/** Lookups over `data/organizations.json`; see {@link buildOrgIndex}. */
export interface OrgIndex {
  /** Every organisation by id. */
  byId: ReadonlyMap<string, Organization>;
  /** The top-level organisation (no parent) that `id` belongs to; itself for a company. */
  companyOf(id: string): string;
  /** `id` and every organisation above it, nearest first. */
  lineage(id: string): string[];
  /** True when `id` is one of `selection` or belongs to one of them (a team of a selected company). */
  within(id: string, selection: ReadonlySet<string>): boolean;
  /** The display name, in Chinese where the article gives that form and `lang` asks for it; the id itself for an
   * unknown id, so bad data never shows blank. */
  name(id: string, lang?: 'en' | 'zh-Hant'): string;
}

/** Builds an {@link OrgIndex}. Parent chains are assumed acyclic (checked by `checkReferences`). */
export function buildOrgIndex(orgs: readonly Organization[]): OrgIndex {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const lineageCache = new Map<string, string[]>();
  const lineage = (id: string): string[] => {
    let cached = lineageCache.get(id);
    if (!cached) {
      cached = [id];
      // The length bound guards against a loop in data that skipped validation.
      for (
        let p = byId.get(id)?.parent;
        p !== undefined && cached.length <= byId.size;
        p = byId.get(p)?.parent
      ) {
        cached.push(p);
      }
      lineageCache.set(id, cached);
    }
    return cached;
  };
  return {
    byId,
    lineage,
    companyOf: (id) => lineage(id).at(-1) ?? id,
    within: (id, selection) => lineage(id).some((a) => selection.has(a)),
    name: (id, lang = 'en') => {
      const org = byId.get(id);
      if (!org) return id;
      return lang === 'zh-Hant' && org.nameZh ? org.nameZh : org.name;
    },
  };
}
