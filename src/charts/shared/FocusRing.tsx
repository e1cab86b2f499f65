/**
 * The keyboard's focus ring around a mark, in the theme's focus colour (at least 3:1 on the background), drawn
 * over the marks and deaf to the pointer. Charts say where: a box around a rectangle or a span, a circle around a dot.
 */
import { useChartTheme } from './theme';

/** Where the ring goes, in layout px: a box (padded by 3 px) or a circle. */
export type RingShape =
  | { kind: 'box'; x: number; y: number; width: number; height: number; pad?: number; rx?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number };

/** The ring, as `<g id="focus-ring">`; nothing for a mark that is gone (null). */
export function FocusRing({ shape }: { shape: RingShape | null }) {
  const theme = useChartTheme();
  if (!shape) return null;
  const pad = shape.kind === 'box' ? (shape.pad ?? 3) : 0;
  return (
    <g id="focus-ring" pointerEvents="none" fill="none" stroke={theme.focus} strokeWidth={2.5}>
      {shape.kind === 'box' ? (
        <rect
          x={shape.x - pad}
          y={shape.y - pad}
          width={shape.width + 2 * pad}
          height={shape.height + 2 * pad}
          rx={shape.rx ?? 3}
        />
      ) : (
        <circle cx={shape.cx} cy={shape.cy} r={shape.r} />
      )}
    </g>
  );
}
