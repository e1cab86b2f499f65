/**
 * Words around the charts: the active filter and the source credit, shared by panels and exports.
 */
import type { Article, Source } from '../data/schema';
import type { Filter } from '../model/filters';
import type { OrgIndex } from '../model/orgIndex';
import { formatIsoDate, formatWhen } from '../charts/shared/format';

/** "Google, Meta · Jan 2023 – Feb 2024", or "All companies · all dates". */
export function describeFilter(filter: Filter, orgs: OrgIndex): string {
  const companies = filter.companies.length
    ? filter.companies.map((id) => orgs.name(id)).join(', ')
    : 'All companies';
  const dates =
    filter.from || filter.to
      ? `${filter.from ? formatIsoDate(filter.from) : 'start'} – ${filter.to ? formatIsoDate(filter.to) : 'end'}`
      : 'all dates';
  return `${companies} · ${dates}`;
}

/**
 * "Source: 36Kr, 23 Jan 2024, citing Live Data Technologies and Rora." — the outside sources of the records on
 * show, unnamed ones included ("press reports"); image credits are left out.
 */
export function creditLine(
  sourceIds: Iterable<string>,
  sources: readonly Source[] | undefined,
  article: Article | undefined,
): string {
  const wanted = new Set(sourceIds);
  const named = (sources ?? [])
    .filter((s) => wanted.has(s.id) && s.kind !== 'article' && s.kind !== 'image-credit')
    // Unnamed sources read as a phrase in the sentence ("citing Forbes and press reports").
    .map((s) => (s.kind === 'unnamed' ? s.name.toLowerCase() : s.name));
  // Without article.json the credit still names the publisher, only not the date.
  const lead = article
    ? `Source: ${article.publisher} (${article.publisherZh}), ${formatWhen(article.published)}`
    : 'Source: 36Kr (36氪)';
  if (!named.length) return `${lead}, own reporting.`;
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `${lead}, citing ${list}.`;
}
