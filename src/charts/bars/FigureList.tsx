/**
 * What the bar chart says under itself: how many rows it left out, and the article's other figures under the
 * current filter (valuations, costs, headcounts, …) as a compact table with provenance, so every number in the
 * data can be found in the app, not only those the bars draw.
 */
import { memo } from 'react';
import { localName, type Locale } from '../../i18n/locale';
import { describeFormula } from '../../model/derived';
import { lookupsOf } from '../../model/lookups';
import type { PanelPartProps } from '../spec';
import type { BarsChartModel, BarsOptions } from './prepare';
import type { Figure, Organization, Source } from '../../data/schema';
import type { OrgIndex } from '../../model/orgIndex';

/** Data the list reads. */
type Data = { organizations: Organization[]; figures: Figure[]; sources?: Source[] | undefined };

/** The note on rows left out, and the table of figures no bar draws: what, value, when, source and line. */
export function BarsExtra({ model, data, locale }: PanelPartProps<BarsChartModel, BarsOptions, Data>) {
  const { t } = locale;
  const { orgs, sources, figures: all } = lookupsOf(data);
  const figures = model.unshown.flatMap((id) => all.get(id) ?? []);
  return (
    <>
      {model.hidden > 0 && <p className="panel-note">{t('bars.moreRows', { count: model.hidden })}</p>}
      {figures.length > 0 && (
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
                <FigureRow key={f.id} figure={f} locale={locale} orgs={orgs} sources={sources} all={all} />
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}

/** Props of {@link FigureRow}: the figure, and lookups that are one object per dataset and language. */
interface FigureRowProps {
  figure: Figure;
  locale: Locale;
  orgs: OrgIndex;
  sources: ReadonlyMap<string, Source>;
  /** Figures by id, for a derived figure's formula. */
  all: ReadonlyMap<string, Figure>;
}

/**
 * One figure: what, value, when, source and line. Memoised: a filter change adds and removes rows, and the rows it
 * keeps (their props are one object per figure, dataset and language) are not rendered again.
 */
const FigureRow = memo(function FigureRow({ figure: f, locale, orgs, sources, all }: FigureRowProps) {
  const { t, fmt } = locale;
  return (
    <tr>
      <th scope="row">
        {locale.lang === 'zh-Hant' && f.labelZh ? f.labelZh : f.label}
        {f.subject && <span className="muted"> · {orgs.name(f.subject, locale.lang)}</span>}
      </th>
      <td
        title={f.derived ? t('bars.derivedLabel', { formula: describeFormula(f.derived, all) }) : undefined}
      >
        {fmt.figureValue(f, false)}
        {f.derived && <em>{t('bars.derivedSuffix')}</em>}
      </td>
      <td>{fmt.when(f.when)}</td>
      <td>
        {f.provenance.sources.map((s) => localName(sources.get(s), locale.lang, s)).join(', ')},{' '}
        {t('bars.line', { lines: f.provenance.lines.join(', ') })}
      </td>
    </tr>
  );
});
