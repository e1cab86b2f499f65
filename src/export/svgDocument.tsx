/**
 * Export is a separate static render, not a copy of the live DOM: a chart's marks rendered into a frame that adds
 * `xmlns`, `viewBox`, size, an explicit background, the title, the active filter and the source credit. Styles
 * are presentation attributes (from `theme.ts`), so the file needs nothing outside itself.
 */
import type { ReactElement } from 'react';
import { theme } from '../charts/shared/theme';

/** What goes around the marks in an exported file. Sizes in px. */
export interface ExportFrame {
  title: string;
  /** The filter the chart shows, e.g. "Google, Meta · Jan 2023 – Feb 2024". */
  subtitle: string;
  credit: string;
  /** Size of the chart's marks, as laid out. */
  width: number;
  height: number;
}

const PAD = 16;
const HEADER = 56;
const FOOTER = 32;

/** The export's outer size for a chart of the frame's size. */
export function exportSize(frame: Pick<ExportFrame, 'width' | 'height'>): { width: number; height: number } {
  return { width: Math.ceil(frame.width + 2 * PAD), height: Math.ceil(frame.height + HEADER + FOOTER) };
}

/** The framed SVG element; `marks` is a chart's `*Marks` component for its geometry. */
export function ExportSvg({ frame, marks }: { frame: ExportFrame; marks: ReactElement }) {
  const { width, height } = exportSize(frame);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      version="1.1"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.fontFamily}
      fontSize={theme.fontSize}
      fill={theme.text}
    >
      <title>{frame.title}</title>
      <desc>{`${frame.subtitle}. ${frame.credit}`}</desc>
      <rect id="background" width={width} height={height} fill={theme.background} />
      <g id="heading">
        <text
          x={PAD}
          y={PAD + theme.titleFontSize}
          fontSize={theme.titleFontSize}
          fontWeight={700}
          fill={theme.text}
        >
          {frame.title}
        </text>
        <text x={PAD} y={PAD + theme.titleFontSize + 20} fontSize={theme.fontSize} fill={theme.mutedText}>
          {frame.subtitle}
        </text>
      </g>
      <g id="chart" transform={`translate(${PAD} ${HEADER})`}>
        {marks}
      </g>
      <text id="credit" x={PAD} y={height - 12} fontSize={11} fill={theme.mutedText}>
        {frame.credit}
      </text>
    </svg>
  );
}

/**
 * Renders a framed chart to a standalone SVG document (XML declaration included). react-dom/server is loaded
 * only when someone exports, to keep it out of the initial bundle.
 */
export async function renderSvgDocument(frame: ExportFrame, marks: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const markup = renderToStaticMarkup(<ExportSvg frame={frame} marks={marks} />);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
