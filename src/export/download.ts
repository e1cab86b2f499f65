/**
 * File names and downloads for exports.
 */
import type { Filter } from '../model/filters';

/**
 * `who-moved-where_google+meta_2023-01_2024-02.svg`: panel, companies (or `all`), then the date range if any.
 * Ids are slugs, so the name is safe on every file system.
 */
export function exportFileName(panel: string, filter: Filter, extension: string): string {
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
  return `${parts.join('_')}.${extension}`;
}

/** Saves `content` as a file through a temporary object URL. */
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
