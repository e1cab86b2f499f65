/**
 * How panels size their charts. In the explorer a chart lays out at the panel's width (1 px = 1 px); in
 * presentation mode it lays out at a smaller "logical" size and is drawn enlarged by `scale`, so every label
 * grows with the screen (24 px text on a 1920×1080 projector) and the panel's height is filled.
 */
import { createContext, useContext } from 'react';

/** `scale`: how much charts are enlarged; `fillHeight`: lay out for the panel's height too. */
export interface PanelSizing {
  scale: number;
  fillHeight: boolean;
}

/** Sizing for the panels below a provider; the explorer's by default. */
export const PanelSizingContext = createContext<PanelSizing>({ scale: 1, fillHeight: false });

/** The sizing in effect. */
export function usePanelSizing(): PanelSizing {
  return useContext(PanelSizingContext);
}

/**
 * The size a chart lays out at, and the scale it is drawn at: `measured` divided by the scale, with `height`
 * falling back to `defaultHeight(width)` outside presentation mode.
 */
export function logicalSize(
  measured: { width: number; height: number },
  sizing: PanelSizing,
  defaultHeight: (width: number) => number,
): { width: number; height: number } {
  const width = Math.floor(measured.width / sizing.scale);
  return {
    width,
    height: sizing.fillHeight ? Math.floor(measured.height / sizing.scale) : defaultHeight(width),
  };
}

/** The scale to draw a laid-out chart at: the sizing's, shrunk if the chart is taller than the room it has. */
export function drawScale(chartHeight: number, measuredHeight: number, sizing: PanelSizing): number {
  if (!sizing.fillHeight || chartHeight <= 0) return 1;
  return Math.min(sizing.scale, measuredHeight / chartHeight);
}

/**
 * True inside an embedded view (`?embed=`): panels leave out their export menus and slide actions, which belong
 * to the app, not to the article that embeds a chart.
 */
export const EmbedContext = createContext(false);
