/**
 * Words around the charts: the active filter and the source credit, shared by panels and exports.
 */
import type { Article, Source } from '../data/schema';
import type { Filter } from './filters';
import type { OrgIndex } from './orgIndex';
import { EN, type Locale } from '../i18n/locale';

/** "Google, Meta · Jan 2023 – Feb 2024", or "All companies · all dates". */
export function describeFilter(filter: Filter, orgs: OrgIndex, locale: Locale = EN): string {
  const { t, fmt } = locale;
  const companies = filter.companies.length
    ? filter.companies.map((id) => orgs.name(id, locale.lang)).join(', ')
    : t('describe.allCompanies');
  const dates =
    filter.from || filter.to
      ? `${filter.from ? fmt.isoDate(filter.from) : t('filter.start')} – ${filter.to ? fmt.isoDate(filter.to) : t('filter.end')}`
      : t('describe.allDates');
  return `${companies}${t('describe.separator')}${dates}`;
}

/**
 * "Source: 36Kr, 23 Jan 2024, citing Live Data Technologies and Rora." — the outside sources of the records on
 * show, unnamed ones included ("press reports"); image credits are left out.
 */
export function creditLine(
  sourceIds: Iterable<string>,
  sources: readonly Source[] | undefined,
  article: Article | undefined,
  locale: Locale = EN,
  ownDataName?: string,
): string {
  const { t, fmt } = locale;
  const wanted = new Set(sourceIds);
  const named = (sources ?? [])
    .filter((s) => wanted.has(s.id) && s.kind !== 'article' && s.kind !== 'image-credit')
    // Unnamed sources read as a phrase in the sentence ("citing Forbes and press reports").
    .map((s) =>
      locale.lang === 'zh-Hant' && s.nameZh ? s.nameZh : s.kind === 'unnamed' ? s.name.toLowerCase() : s.name,
    );
  // Without article.json the credit still names the publisher, only not the date.
  // The reader's own dataset is credited to their file, never to the article.
  const lead = ownDataName
    ? t('ownData.credit', { name: ownDataName })
    : article
      ? t('credit.lead', { date: fmt.when(article.published) })
      : t('credit.leadNoDate');
  if (!named.length) return t('credit.own', { lead });
  const list =
    named.length === 1
      ? named[0]
      : `${named.slice(0, -1).join(t('credit.separator'))}${t('credit.and')}${named.at(-1)}`;
  return t('credit.citing', { lead, sources: list });
}
