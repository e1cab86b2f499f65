/**
 * The bar chart as the page knows it before its code loads (see {@link ChartMeta}): its heading, files and view
 * option — the metric (`metric=pay|hiring|flows`).
 */
import { choiceField } from '../../state/fields';
import type { ChartMeta } from '../spec';
import './messages';

/** Bar chart metrics: average annual pay, share of OpenAI's hires, people in and out. */
export const METRICS = ['pay', 'hiring', 'flows'] as const;
/** A bar chart metric; see {@link METRICS}. */
export type BarMetric = (typeof METRICS)[number];

const options = { metric: choiceField('metric', METRICS, 'pay', 'bars.badMetric') };

/** The bar chart's meta; see the module comment. */
export const barsMeta = {
  id: 'bars',
  titleKey: 'bars.title',
  // The credit line and source names are extras: the bars draw without them.
  files: { required: ['organizations', 'moves', 'figures'], optional: ['article', 'sources'] },
  options,
  wide: false,
} as const satisfies ChartMeta<'organizations' | 'moves' | 'figures', 'article' | 'sources', typeof options>;
