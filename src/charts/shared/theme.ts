/**
 * Colours, type and sizes of the charts. Everything that must survive an SVG export is applied as an SVG
 * attribute from here (not as CSS), so an exported file looks like the panel.
 */

/**
 * Font stack for chart text: Noto Sans for Latin and Noto Sans TC for Traditional Chinese (both self-hosted by
 * the app), then system CJK and sans-serif fonts for files opened elsewhere.
 */
export const FONT_FAMILY =
  '"Noto Sans", "Noto Sans TC", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", sans-serif';

/** Chart colours (light theme). Text colours reach at least 4.5:1 against `background`. */
export const theme = {
  background: '#ffffff',
  text: '#1f2328',
  mutedText: '#57606a',
  axis: '#8c959f',
  grid: '#d8dee4',
  neutral: '#8c959f',
  derivedStroke: '#1f2328',
  brush: '#0969da',
  fontFamily: FONT_FAMILY,
  fontSize: 12,
  labelFontSize: 13,
  titleFontSize: 16,
  /** Opacity of marks that are not highlighted while something else is. */
  fadedOpacity: 0.15,
} as const;

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), without black and yellow, which are hard to
 * tell from text and background. Assigned to companies in order of how much they figure in the data.
 */
export const CATEGORY_COLORS = ['#0072B2', '#009E73', '#D55E00', '#CC79A7', '#E69F00', '#56B4E9'] as const;

/**
 * A company → colour mapping that stays the same under every filter: the first companies in `ranked` get the
 * palette, the rest share the neutral grey.
 */
export function buildPalette(ranked: readonly string[]): (companyId: string) => string {
  const colors = new Map(ranked.slice(0, CATEGORY_COLORS.length).map((id, i) => [id, CATEGORY_COLORS[i]!]));
  return (companyId) => colors.get(companyId) ?? theme.neutral;
}
