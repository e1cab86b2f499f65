// @vitest-environment jsdom
/**
 * A filter change redraws every panel; marks that stand for a place rather than a datum (axis ticks and breaks,
 * column headings) must be moved, not made anew. Keyed by value, each change removed and created them all, which
 * was a good part of the elements the browser had to lay out again per change.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_CHARTS } from './index';
import { renderChart } from './render';
import { ChartView } from '../panels/ChartView';
import { testEnv } from '../test/drawAll';
import { loadDataFiles } from '../test/fixtures';
import { INITIAL_VIEW, type View } from '../state/view';

const files = loadDataFiles();
const env = testEnv(1100, 460);
const PLACES = '#axis > g, #column-headings > text';

afterEach(cleanup);

describe('marks of places', () => {
  it.each(ALL_CHARTS.map((spec) => [spec.id, spec] as const))(
    '%s keeps its ticks and headings across a filter change that moves them',
    (_id, spec) => {
      const draw = (view: View) => {
        const chart = renderChart(spec, files, view, env);
        return <ChartView spec={spec} chart={chart} view={view} setView={() => {}} scale={1} />;
      };
      const { container, rerender } = render(draw(INITIAL_VIEW));
      const before = [...container.querySelectorAll(PLACES)];
      const where = () => [...container.querySelectorAll(PLACES)].map((e) => e.outerHTML);
      const drawnBefore = where();
      rerender(draw({ ...INITIAL_VIEW, companies: ['apple'] }));
      const after = [...container.querySelectorAll(PLACES)];
      // The change does move them (or the test would prove nothing), and the elements are the same ones.
      expect(before.length).toBeGreaterThan(0);
      expect(where()).not.toEqual(drawnBefore);
      const kept = Math.min(before.length, after.length);
      for (let i = 0; i < kept; i++) expect(after[i], `${spec.id}: place ${i}`).toBe(before[i]);
    },
  );
});
