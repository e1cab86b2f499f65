/**
 * The one place the timeline uses d3-selection: a horizontal d3-brush attached to a `<g>` through a ref.
 * d3 owns that group's children (overlay and selection); React owns everything else.
 */
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';
import { useChartTheme } from '../shared/theme';

/** Options of {@link useBrushX}; pixels in the chart's coordinates. */
export interface BrushOptions {
  extent: [[number, number], [number, number]];
  /** The selection to show, e.g. the store's date range; null for none. */
  selection: [number, number] | null;
  /** Called when the user ends a brush gesture: the span in px, or null when they cleared it with a click. */
  onBrushEnd: (span: [number, number] | null) => void;
}

/** Attaches a brush to the returned ref's `<g>` and keeps its selection in step with `selection`. */
export function useBrushX({ extent, selection, onBrushEnd }: BrushOptions) {
  const theme = useChartTheme();
  const ref = useRef<SVGGElement>(null);
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const callback = useRef(onBrushEnd);
  useEffect(() => {
    callback.current = onBrushEnd;
  }, [onBrushEnd]);

  const [[ex0, ey0], [ex1, ey1]] = extent;
  useEffect(() => {
    const group = ref.current;
    if (!group) return undefined;
    const behavior = brushX<unknown>()
      .extent([
        [ex0, ey0],
        [ex1, ey1],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Moves made from code (below) have no source event; only the user's gestures change the filter.
        if (!event.sourceEvent) return;
        const span = event.selection as [number, number] | null;
        callback.current(span && Math.abs(span[1] - span[0]) >= 2 ? span : null);
      });
    const g = select(group);
    g.call(behavior);
    brush.current = behavior;
    return () => {
      g.on('.brush', null);
      g.selectAll('*').remove();
      brush.current = null;
    };
  }, [ex0, ey0, ex1, ey1]);

  // The selection's colour follows the theme without rebuilding the brush.
  const brushColor = theme.brush;
  useEffect(() => {
    if (ref.current)
      select(ref.current)
        .select('.selection')
        .attr('fill', brushColor)
        .attr('fill-opacity', 0.18)
        .attr('stroke', brushColor);
  }, [brushColor, ex0, ey0, ex1, ey1]);

  const [s0, s1] = selection ?? [null, null];
  useEffect(() => {
    const group = ref.current;
    if (!group || !brush.current) return;
    select(group).call(brush.current.move, s0 === null || s1 === null ? null : [s0, s1]);
  }, [s0, s1, ex0, ey0, ex1, ey1]);

  return ref;
}
