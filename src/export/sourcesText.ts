/**
 * SOURCES.txt for "Export all": the article and the outside sources it credits, so whoever receives the charts
 * can cite and check them.
 */
import type { Article, Source } from '../data/schema';
import { EN } from '../i18n/locale';

const KIND_NAMES: Record<Source['kind'], string> = {
  article: 'the article itself',
  publication: 'publication',
  'research-firm': 'research firm',
  platform: 'platform',
  unnamed: 'unnamed source',
  'image-credit': 'image credit',
};

/** Plain text: the article's citation, the filter the files show, and each source with the article lines citing it. */
export function sourcesText(
  article: Article | undefined,
  sources: readonly Source[] | undefined,
  filter: string,
  omitted: readonly string[] = [],
): string {
  const lines = ['AI Talent Flows — sources', ''];
  if (article) {
    lines.push(
      `Article: ${article.publisher} (${article.publisherZh}), ${EN.fmt.when(article.published)} ${article.publishedTime}`,
      `Title: ${article.titleZh}`,
      `Author: ${article.authorZh}; editor: ${article.editorZh}`,
      `Language: ${article.language}. Line numbers refer to the article's text file (sha256 ${article.sha256}).`,
    );
  } else {
    lines.push('Article: 36Kr (36氪), 23 January 2024.');
  }
  lines.push('', `These files show: ${filter}.`);
  // Said in the file too: whoever receives the ZIP should know a chart is missing, and why.
  if (omitted.length)
    lines.push(`Not included, as they had nothing to show when exported: ${omitted.join(', ')}.`);
  lines.push('', 'Sources the article credits:');
  for (const source of sources ?? []) {
    const zh = source.nameZh ? ` (${source.nameZh})` : '';
    lines.push(
      `- ${source.name}${zh} — ${KIND_NAMES[source.kind]}; article lines ${source.provenance.lines.join(', ')}`,
    );
  }
  lines.push(
    '',
    'Values marked "derived" are computed from the article’s numbers; each CSV gives the formula.',
    '',
  );
  return lines.join('\n');
}
