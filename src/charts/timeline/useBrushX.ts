/**
 * The one place the timeline uses d3-selection: a horizontal d3-brush attached to a `<g>` through a ref.
 * d3 owns that group's children (overlay and selection); React owns everything else. d3-brush (with the
 * d3-transition, d3-drag and d3-timer it brings) loads after the first paint: the chart is drawn without waiting
 * for it, and exports, which never brush, never load it.
 */
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { useEffect, useRef, useState } from 'react';
import { useChartTheme } from '../shared/theme';

/** Options of {@link useBrushX}; pixels in the chart's coordinates. */
export interface BrushOptions {
  extent: [[number, number], [number, number]];
  /** The selection to show, e.g. the store's date range; null for none. */
  selection: [number, number] | null;
  /** Called when the user ends a brush gesture: the span in px, or null when they cleared it with a click. */
  onBrushEnd: (span: [number, number] | null) => void;
}

/** d3-brush and d3-selection, loaded together after the first paint. */
type BrushModule = typeof import('d3-brush') & Pick<typeof import('d3-selection'), 'select'>;
let loaded: BrushModule | null = null;

/** Attaches a brush to the returned ref's `<g>` and keeps its selection in step with `selection`. */
export function useBrushX({ extent, selection, onBrushEnd }: BrushOptions) {
  const theme = useChartTheme();
  const ref = useRef<SVGGElement>(null);
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const [d3Brush, setD3Brush] = useState<BrushModule | null>(loaded);
  useEffect(() => {
    if (d3Brush) return undefined;
    let live = true;
    void Promise.all([import('d3-brush'), import('d3-selection')]).then(([brush, selection]) => {
      const m = { ...brush, select: selection.select };
      loaded = m;
      if (live) setD3Brush(m);
    });
    return () => {
      live = false;
    };
  }, [d3Brush]);
  const callback = useRef(onBrushEnd);
  useEffect(() => {
    callback.current = onBrushEnd;
  }, [onBrushEnd]);

  const [[ex0, ey0], [ex1, ey1]] = extent;
  // One brush for the group's life. A new extent (the timeline grows or shrinks with the filter) is applied to
  // it in place: d3-brush updates its overlay and keeps the selection, where rebuilding made its elements anew.
  useEffect(() => {
    const group = ref.current;
    if (!group || !d3Brush) return undefined;
    const behavior = d3Brush.brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
      // Moves made from code (below) have no source event; only the user's gestures change the filter.
      if (!event.sourceEvent) return;
      const span = event.selection as [number, number] | null;
      callback.current(span && Math.abs(span[1] - span[0]) >= 2 ? span : null);
    });
    brush.current = behavior;
    const g = d3Brush.select(group);
    return () => {
      g.on('.brush', null);
      g.selectAll('*').remove();
      g.property('__brush', null);
      brush.current = null;
    };
  }, [d3Brush]);
  useEffect(() => {
    const group = ref.current;
    if (!group || !brush.current || !d3Brush) return;
    d3Brush.select(group).call(
      brush.current.extent([
        [ex0, ey0],
        [ex1, ey1],
      ]),
    );
  }, [d3Brush, ex0, ey0, ex1, ey1]);

  // The selection's colour follows the theme without rebuilding the brush.
  const brushColor = theme.brush;
  useEffect(() => {
    if (ref.current && d3Brush)
      d3Brush
        .select(ref.current)
        .select('.selection')
        .attr('fill', brushColor)
        .attr('fill-opacity', 0.18)
        .attr('stroke', brushColor);
  }, [brushColor, d3Brush]);

  const [s0, s1] = selection ?? [null, null];
  useEffect(() => {
    const group = ref.current;
    if (!group || !brush.current || !d3Brush) return;
    d3Brush.select(group).call(brush.current.move, s0 === null || s1 === null ? null : [s0, s1]);
  }, [s0, s1, d3Brush, ex0, ey0, ex1, ey1]);

  return ref;
}
