/**
 * The hatch pattern that marks derived values (computed from the article's numbers, not stated by it), in every
 * chart and in exports. Pattern ids are prefixed per chart so several charts can share one document.
 */
import { useChartTheme } from './theme';

/** Id of the derived-value hatch for a chart. */
export const derivedPatternId = (chart: string) => `${chart}-derived-hatch`;

/** `<defs>` with the derived-value hatch: diagonal lines over a light fill of `color`. */
export function DerivedPattern({ chart, color }: { chart: string; color: string }) {
  const theme = useChartTheme();
  return (
    <pattern
      id={derivedPatternId(chart)}
      width={6}
      height={6}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={6} height={6} fill={color} fillOpacity={0.35} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={theme.derivedStroke} strokeWidth={1.5} strokeOpacity={0.7} />
    </pattern>
  );
}
