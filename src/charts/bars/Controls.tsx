/**
 * The bar chart's parts of its panel: the metric switch, and — when the chosen metric has nothing under the
 * filter — links to the metrics that do.
 */
import { Segmented } from '../shared/Segmented';
import type { PanelPartProps } from '../spec';
import { metricLabel, type BarsChartModel, type BarsOptions } from './prepare';

/** The metric switch: average annual pay, share of OpenAI's hires, people in and out. */
export function BarsControls({ model, setView, locale }: PanelPartProps<BarsChartModel, BarsOptions>) {
  // One metric (a dataset of one's own has only flows) is no choice.
  if (model.metrics.length < 2) return null;
  return (
    <Segmented
      label={locale.t('bars.metric')}
      choices={model.metrics.map((m) => ({ value: m, label: metricLabel(m, locale, model.flowUnit) }))}
      value={model.metric}
      onChange={(metric) => setView({ metric })}
    />
  );
}

/** "This filter has data in: People in and out (4)." — each a button that switches to it. */
export function BarsEmptyHint({ model, setView, locale }: PanelPartProps<BarsChartModel, BarsOptions>) {
  if (!model.others.length) return null;
  return (
    <p>
      {locale.t('bars.otherMetrics')}{' '}
      {model.others.map(({ metric, rows }, i) => (
        <span key={metric}>
          {i > 0 && ', '}
          <button type="button" className="link" onClick={() => setView({ metric })}>
            {metricLabel(metric, locale, model.flowUnit)} ({rows})
          </button>
        </span>
      ))}
      .
    </p>
  );
}
