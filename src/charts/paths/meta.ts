/**
 * The paths chart as the page knows it before its code loads (see {@link ChartMeta}): its heading and files, and
 * whether the data has paths at all (a panel is shown only for data that has).
 */
import type { Move, Person } from '../../data/schema';
import type { ChartMeta } from '../spec';
import './messages';

/** True when the data has paths to draw: steps of trails (a dataset of one's own) or careers (the article's). */
export function hasTrails(data: { moves: readonly Move[]; people?: readonly Person[] }): boolean {
  return (
    data.moves.some((m) => m.trail !== undefined && m.step !== undefined) ||
    (data.people ?? []).some((p) => p.career !== undefined)
  );
}

/** The paths chart's meta; see the module comment. */
export const pathsMeta = {
  id: 'paths',
  titleKey: 'paths.title',
  files: { required: ['organizations', 'people', 'moves'], optional: ['article', 'sources'] },
  options: {},
  wide: true,
  available: hasTrails,
} as const satisfies ChartMeta<
  'organizations' | 'people' | 'moves',
  'article' | 'sources',
  Record<never, never>
>;
