/**
 * Export is a separate static render, not a copy of the live DOM: a chart's marks rendered into a frame that adds
 * `xmlns`, `viewBox`, size, an explicit background, the title, the active filter and the source credit. Styles
 * are presentation attributes (from `theme.ts`), text is placed with `x`/`y`/`dy` only, and groups carry readable
 * ids (`heading`, `chart`, `credit`, and the charts' own `links`, `nodes`, `labels`, `legend`…), so editors such
 * as Inkscape and Illustrator import it as named layers.
 */
import type { ReactElement } from 'react';
import { estimateTextWidth, type MeasureText } from '../charts/shared/measure';
import { ChartThemeContext, lightTheme, useChartTheme, type ChartTheme } from '../charts/shared/theme';

/** Sizes an export can have: the panel as shown, or a slide (re-laid out for it, not scaled). */
export const SIZE_PRESETS = {
  panel: { label: 'Panel size', width: 0, height: 0, scale: 1 },
  '1920x1080': { label: '1920×1080 (16:9)', width: 1920, height: 1080, scale: 1.5 },
  '1080x1080': { label: '1080×1080', width: 1080, height: 1080, scale: 1.25 },
} as const;
/** A key of {@link SIZE_PRESETS}. */
export type SizePreset = keyof typeof SIZE_PRESETS;

/** Padding around the chart and the heights of the title block and the credit line, in px. */
export const FRAME = { pad: 16, header: 56, creditLine: 15, creditGap: 12 } as const;

/** What goes around the marks in an exported file. */
export interface ExportFrame {
  title: string;
  /** The filter the chart shows, e.g. "Google, Meta · Jan 2023 – Feb 2024". */
  subtitle: string;
  credit: string;
  /** Size of the chart's geometry, in px. */
  chart: { width: number; height: number };
  preset: SizePreset;
}

/** Where things go in the file: outer size in px, the viewBox, the chart's transform and the credit's lines. */
export interface FrameLayout {
  width: number;
  height: number;
  viewBox: { width: number; height: number };
  chartTransform: string;
  creditLines: string[];
  creditY: number;
}

/** Splits text into lines no wider than `width` px, at spaces (or anywhere, for text without spaces). */
export function wrapText(text: string, width: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)/)) {
    if (line && measure(line + word, fontSize) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

/**
 * The chart area a preset leaves for the chart, in its own (unscaled) px: what a chart is laid out for. For
 * `panel` it is the panel's own chart size.
 */
export function chartArea(
  preset: SizePreset,
  panelChart: { width: number; height: number },
  creditLines = 2,
) {
  if (preset === 'panel') return panelChart;
  const { width, height, scale } = SIZE_PRESETS[preset];
  return {
    width: Math.floor(width / scale - 2 * FRAME.pad),
    height: Math.floor(
      height / scale - FRAME.header - FRAME.creditGap - creditLines * FRAME.creditLine - FRAME.pad,
    ),
  };
}

/** Lays out the frame: sizes, the chart's transform (centred, shrunk only if it does not fit) and the credit. */
export function layoutFrame(frame: ExportFrame, measure: MeasureText = estimateTextWidth): FrameLayout {
  const { pad, header, creditLine, creditGap } = FRAME;
  if (frame.preset === 'panel') {
    const width = Math.ceil(frame.chart.width + 2 * pad);
    const creditLines = wrapText(frame.credit, width - 2 * pad, 11, measure);
    const height = Math.ceil(
      header + frame.chart.height + creditGap + creditLines.length * creditLine + pad / 2,
    );
    return {
      width,
      height,
      viewBox: { width, height },
      chartTransform: `translate(${pad} ${header})`,
      creditLines,
      creditY: header + frame.chart.height + creditGap + 11,
    };
  }
  const { width, height, scale } = SIZE_PRESETS[frame.preset];
  const vb = { width: width / scale, height: height / scale };
  const creditLines = wrapText(frame.credit, vb.width - 2 * pad, 11, measure);
  const area = {
    width: vb.width - 2 * pad,
    height: vb.height - header - creditGap - creditLines.length * creditLine - pad,
  };
  const fit = Math.min(1, area.width / frame.chart.width, area.height / frame.chart.height);
  const dx = pad + (area.width - frame.chart.width * fit) / 2;
  const transform =
    fit < 1 ? `translate(${dx} ${header}) scale(${fit.toFixed(4)})` : `translate(${dx} ${header})`;
  return {
    width,
    height,
    viewBox: vb,
    chartTransform: transform,
    creditLines,
    creditY: vb.height - pad - (creditLines.length - 1) * creditLine,
  };
}

/** The framed SVG element; `marks` is a chart's `*Marks` component for its geometry. */
export function ExportSvg({
  frame,
  marks,
  layout,
}: {
  frame: ExportFrame;
  marks: ReactElement;
  layout: FrameLayout;
}) {
  const theme = useChartTheme();
  const { width, height, viewBox } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      version="1.1"
      width={width}
      height={height}
      viewBox={`0 0 ${viewBox.width} ${viewBox.height}`}
      fontFamily={theme.fontFamily}
      fontSize={theme.fontSize}
      fill={theme.text}
    >
      <title>{frame.title}</title>
      <desc>{`${frame.subtitle}. ${frame.credit}`}</desc>
      <rect id="background" width={viewBox.width} height={viewBox.height} fill={theme.background} />
      <g id="heading">
        <text
          x={FRAME.pad}
          y={FRAME.pad + theme.titleFontSize}
          fontSize={theme.titleFontSize}
          fontWeight={700}
          fill={theme.text}
        >
          {frame.title}
        </text>
        <text
          x={FRAME.pad}
          y={FRAME.pad + theme.titleFontSize + 20}
          fontSize={theme.fontSize}
          fill={theme.mutedText}
        >
          {frame.subtitle}
        </text>
      </g>
      <g id="chart" transform={layout.chartTransform}>
        {marks}
      </g>
      <text id="credit" x={FRAME.pad} y={layout.creditY} fontSize={11} fill={theme.mutedText}>
        {layout.creditLines.map((line, i) => (
          <tspan key={i} x={FRAME.pad} dy={i === 0 ? 0 : FRAME.creditLine}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}

/**
 * Renders a framed chart to a standalone SVG document (XML declaration included), without fonts; see
 * `pipeline.ts` for embedding them. react-dom/server is loaded only when someone exports. `chartTheme` picks
 * the colours (light unless the user exported "as shown" from a dark page); the frame's background follows it.
 */
export async function renderSvgDocument(
  frame: ExportFrame,
  marks: ReactElement,
  measure: MeasureText = estimateTextWidth,
  chartTheme: ChartTheme = lightTheme,
): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const markup = renderToStaticMarkup(
    <ChartThemeContext.Provider value={chartTheme}>
      <ExportSvg frame={frame} marks={marks} layout={layoutFrame(frame, measure)} />
    </ChartThemeContext.Provider>,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
