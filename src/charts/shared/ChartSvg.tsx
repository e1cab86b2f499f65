/**
 * The `<svg role="img">` every chart draws into: sized in px, with a `<title>` (its accessible name) and a
 * `<desc>`, and the chart font and colours as attributes so an export made from the same marks matches.
 */
import { useId, type ReactNode } from 'react';
import { useChartTheme } from './theme';
import type { MarkFocus } from './useMarkFocus';

/** Props of {@link ChartSvg}; `width`/`height` in px. */
export interface ChartSvgProps {
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
  onPointerLeave?: () => void;
  /** Draw enlarged by this factor (presentation mode); the viewBox stays in layout px. */
  scale?: number;
  /** Makes the chart a keyboard stop (from {@link MarkFocus}); the static export leaves it out. */
  keyboard?: MarkFocus['svgProps'];
  /** How to use the keys, read after the description. */
  keyboardHint?: string;
}

/** The chart's root `<svg>`; renders nothing at size 0, so a panel that is not laid out yet draws no stray marks. */
export function ChartSvg({
  width,
  height,
  title,
  description,
  children,
  onPointerLeave,
  scale = 1,
  keyboard,
  keyboardHint,
}: ChartSvgProps) {
  const theme = useChartTheme();
  const id = useId();
  if (width <= 0 || height <= 0) return null;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width={Math.round(width * scale)}
      height={Math.round(height * scale)}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.fontFamily}
      fontSize={theme.fontSize}
      fill={theme.text}
      onPointerLeave={onPointerLeave}
      style={{ display: 'block', overflow: 'visible' }}
      {...keyboard}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{keyboardHint ? `${description} ${keyboardHint}` : description}</desc>
      {children}
    </svg>
  );
}
