/**
 * The recent charts: found again for the same spec, data, environment and view (the view by value), lost past
 * the last few, and never reused across a change of the text's font (labels measured in another font).
 */
import { describe, expect, it, vi } from 'vitest';
import type { RenderedChart } from '../charts/render';
import type { AnyChartSpec, ChartEnv, ChartView } from '../charts/spec';
import { lightTheme } from '../charts/shared/theme';
import { INITIAL_VIEW } from '../state/view';
import { RECENT_CHARTS, recallChart, rememberChart } from './recentCharts';

const fonts = vi.hoisted(() => ({ generation: 0 }));
vi.mock('../charts/shared/measure', async (original) => ({
  ...(await original<typeof import('../charts/shared/measure')>()),
  measureGeneration: () => fonts.generation,
}));

const sankey = { id: 'sankey' } as AnyChartSpec;
const bars = { id: 'bars' } as AnyChartSpec;
const env = (): ChartEnv => ({ size: { width: 720, height: 460 }, theme: lightTheme, lang: 'en' });
const chart = (name: string) => ({ name }) as unknown as RenderedChart;
const viewOf = (companies: string[]): ChartView => ({ ...INITIAL_VIEW, companies });

describe('recent charts', () => {
  it('gives back the chart drawn for equal inputs, the view compared by value', () => {
    const data = {};
    const e = env();
    const drawn = chart('google');
    rememberChart(sankey, data, viewOf(['google']), e, drawn);
    // A new view object with the same fields, as the store builds at each change.
    expect(recallChart(sankey, data, viewOf(['google']), e)).toBe(drawn);
    expect(recallChart(sankey, data, viewOf(['meta']), e)).toBeUndefined();
    expect(recallChart(sankey, data, viewOf(['google', 'meta']), e)).toBeUndefined();
    // Another chart, other data, another environment (a new size, theme or language): not the same chart.
    expect(recallChart(bars, data, viewOf(['google']), e)).toBeUndefined();
    expect(recallChart(sankey, {}, viewOf(['google']), e)).toBeUndefined();
    expect(recallChart(sankey, data, viewOf(['google']), env())).toBeUndefined();
  });

  it(`keeps the ${RECENT_CHARTS} most recently used views of each chart`, () => {
    const data = {};
    const e = env();
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const name of names.slice(0, RECENT_CHARTS))
      rememberChart(sankey, data, viewOf([name]), e, chart(name));
    // Using the oldest makes it the newest: the next one dropped is the one after it.
    expect(recallChart(sankey, data, viewOf(['a']), e)).toEqual(chart('a'));
    rememberChart(sankey, data, viewOf(['e']), e, chart('e'));
    expect(recallChart(sankey, data, viewOf(['b']), e)).toBeUndefined();
    for (const name of ['a', 'c', 'd', 'e'])
      expect(recallChart(sankey, data, viewOf([name]), e)).toEqual(chart(name));
    // Remembering a view again replaces its entry rather than filling the list with copies.
    rememberChart(sankey, data, viewOf(['e']), e, chart('e2'));
    expect(recallChart(sankey, data, viewOf(['e']), e)).toEqual(chart('e2'));
    for (const name of ['a', 'c', 'd'])
      expect(recallChart(sankey, data, viewOf([name]), e)).toEqual(chart(name));
  });

  it('does not reuse a chart laid out before a web font finished loading', () => {
    const data = {};
    const e = env();
    rememberChart(sankey, data, INITIAL_VIEW, e, chart('fallback font'));
    expect(recallChart(sankey, data, INITIAL_VIEW, e)).toEqual(chart('fallback font'));
    fonts.generation++;
    expect(recallChart(sankey, data, INITIAL_VIEW, e)).toBeUndefined();
  });
});
