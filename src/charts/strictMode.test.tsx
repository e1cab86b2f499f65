// @vitest-environment jsdom
/**
 * Under React StrictMode (as in development), effects run, clean up and run again: each chart must still end up as
 * one SVG, and the timeline's d3 brush (the one part d3 attaches to the DOM) as one overlay, not two, kept across
 * changes of its extent.
 */
import { cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_CHARTS } from './index';
import { renderChart } from './render';
import { ChartView } from '../panels/ChartView';
import { testEnv } from '../test/drawAll';
import { loadDataFiles } from '../test/fixtures';
import { INITIAL_VIEW, type View } from '../state/view';

const files = loadDataFiles();
const env = testEnv();

afterEach(cleanup);

describe('under StrictMode', () => {
  it('draws each chart as exactly one SVG, and the brush once, also after a re-render', async () => {
    const view = (from: string | null, companies: string[] = []) => {
      const v: View = { ...INITIAL_VIEW, from, companies };
      return (
        <StrictMode>
          {ALL_CHARTS.map((spec) => (
            <ChartView
              key={spec.id}
              spec={spec}
              chart={renderChart(spec, files, v, env)}
              view={v}
              setView={() => {}}
              scale={1}
            />
          ))}
        </StrictMode>
      );
    };
    const { container, rerender } = render(view(null));
    const count = () => ({
      charts: container.querySelectorAll('svg[role="img"]').length,
      overlays: container.querySelectorAll('.brush .overlay, g .overlay').length,
      selections: container.querySelectorAll('rect.selection').length,
    });
    // d3-brush loads after the first paint; once in, there is one brush, not one per effect run.
    await vi.waitFor(() =>
      expect(count()).toEqual({ charts: ALL_CHARTS.length, overlays: 1, selections: 1 }),
    );
    rerender(view('2023-01'));
    expect(count()).toEqual({ charts: ALL_CHARTS.length, overlays: 1, selections: 1 });
    // A filter that shrinks the timeline gives the brush a new extent: the same overlay takes it, and the
    // selection stays (the brush is updated in place, not rebuilt).
    const overlay = container.querySelector('.overlay')!;
    const top = overlay.getAttribute('y');
    rerender(view('2023-01', ['apple']));
    expect(count()).toEqual({ charts: ALL_CHARTS.length, overlays: 1, selections: 1 });
    expect(container.querySelector('.overlay')).toBe(overlay);
    expect(overlay.getAttribute('y')).not.toBe(top);
    expect(container.querySelector('rect.selection')!.getAttribute('width')).toMatch(/^[1-9]/);
  });
});
