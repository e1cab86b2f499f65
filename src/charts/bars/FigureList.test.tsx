// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocale } from '../../i18n/locale';
import { INITIAL_VIEW, type View } from '../../state/view';
import { testEnv } from '../../test/drawAll';
import { loadDataFiles } from '../../test/fixtures';
import { renderChart } from '../render';
import { BarsExtra } from './FigureList';
import { barsSpec } from './spec';

const files = loadDataFiles();
const env = testEnv(550, 400);
const locale = createLocale('en');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the bar chart's list of other figures", () => {
  it('renders only the rows a filter change adds, not the ones it keeps', () => {
    // Laid out first: the chart's own words format values too.
    const google = { ...INITIAL_VIEW, companies: ['google'] };
    const models = new Map(
      [INITIAL_VIEW, google].map((v) => [v, renderChart(barsSpec, files, v, env).model]),
    );
    const extra = (view: View) => (
      <BarsExtra model={models.get(view)!} view={view} setView={() => {}} data={files} locale={locale} />
    );
    const values = vi.spyOn(locale.fmt, 'figureValue');
    const rows = () => document.querySelectorAll('.figure-list tbody tr').length;
    const { rerender } = render(extra(INITIAL_VIEW));
    const all = rows();
    expect(values).toHaveBeenCalledTimes(all);

    // Google's figures are some of the article's: the rows that stay are not rendered again.
    values.mockClear();
    rerender(extra(google));
    const kept = rows();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(all);
    expect(values).not.toHaveBeenCalled();

    // Back to all: only the rows that come back are rendered.
    values.mockClear();
    rerender(extra(INITIAL_VIEW));
    expect(rows()).toBe(all);
    expect(values).toHaveBeenCalledTimes(all - kept);
  });
});
