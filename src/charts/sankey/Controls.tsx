/**
 * The Sankey's controls in its panel header: group by company or by team and lab, arrange side by side or in
 * stages, and — when a column has more organisations than the chart can label — how many to show before folding
 * the rest into "Other".
 */
import { Segmented } from '../shared/Segmented';
import type { PanelPartProps } from '../spec';
import { ARRANGEMENTS, AUTO_LIMIT, DETAILS, type SankeyChartModel, type SankeyOptions } from './prepare';

/** What the "Shown" control offers. */
const TOP_CHOICES = [5, 10, 20, 50, 100] as const;

/** The grouping switch and the "Shown" select. */
export function SankeyControls({
  model,
  view,
  setView,
  locale,
}: PanelPartProps<SankeyChartModel, SankeyOptions>) {
  const { t } = locale;
  return (
    <>
      <Segmented
        label={t('sankey.groupBy')}
        choices={DETAILS.map((d) => ({
          value: d,
          label: t(d === 'companies' ? 'sankey.companies' : 'sankey.teams'),
        }))}
        value={view.detail}
        onChange={(detail) => setView({ detail })}
      />
      <Segmented
        label={t('sankey.arrange')}
        choices={ARRANGEMENTS.map((a) => ({
          value: a,
          label: t(a === 'sides' ? 'sankey.arrangeSides' : 'sankey.arrangeStages'),
        }))}
        value={model.arrange}
        onChange={(arrange) => setView({ arrange })}
      />
      {(model.perSide > AUTO_LIMIT || view.top !== null) && (
        <label className="select-control">
          {t('sankey.shown')}
          <select value={view.top ?? model.limit} onChange={(e) => setView({ top: Number(e.target.value) })}>
            <option value={0}>{t('sankey.shownAll')}</option>
            {TOP_CHOICES.filter((n) => n < model.perSide).map((n) => (
              <option key={n} value={n}>
                {t('sankey.shownTop', { count: n })}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
