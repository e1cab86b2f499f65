/**
 * SVG snapshots, in the manner of Observable Plot's: every registered chart, in English and Traditional Chinese,
 * in the light, dark and projector (high-contrast) themes, rendered by the same `renderChart` and
 * `renderChartDocument` the app uses, on the article's data, into committed files under `__snapshots__/`. A change
 * to any chart's output fails here until the new files are looked at and accepted (`npx vitest run -u`); the diff
 * of the SVG text is the review. Text is measured by the font-independent estimate, so the files do not depend on
 * the machine.
 */
import { describe, expect, it } from 'vitest';
import { optionChoices } from '../test/drawAll';
import { loadDataFiles } from '../test/fixtures';
import { INITIAL_VIEW } from '../state/view';
import { ALL_CHARTS } from './index';
import { renderChart, renderChartDocument } from './render';
import { estimateTextWidth } from './shared/measure';
import { darkTheme, highContrastTheme, lightTheme } from './shared/theme';
import { isWide, type AnyChartSpec } from './spec';

const files = loadDataFiles();
const THEMES = { light: lightTheme, dark: darkTheme, projector: highContrastTheme } as const;
const LANGS = ['en', 'zh-Hant'] as const;

/** A typical panel's size: the explorer's width for the chart, and the height it gives that width. */
const size = (spec: AnyChartSpec) => {
  const width = isWide(spec, files, INITIAL_VIEW) ? 1100 : 720;
  return { width, height: spec.height(width) };
};

const cases = ALL_CHARTS.flatMap((spec) =>
  LANGS.flatMap((lang) =>
    Object.keys(THEMES).map((theme) => [spec, lang, theme as keyof typeof THEMES] as const),
  ),
);

describe('chart snapshots', () => {
  it('cover every chart in both languages and all three themes', () => {
    expect(cases.length).toBe(ALL_CHARTS.length * 6);
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  /** The chart as an SVG file, checked for junk and compared with its committed snapshot. */
  async function check(
    spec: AnyChartSpec,
    view: typeof INITIAL_VIEW,
    lang: 'en' | 'zh-Hant',
    theme: keyof typeof THEMES,
    file: string,
  ) {
    const chart = renderChart(spec, files, view, {
      size: size(spec),
      theme: THEMES[theme],
      lang,
      measure: estimateTextWidth,
    });
    expect(chart.empty).toBe(false);
    const svg = await renderChartDocument(spec, chart, 'panel', estimateTextWidth);
    expect(svg).not.toMatch(/NaN|undefined|\[object Object\]/);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${file}.svg`);
  }

  // Named by the chart's id, not the whole spec object.
  it.each(cases.map(([spec, lang, theme]) => [spec.id, lang, theme, spec] as const))(
    '%s, %s, %s',
    (_id, lang, theme, spec) => check(spec, INITIAL_VIEW, lang, theme, `${spec.id}.${lang}.${theme}`),
  );

  // Each other choice of a chart's options (a metric, a grouping), once, in English on the light theme.
  const variants = ALL_CHARTS.flatMap((spec) =>
    optionChoices(spec)
      .slice(1)
      .map((options) => [spec, options] as const),
  );
  it.each(variants.map(([spec, options]) => [spec.id, options, spec] as const))(
    '%s with %o',
    (_id, options, spec) =>
      check(
        spec,
        { ...INITIAL_VIEW, ...options },
        'en',
        'light',
        `${spec.id}.${Object.entries(options)
          .filter(([k, v]) => v !== (INITIAL_VIEW as Record<string, unknown>)[k])
          .map(([k, v]) => `${k}-${String(v)}`)
          .join('.')}.en.light`,
      ),
  );
});
