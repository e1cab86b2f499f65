/**
 * Draws a {@link LegendGeometry} as a `<g id="legend">`, with swatches that match the chart's own marks.
 */
import type { LegendGeometry } from './legend';
import { derivedPatternId } from './patterns';
import { useChartTheme } from './theme';

/** Props of {@link Legend}: the geometry and the chart whose hatch pattern the hatch swatch uses. */
export interface LegendProps {
  legend: LegendGeometry;
  /** The chart whose derived-hatch pattern the hatch swatch uses (its `<defs>` must hold it). */
  hatch?: string;
}

/** The legend group; nothing when there are no items. */
export function Legend({ legend, hatch }: LegendProps) {
  const theme = useChartTheme();
  if (!legend.items.length) return null;
  return (
    <g id="legend" fontSize={theme.fontSize} fill={theme.mutedText}>
      {legend.items.map((item) => (
        <g key={item.label}>
          {item.kind === 'hatch' && (
            <rect
              x={item.x}
              y={item.y - 6}
              width={16}
              height={12}
              fill={hatch ? `url(#${derivedPatternId(hatch)})` : theme.neutral}
              stroke={theme.derivedStroke}
              strokeWidth={1}
            />
          )}
          {item.kind === 'band' && (
            <rect x={item.x} y={item.y - 4} width={16} height={8} rx={2} fill={theme.neutral} />
          )}
          {item.kind === 'dot' && <circle cx={item.x + 8} cy={item.y} r={4.5} fill={theme.neutral} />}
          {item.kind === 'dash' && (
            <rect
              x={item.x}
              y={item.y - 6}
              width={16}
              height={12}
              fill="none"
              stroke={theme.derivedStroke}
              strokeDasharray="4 2"
            />
          )}
          {item.kind === 'break' && (
            <g stroke={theme.axis} strokeWidth={1.5}>
              <line x1={item.x + 2} x2={item.x + 6} y1={item.y + 5} y2={item.y - 5} />
              <line x1={item.x + 10} x2={item.x + 14} y1={item.y + 5} y2={item.y - 5} />
            </g>
          )}
          {item.kind === 'symbol' && (
            <text x={item.x} y={item.y} dy="0.35em" fill={theme.text} fontWeight={600}>
              {item.symbol}
            </text>
          )}
          <text x={item.labelX} y={item.y} dy="0.35em">
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
