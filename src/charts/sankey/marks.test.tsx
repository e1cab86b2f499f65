// @vitest-environment jsdom
/**
 * The Sankey's marks name each link and node once per geometry: drawing a view again (the panel keeps the last
 * few geometries) reuses the names, and the names are the right ones for the geometry drawn.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EN, type Locale } from '../../i18n/locale';
import { INITIAL_VIEW } from '../../state/view';
import { testEnv } from '../../test/drawAll';
import { loadDataFiles } from '../../test/fixtures';
import { chartById } from '../index';
import { renderChart } from '../render';
import type { SankeyGeometry } from './layout';
import { SankeyMarks } from './Marks';

afterEach(cleanup);

const files = loadDataFiles();
const env = testEnv();
const geometryOf = (companies: string[]) =>
  renderChart(chartById('sankey')!, files, { ...INITIAL_VIEW, companies }, env).geometry as SankeyGeometry;

describe('SankeyMarks', () => {
  it('names the marks of a geometry once, and draws a geometry again with its own names', () => {
    const all = geometryOf([]);
    const google = geometryOf(['google']);
    const t = vi.fn(EN.t);
    const locale: Locale = { ...EN, t };
    const draw = (geometry: SankeyGeometry) => (
      <svg>
        <SankeyMarks geometry={geometry} color={() => '#000'} locale={locale} />
      </svg>
    );
    const names = (container: HTMLElement) =>
      [...container.querySelectorAll('[data-link]')].map((l) => l.getAttribute('aria-label'));
    const { container, rerender } = render(draw(all));
    const first = names(container);
    expect(first.length).toBeGreaterThan(10);
    rerender(draw(google));
    const second = names(container);
    expect(second).not.toEqual(first);
    const named = t.mock.calls.length;
    expect(named).toBeGreaterThan(0);
    // Back to the first geometry, then the second: their names, and no naming at all.
    rerender(draw(all));
    expect(names(container)).toEqual(first);
    rerender(draw(google));
    expect(names(container)).toEqual(second);
    expect(t.mock.calls.length).toBe(named);
  });
});
