/**
 * Colours, type and sizes of the charts. Everything that must survive an SVG export is applied as an SVG
 * attribute from here (not as CSS), so an exported file looks like the panel. Colours come in themes, provided
 * through React context ({@link ChartThemeContext}); sizes are the same in every theme.
 */
import { createContext, useContext } from 'react';

/**
 * Font stack for chart text: Noto Sans for Latin and Noto Sans TC for Traditional Chinese (both self-hosted by
 * the app), then system CJK and sans-serif fonts for files opened elsewhere.
 */
export const FONT_FAMILY =
  '"Noto Sans", "Noto Sans TC", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", sans-serif';

/** Type sizes in px, shared by layouts (which measure text) and marks. */
export const TYPE = {
  fontSize: 12,
  labelFontSize: 13,
  titleFontSize: 16,
} as const;

/** The colours and opacities of one theme. Text colours reach at least 4.5:1 against `background`. */
export interface ChartTheme {
  name: 'light' | 'dark' | 'high-contrast';
  background: string;
  text: string;
  mutedText: string;
  axis: string;
  grid: string;
  neutral: string;
  derivedStroke: string;
  brush: string;
  /** The keyboard focus ring around a mark: at least 3:1 against the background. */
  focus: string;
  /** Opacity of links at rest, and of a highlighted one. */
  linkOpacity: number;
  activeLinkOpacity: number;
  /** Opacity of marks that are not highlighted while something else is. */
  fadedOpacity: number;
  /** Opacity of labels of marks that are not highlighted: faded, but still readable. */
  fadedTextOpacity: number;
  /**
   * Company colours, assigned in order of how much each company figures in the data: Okabe–Ito hues (safe for the
   * common colour-vision deficiencies), shaded so each is at least 3:1 against the background.
   */
  categories: readonly string[];
}

/** Okabe–Ito blue, bluish green, vermillion and reddish purple, with orange darkened to ochre for 3:1 on white. */
const LIGHT_CATEGORIES = ['#0072B2', '#009E73', '#D55E00', '#CC79A7', '#9A6700'] as const;
/** On a dark background the lighter Okabe–Ito hues: sky blue, bluish green, vermillion, reddish purple, orange. */
const DARK_CATEGORIES = ['#56B4E9', '#009E73', '#D55E00', '#CC79A7', '#E69F00'] as const;

/** The default theme, also the one exports use unless told otherwise. */
export const lightTheme: ChartTheme = {
  name: 'light',
  background: '#ffffff',
  text: '#1f2328',
  mutedText: '#57606a',
  axis: '#6e7781',
  grid: '#d8dee4',
  neutral: '#6e7781',
  derivedStroke: '#1f2328',
  brush: '#0969da',
  focus: '#0969da',
  linkOpacity: 0.45,
  activeLinkOpacity: 0.75,
  fadedOpacity: 0.15,
  fadedTextOpacity: 0.4,
  categories: LIGHT_CATEGORIES,
};

/** For dark rooms and dark-mode readers: light text on near-black, lighter company colours. */
export const darkTheme: ChartTheme = {
  name: 'dark',
  background: '#0d1117',
  text: '#e6edf3',
  mutedText: '#9198a1',
  axis: '#6e7681',
  grid: '#30363d',
  neutral: '#8c959f',
  derivedStroke: '#e6edf3',
  brush: '#58a6ff',
  focus: '#58a6ff',
  linkOpacity: 0.55,
  activeLinkOpacity: 0.85,
  fadedOpacity: 0.18,
  fadedTextOpacity: 0.45,
  categories: DARK_CATEGORIES,
};

/** For projectors: black text, darker axes and greys, more opaque links, so nothing washes out on a wall. */
export const highContrastTheme: ChartTheme = {
  name: 'high-contrast',
  background: '#ffffff',
  text: '#000000',
  mutedText: '#24292f',
  axis: '#424a53',
  grid: '#afb8c1',
  neutral: '#57606a',
  derivedStroke: '#000000',
  brush: '#0550ae',
  focus: '#0550ae',
  linkOpacity: 0.6,
  activeLinkOpacity: 0.9,
  fadedOpacity: 0.12,
  fadedTextOpacity: 0.6,
  categories: LIGHT_CATEGORIES,
};

/** Sizes plus the default colours, for code that only needs sizes or runs outside React (layouts, tests). */
export const theme = { ...TYPE, ...lightTheme, fontFamily: FONT_FAMILY } as const;

/** The chart theme in effect; the light theme unless a provider says otherwise. */
export const ChartThemeContext = createContext<ChartTheme>(lightTheme);

/** The current chart theme, with sizes and the font family. */
export function useChartTheme() {
  return { ...TYPE, ...useContext(ChartThemeContext), fontFamily: FONT_FAMILY };
}

/**
 * A company → colour mapping that stays the same under every filter: the first companies in `ranked` get the
 * theme's category colours, the rest share its neutral grey.
 */
export function buildPalette(
  ranked: readonly string[],
  chartTheme: ChartTheme = lightTheme,
): (companyId: string) => string {
  const colors = new Map(
    ranked.slice(0, chartTheme.categories.length).map((id, i) => [id, chartTheme.categories[i]!]),
  );
  return (companyId) => colors.get(companyId) ?? chartTheme.neutral;
}

/** The chart theme for a resolved display theme. */
export function chartThemeFor(display: 'light' | 'dark'): ChartTheme {
  return display === 'dark' ? darkTheme : lightTheme;
}
