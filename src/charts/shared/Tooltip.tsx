/**
 * A tooltip over a chart: HTML (so long text wraps), placed near the pointer and kept inside the chart.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Where to show a tooltip: pointer position relative to the chart container, and the container's size (px). */
export interface TooltipAnchor {
  x: number;
  y: number;
  containerWidth: number;
  containerHeight: number;
}

/** Props of {@link Tooltip}. */
export interface TooltipProps {
  anchor: TooltipAnchor;
  children: ReactNode;
}

/** The width CSS gives a tooltip (`.tooltip`); used until the real one is measured. */
const WIDTH = 300;

/**
 * The tooltip box; flips to the pointer's left near the container's right edge, and above the pointer in the
 * lower half of the container, so it stays over the chart it describes. Its width comes from CSS (wider in the
 * presentation deck), so it is measured after layout rather than assumed. Its height is capped (see CSS).
 */
export function Tooltip({ anchor, children }: TooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(WIDTH);
  useLayoutEffect(() => {
    const measured = ref.current?.offsetWidth;
    if (measured && Math.abs(measured - width) > 1) setWidth(measured);
  }, [width, anchor.containerWidth]);
  const flipX = anchor.x + 16 + width > anchor.containerWidth;
  const left = flipX ? Math.max(0, anchor.x - 16 - width) : anchor.x + 16;
  const below = anchor.y < anchor.containerHeight / 2;
  const style = below
    ? { left, top: anchor.y + 12 }
    : { left, bottom: anchor.containerHeight - anchor.y + 12 };
  return (
    <div ref={ref} className="tooltip" role="tooltip" style={style}>
      {children}
    </div>
  );
}

/** At most `max` items, then "…and N more", so a tooltip never grows taller than the chart. */
export function capList<T>(items: readonly T[], max = 8): { shown: readonly T[]; more: number } {
  return items.length <= max
    ? { shown: items, more: 0 }
    : { shown: items.slice(0, max - 1), more: items.length - (max - 1) };
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
    containerHeight: rect?.height ?? 400,
  };
}

/**
 * The anchor for a point of the chart's geometry (layout px; the chart is `width`×`height` drawn at `scale`): where
 * a focused mark is. Needs no DOM, since the chart's container is the size of the chart.
 */
export function anchorAt(
  x: number,
  y: number,
  chart: { width: number; height: number; scale: number },
): TooltipAnchor {
  return {
    x: x * chart.scale,
    y: y * chart.scale,
    containerWidth: chart.width * chart.scale,
    containerHeight: chart.height * chart.scale,
  };
}
