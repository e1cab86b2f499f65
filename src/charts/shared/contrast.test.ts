import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlacedBar } from '../bars/layout';
import { insideLabelColor } from '../bars/Marks';
import { blend, contrastRatio, readableOn } from './contrast';
import { darkTheme, highContrastTheme, lightTheme, type ChartTheme } from './theme';

const THEMES: ChartTheme[] = [lightTheme, darkTheme, highContrastTheme];

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The usual reference: #767676 is the lightest grey that reaches 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(blend('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(readableOn('#0072B2', ['#ffffff', '#000000'])).toBe('#ffffff');
    expect(readableOn('#E69F00', ['#ffffff', '#000000'])).toBe('#000000');
    expect(() => contrastRatio('not a colour', '#fff')).toThrow(/Not a colour/);
  });

  describe.each(THEMES)('the $name chart theme', (theme) => {
    it('has text at least 4.5:1 on its background', () => {
      for (const text of [theme.text, theme.mutedText])
        expect(contrastRatio(text, theme.background), text).toBeGreaterThanOrEqual(4.5);
    });

    it('has marks, axis and focus ring at least 3:1 on its background', () => {
      for (const mark of [...theme.categories, theme.neutral, theme.axis, theme.focus, theme.derivedStroke])
        expect(contrastRatio(mark, theme.background), mark).toBeGreaterThanOrEqual(3);
    });

    it('labels inside every bar colour, solid, lighter and hatched, at least 4.5:1', () => {
      for (const company of [...theme.categories, null]) {
        const color = () => company ?? theme.neutral;
        for (const [kind, derived] of [
          ['out', false],
          ['in', false],
          ['value', true],
        ] as const) {
          const bar = {
            company: company && 'x',
            kind,
            derived,
            derivedRect: undefined,
          } as unknown as PlacedBar;
          const opacity = derived ? 0.35 : kind === 'in' ? 0.75 : 1;
          const seen = blend(color(), theme.background, opacity);
          const label = insideLabelColor(bar, color, theme);
          expect(contrastRatio(label, seen), `${color()} ${kind}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  });

  // The page's own colours are CSS variables: read them from the stylesheet, per theme.
  const css = readFileSync(new URL('../../app/styles.css', import.meta.url), 'utf8');
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries(
      [...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1]!, m[2]!]),
    );
  };
  const light = block(':root');
  const pages = {
    light,
    dark: { ...light, ...block(":root[data-theme='dark']") },
    deck: { ...light, ...block('.deck') },
  };

  it.each(Object.entries(pages))(
    'the %s page has text at least 4.5:1 on every surface it sits on',
    (_, vars) => {
      expect(Object.keys(vars).length).toBeGreaterThan(10);
      const pairs: [string, string][] = [];
      for (const text of ['text', 'muted', 'accent', 'error'])
        for (const surface of ['panel', 'page', 'control']) pairs.push([text, surface]);
      for (const surface of ['selected', 'notice', 'hover']) pairs.push(['text', surface]);
      for (const [text, surface] of pairs) {
        const ratio = contrastRatio(vars[text]!, vars[surface]!);
        expect(ratio, `--${text} on --${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});
