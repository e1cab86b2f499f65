/**
 * Which thread lays out the Sankey: data past SANKEY_WORKER_MOVES goes to the worker until the page has indexed it
 * (in idle time, `indexHere`); from then on filter changes of that grouping, side by side, render on the page —
 * one render and one paint instead of a round trip and a second render. Stages and data past WORKER_MOVES stay in
 * the worker.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../data/synthetic';
import { INITIAL_VIEW } from '../../state/view';
import { lightTheme } from '../shared/theme';
import { renderChart } from '../render';
import { SANKEY_WORKER_MOVES, WORKER_MOVES } from '../spec';
import { sankeySpec } from './spec';

const env = { size: { width: 800, height: 500 }, theme: lightTheme, lang: 'en' as const };
const view = { ...INITIAL_VIEW, arrange: 'sides' as const };

describe('the Sankey’s thread', () => {
  it('is the worker until the page has indexed the data, then the page, for every filter of that grouping', () => {
    const big = generateDataset({ orgs: 120, links: SANKEY_WORKER_MOVES + 400, seed: 2 });
    const company = big.moves[0]!.from;
    expect(sankeySpec.inWorker(big, view)).toBe(true);
    // Without a view (an export of unknown view) it cannot know: the worker.
    expect(sankeySpec.inWorker(big)).toBe(true);
    const index = sankeySpec.indexHere!(big, view);
    expect(index).toBeTypeOf('function');
    index!();
    expect(sankeySpec.inWorker(big, view)).toBe(false);
    expect(sankeySpec.inWorker(big, { ...view, companies: [company], from: '2020' })).toBe(false);
    expect(sankeySpec.indexHere!(big, view)).toBeNull();
    // Another grouping has its own index, not built yet.
    expect(sankeySpec.inWorker(big, { ...view, detail: 'teams' })).toBe(true);
    // Stages are not indexed: they stay in the worker, and there is nothing to index for them.
    expect(sankeySpec.inWorker(big, { ...view, arrange: 'stages' })).toBe(true);
    expect(sankeySpec.indexHere!(big, { ...view, arrange: 'stages' })).toBeNull();
    // What the page draws once indexed is what the worker drew (the same renderChart, from the index or not).
    const fresh = structuredClone(big);
    const filtered = { ...view, companies: [company] };
    expect(renderChart(sankeySpec, big, filtered, env)).toEqual(
      renderChart(sankeySpec, fresh, filtered, env),
    );
  });

  it('stays the page for small data and the worker past WORKER_MOVES, with nothing to index either way', () => {
    const small = generateDataset({ orgs: 40, links: SANKEY_WORKER_MOVES, seed: 3 });
    expect(sankeySpec.inWorker(small, view)).toBe(false);
    expect(sankeySpec.indexHere!(small, view)).toBeNull();
    const huge = generateDataset({ orgs: 400, links: WORKER_MOVES + 1, seed: 4 });
    expect(sankeySpec.indexHere!(huge, view)).toBeNull();
    expect(sankeySpec.inWorker(huge, view)).toBe(true);
  });
});
