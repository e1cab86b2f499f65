// @vitest-environment jsdom
/**
 * The panel's side of the chart worker: a request goes once per set of inputs even when StrictMode renders twice;
 * once the worker has drawn a view, the page indexes the data while idle and draws later views itself; a worker
 * that failed is reported, not taken over.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderChart, type RenderedChart } from '../charts/render';
import { chartById } from '../charts/index';
import type { AnyChartSpec, ChartEnv, ChartView } from '../charts/spec';
import { estimateTextWidth } from '../charts/shared/measure';
import { lightTheme } from '../charts/shared/theme';
import { INITIAL_VIEW } from '../state/view';
import { loadDataFiles } from '../test/fixtures';
import { useRenderedChart } from './useRenderedChart';

const worker = vi.hoisted(() => ({ render: vi.fn() }));
vi.mock('../charts/workerClient', () => ({ chartWorker: worker }));

const files = loadDataFiles();
const env: ChartEnv = {
  size: { width: 720, height: 460 },
  theme: lightTheme,
  lang: 'en',
  measure: estimateTextWidth,
};

/** The Sankey, as if its data were large: in the worker until `indexHere`'s work has run here. */
function largeSankey() {
  const state = { indexed: 0 };
  const spec = {
    ...chartById('sankey')!,
    inWorker: () => state.indexed === 0,
    indexHere: () => (state.indexed ? null : () => void state.indexed++),
  } as unknown as AnyChartSpec;
  return { spec, state };
}

beforeEach(() => {
  worker.render.mockReset();
});
afterEach(cleanup);

describe('useRenderedChart', () => {
  it('asks the worker once per view under StrictMode, then hands later views to the page once it has indexed', async () => {
    const { spec, state } = largeSankey();
    worker.render.mockImplementation((s: AnyChartSpec, d, v: ChartView, e: ChartEnv) =>
      Promise.resolve(renderChart(s, d, v, e)),
    );
    const { result, rerender } = renderHook(
      ({ view }: { view: ChartView }) => useRenderedChart(spec, files, view, env),
      { initialProps: { view: { ...INITIAL_VIEW } }, wrapper: StrictMode },
    );
    const out = {
      get last() {
        return result.current;
      },
    };
    expect(out.last!.thread).toBe('worker');
    await waitFor(() => expect(out.last!.chart).not.toBeNull());
    expect(worker.render).toHaveBeenCalledTimes(1);
    // Indexed while idle: the page draws the same view itself, and says so.
    await waitFor(() => expect(out.last!.thread).toBe('page'));
    expect(state.indexed).toBe(1);
    expect(out.last!.busy).toBe(false);
    // A later view: drawn on the page at once, never busy, the worker not asked.
    const next = { ...INITIAL_VIEW, companies: ['google'] };
    rerender({ view: next });
    expect(out.last!.thread).toBe('page');
    expect(out.last!.busy).toBe(false);
    expect(out.last!.chart).toEqual(renderChart(spec, files, next, env) as RenderedChart);
    expect(worker.render).toHaveBeenCalledTimes(1);
  });

  it('draws a view it drew a moment ago again without laying it out, on the page or in the worker', async () => {
    const google = { ...INITIAL_VIEW, companies: ['google'] };
    // On the page: going back to the first view gives the very chart drawn for it, not a new layout of it.
    const bars = chartById('bars')!;
    const data = loadDataFiles();
    const page = renderHook(({ view }: { view: ChartView }) => useRenderedChart(bars, data, view, env), {
      initialProps: { view: { ...INITIAL_VIEW } },
    });
    const first = page.result.current.chart;
    page.rerender({ view: google });
    const second = page.result.current.chart;
    expect(second).not.toBe(first);
    page.rerender({ view: { ...INITIAL_VIEW } });
    expect(page.result.current.chart).toBe(first);
    page.rerender({ view: { ...google } });
    expect(page.result.current.chart).toBe(second);
    // In the worker: the way back is drawn at once, neither busy nor asked for again.
    // Always in the worker (data past what the page indexes).
    const spec = {
      ...chartById('sankey')!,
      inWorker: () => true,
      indexHere: undefined,
    } as unknown as AnyChartSpec;
    worker.render.mockImplementation((s: AnyChartSpec, d, v: ChartView, e: ChartEnv) =>
      Promise.resolve(renderChart(s, d, v, e)),
    );
    const large = loadDataFiles();
    const { result, rerender } = renderHook(
      ({ view }: { view: ChartView }) => useRenderedChart(spec, large, view, env),
      { initialProps: { view: { ...INITIAL_VIEW } } },
    );
    await waitFor(() => expect(result.current.chart).not.toBeNull());
    rerender({ view: google });
    expect(result.current.busy).toBe(true);
    await waitFor(() => expect(result.current.busy).toBe(false));
    const asked = worker.render.mock.calls.length;
    rerender({ view: { ...INITIAL_VIEW } });
    expect(result.current.busy).toBe(false);
    expect(result.current.chart).toEqual(renderChart(spec, large, INITIAL_VIEW, env) as RenderedChart);
    expect(worker.render).toHaveBeenCalledTimes(asked);
  });

  it('keeps a failed worker reported (with Retry) rather than taking the chart over', async () => {
    const { spec, state } = largeSankey();
    worker.render.mockImplementation(() => Promise.reject(new Error('the chart worker failed: down')));
    const { result } = renderHook(() => useRenderedChart(spec, files, INITIAL_VIEW, env));
    const out = {
      get last() {
        return result.current;
      },
    };
    await waitFor(() => expect(out.last!.error?.message).toMatch(/chart worker failed/));
    // Longer than the idle fallback (200 ms): nothing is indexed, the error stays.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(state.indexed).toBe(0);
    expect(out.last!.thread).toBe('worker');
    expect(out.last!.error?.message).toMatch(/chart worker failed/);
    // Retry asks the worker again.
    worker.render.mockImplementation((s: AnyChartSpec, d, v: ChartView, e: ChartEnv) =>
      Promise.resolve(renderChart(s, d, v, e)),
    );
    act(() => out.last!.retry());
    await waitFor(() => expect(out.last!.error).toBeNull());
    expect(worker.render).toHaveBeenCalledTimes(2);
  });
});
