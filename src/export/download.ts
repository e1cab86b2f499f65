/**
 * File names for exports.
 */
import type { Filter } from '../model/filters';

/**
 * `who-moved-where_google+meta_2023-01_2024-02.svg`: panel, companies (or `all`), then the date range if any,
 * then `suffix` (a size preset or PNG scale, e.g. `_1920x1080@2x`).
 * Ids are slugs, so the name is safe on every file system.
 */
export function exportFileName(panel: string, filter: Filter, extension: string, suffix = ''): string {
  const companies = [...filter.companies].sort();
  // Names stay well under file systems' 255-byte limit: past three companies, the rest are counted.
  const who =
    companies.length === 0
      ? 'all'
      : companies.length <= 3
        ? companies.join('+')
        : `${companies.slice(0, 3).join('+')}+${companies.length - 3}-more`;
  const parts = [panel, who.slice(0, 160)];
  if (filter.from || filter.to) parts.push(filter.from ?? 'start', filter.to ?? 'end');
  return `${parts.join('_')}${suffix}.${extension}`;
}
