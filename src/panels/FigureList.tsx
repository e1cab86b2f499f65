/**
 * The article's other figures (valuations, costs, headcounts, …) under the current filter, as a compact table
 * with provenance, so every number in the data can be found in the app, not only those the bars draw.
 */
import type { Figure, Source } from '../data/schema';
import { localName, type Locale } from '../i18n/locale';
import { describeFormula } from '../model/derived';
import type { OrgIndex } from '../model/orgIndex';

/** Props of {@link FigureList}: the figures to list (already filtered), lookups for names, and the language. */
export interface FigureListProps {
  figures: readonly Figure[];
  all: ReadonlyMap<string, Figure>;
  orgs: OrgIndex;
  sources: ReadonlyMap<string, Source>;
  locale: Locale;
}

/** A table of figures: what, value, when, source and article line. */
export function FigureList({ figures, all, orgs, sources, locale }: FigureListProps) {
  const { t, fmt } = locale;
  if (!figures.length) return null;
  return (
    <details className="figure-list" open>
      <summary>{t('bars.moreFigures', { count: figures.length })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('bars.figure')}</th>
            <th scope="col">{t('bars.value')}</th>
            <th scope="col">{t('bars.when')}</th>
            <th scope="col">{t('bars.source')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                {locale.lang === 'zh-Hant' && f.labelZh ? f.labelZh : f.label}
                {f.subject && <span className="muted"> · {orgs.name(f.subject, locale.lang)}</span>}
              </th>
              <td
                title={
                  f.derived ? t('bars.derivedLabel', { formula: describeFormula(f.derived, all) }) : undefined
                }
              >
                {fmt.figureValue(f, false)}
                {f.derived && <em>{t('bars.derivedSuffix')}</em>}
              </td>
              <td>{fmt.when(f.when)}</td>
              <td>
                {f.provenance.sources.map((s) => localName(sources.get(s), locale.lang, s)).join(', ')},{' '}
                {t('sankey.line', { lines: f.provenance.lines.join(', ') })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
