/**
 * The Sankey as the page knows it before its code loads (see {@link ChartMeta}): its heading, files and view
 * options — grouping (`detail`), organisations shown per side (`top`) and arrangement (`arrange`).
 */
import { choiceField, textParser, type ViewField } from '../../state/fields';
import type { ChartMeta } from '../spec';
import './messages';

/** Sankey grouping: whole companies, or teams and labs as their own nodes. */
export const DETAILS = ['companies', 'teams'] as const;
/** A Sankey grouping; see {@link DETAILS}. */
export type SankeyDetail = (typeof DETAILS)[number];

/** How the Sankey arranges its nodes: side by side, or in stages (see `SankeyLayering`). */
export const ARRANGEMENTS = ['sides', 'stages'] as const;
/** An arrangement; see {@link ARRANGEMENTS}. */
export type SankeyArrangement = (typeof ARRANGEMENTS)[number];

/** How many organisations the Sankey shows per side before "Other": `top=all`, `top=20`, or absent (by size). */
const topField: ViewField<number | null> = {
  param: 'top',
  initial: null,
  kind: 'option',
  parse: textParser<number | null>(
    'top',
    (text) => (text === 'all' ? 0 : /^\d{1,3}$/.test(text) && Number(text) >= 1 ? Number(text) : undefined),
    'sankey.badTop',
  ),
  format: (value) => (value === null ? null : value === 0 ? 'all' : String(value)),
};

/** Side by side or in stages: `arrange=sides|stages`, or absent (decided by the data). */
const arrangeField: ViewField<SankeyArrangement | null> = {
  param: 'arrange',
  initial: null,
  kind: 'option',
  parse: textParser('arrange', (text) => ARRANGEMENTS.find((a) => a === text), 'sankey.badArrange'),
  format: (value) => value,
};

const options = {
  detail: choiceField('detail', DETAILS, 'companies', 'sankey.badDetail'),
  top: topField,
  arrange: arrangeField,
};

/** The Sankey's meta; see the module comment. */
export const sankeyMeta = {
  id: 'sankey',
  titleKey: 'sankey.title',
  // The credit line, source names and derived-count formulas are extras: the Sankey draws without them.
  files: {
    required: ['organizations', 'people', 'moves'],
    optional: ['article', 'sources', 'figures'],
  },
  options,
  // Side by side until the data says it is in stages.
  wide: false,
} as const satisfies ChartMeta<
  'organizations' | 'people' | 'moves',
  'article' | 'sources' | 'figures',
  typeof options
>;
