/**
 * A tooltip over a chart: HTML (so long text wraps), placed near the pointer and kept inside the chart.
 */
import type { ReactNode } from 'react';

/** Where to show a tooltip: pointer position relative to the chart container, and the container's size (px). */
export interface TooltipAnchor {
  x: number;
  y: number;
  containerWidth: number;
}

/** Props of {@link Tooltip}. */
export interface TooltipProps {
  anchor: TooltipAnchor;
  children: ReactNode;
}

const WIDTH = 300;

/** The tooltip box; flips to the pointer's left when it would overflow the container's right edge. */
export function Tooltip({ anchor, children }: TooltipProps) {
  const flip = anchor.x + 16 + WIDTH > anchor.containerWidth;
  const left = flip ? Math.max(0, anchor.x - 16 - WIDTH) : anchor.x + 16;
  return (
    <div className="tooltip" role="tooltip" style={{ left, top: anchor.y + 12, width: WIDTH }}>
      {children}
    </div>
  );
}

/** The anchor for a pointer event, relative to the element the chart is drawn in. */
export function anchorFrom(
  event: { clientX: number; clientY: number },
  container: Element | null,
): TooltipAnchor {
  const rect = container?.getBoundingClientRect();
  return {
    x: event.clientX - (rect?.left ?? 0),
    y: event.clientY - (rect?.top ?? 0),
    containerWidth: rect?.width ?? WIDTH * 2,
  };
}
