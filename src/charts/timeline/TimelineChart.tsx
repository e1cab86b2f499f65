/**
 * Timeline stage 3 — placed geometry → SVG. {@link TimelineMarks} draws with no state (the export renders it
 * too); {@link TimelineChart} adds the `<svg>`, hover, tooltips and the brush that sets the date range.
 */
import { useMemo, useRef, useState } from 'react';
import { ChartSvg } from '../shared/ChartSvg';
import { KeyboardHelp } from '../shared/KeyboardHelp';
import { listMove } from '../shared/keyboard';
import { useMarkFocus } from '../shared/useMarkFocus';
import { EN, type Locale } from '../../i18n/locale';
import { Legend } from '../shared/Legend';
import { useChartTheme } from '../shared/theme';
import { anchorAt, anchorFrom, Tooltip, type TooltipAnchor } from '../shared/Tooltip';
import { monthsFromPixels, pixelsFromMonths, type PlacedTimelineItem, type TimelineGeometry } from './layout';
import { useBrushX } from './useBrushX';

/** Props of {@link TimelineMarks}. */
export interface TimelineMarksProps {
  geometry: TimelineGeometry;
  color: (company: string) => string;
  highlighted?: string | null;
  hover?: string | null;
  onHover?: (id: string, event: React.PointerEvent) => void;
  /**
   * Native `<title>` tooltips on every mark: for exported files, which have no app around them. The live chart
   * leaves them out, so they do not pop up over its own tooltip.
   */
  titles?: boolean;
  /** The event the keyboard is on, drawn with a focus ring. */
  focused?: string | null;
}

/** Events in time order (then top to bottom): the keyboard's path along the timeline. */
export function timelineFocusOrder(geometry: TimelineGeometry): string[] {
  return [...geometry.items].sort((a, b) => a.x0 - b.x0 || a.y - b.y).map((i) => i.id);
}

/** The timeline's marks as a `<g>`: axis with ticks and breaks, event marks, and labels, in named groups. */
export function TimelineMarks({
  geometry,
  color,
  highlighted = null,
  hover = null,
  onHover,
  titles = false,
  focused = null,
}: TimelineMarksProps) {
  const theme = useChartTheme();
  const fillOf = (item: PlacedTimelineItem, color: (c: string) => string) =>
    item.company ? color(item.company) : theme.mutedText;
  const opacity = (item: PlacedTimelineItem) => {
    if (hover) return hover === item.id ? 1 : 0.3;
    if (highlighted) return item.companies.includes(highlighted) ? 1 : 0.25;
    return item.inRange ? 1 : 0.35;
  };
  const { axis } = geometry;
  return (
    <g>
      <Legend legend={geometry.legend} />
      <g id="axis" fontSize={theme.fontSize} fill={theme.mutedText} pointerEvents="none">
        <line x1={axis.x0} x2={axis.x1} y1={axis.y} y2={axis.y} stroke={theme.axis} />
        {geometry.ticks.map((t) => (
          <g key={`${t.x}-${t.text}`}>
            <line x1={t.x} x2={t.x} y1={axis.y} y2={axis.y + 5} stroke={theme.axis} />
            <text x={t.x} y={axis.y + 18} textAnchor={t.anchor}>
              {t.text}
            </text>
          </g>
        ))}
        {geometry.breaks.map((b) => (
          <g key={b.x} stroke={theme.axis} strokeWidth={1.5}>
            <rect x={b.x - 6} y={axis.y - 5} width={12} height={10} fill={theme.background} stroke="none" />
            <line x1={b.x - 6} x2={b.x - 2} y1={axis.y + 5} y2={axis.y - 5} />
            <line x1={b.x + 2} x2={b.x + 6} y1={axis.y + 5} y2={axis.y - 5} />
          </g>
        ))}
      </g>
      <g id="guides" pointerEvents="none">
        {geometry.items.map((item) => (
          <line
            key={item.id}
            x1={item.x0}
            x2={item.x0}
            y1={item.y}
            y2={axis.y}
            stroke={theme.grid}
            strokeWidth={1}
            opacity={opacity(item)}
          />
        ))}
      </g>
      <g id="events">
        {geometry.items.map((item) => (
          <g
            key={item.id}
            aria-label={item.name}
            role="graphics-symbol"
            data-event={item.id}
            opacity={opacity(item)}
            onPointerEnter={onHover && ((e) => onHover(item.id, e))}
            onPointerMove={onHover && ((e) => onHover(item.id, e))}
          >
            {titles && <title>{item.name}</title>}
            {item.point ? (
              <circle cx={item.x0} cy={item.y + item.markDy} r={4.5} fill={fillOf(item, color)} />
            ) : (
              // A label over a wide span sits above it, and the span thins below the text.
              <rect
                x={item.x0}
                y={item.y + item.markDy - (item.markDy ? 2 : 4)}
                width={item.x1 - item.x0}
                height={item.markDy ? 4 : 8}
                rx={2}
                fill={fillOf(item, color)}
              />
            )}
            <text
              x={item.label.x}
              y={item.y + item.label.dy}
              dy="0.35em"
              textAnchor={item.label.anchor}
              fill={theme.text}
              fontSize={theme.fontSize}
              aria-hidden="true"
            >
              {item.label.text}
            </text>
          </g>
        ))}
      </g>
      {focused && <TimelineFocusRing geometry={geometry} id={focused} />}
    </g>
  );
}

/** The keyboard's ring around an event's mark: a circle round a dot, a rounded box round a span. */
function TimelineFocusRing({ geometry, id }: { geometry: TimelineGeometry; id: string }) {
  const theme = useChartTheme();
  const item = geometry.items.find((i) => i.id === id);
  if (!item) return null;
  const cy = item.y + item.markDy;
  return (
    <g id="focus-ring" pointerEvents="none" fill="none" stroke={theme.focus} strokeWidth={2.5}>
      {item.point ? (
        <circle cx={item.x0} cy={cy} r={8} />
      ) : (
        <rect x={item.x0 - 4} y={cy - 8} width={item.x1 - item.x0 + 8} height={16} rx={4} />
      )}
    </g>
  );
}

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  geometry: TimelineGeometry;
  color: (company: string) => string;
  highlighted: string | null;
  onHoverCompany: (company: string | null) => void;
  /** The store's month range, shown as the brush. */
  from: string | null;
  to: string | null;
  /** Called with the brushed months, or nulls when the brush is cleared. */
  onRangeChange: (from: string | null, to: string | null) => void;
  title: string;
  description: string;
  /** Draw enlarged by this factor (presentation mode). */
  scale?: number;
  /** The reader's language (English by default). */
  locale?: Locale;
  /** Enter or Space on an event: the panel toggles its company in the filter. */
  onToggleCompany?: (company: string) => void;
}

/** The interactive timeline: hover for details; drag along the axis to set the date range every panel uses. */
export function TimelineChart({
  geometry,
  color,
  highlighted,
  onHoverCompany,
  from,
  to,
  onRangeChange,
  title,
  description,
  scale = 1,
  locale = EN,
  onToggleCompany,
}: TimelineChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chartSize = { width: geometry.width, height: geometry.height, scale };
  const [hover, setHover] = useState<string | null>(null);
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);
  const order = useMemo(() => timelineFocusOrder(geometry), [geometry]);
  const itemById = (id: string | null) => geometry.items.find((i) => i.id === id);
  const keyboard = useMarkFocus({
    ids: order,
    move: (current, key) => listMove(order, current, key),
    describe: (id) => itemById(id)?.name ?? id,
    position: (index, count) => locale.t('panel.markPosition', { index, count }),
    onActivate: (id) => {
      const company = itemById(id)?.company;
      if (company) onToggleCompany?.(company);
    },
    onFocusMark: (id) => onHoverCompany(itemById(id)?.company ?? null),
    // The date range from the keyboard: the focused event's first month starts it, its last month ends it.
    onOtherKey: (event, id) => {
      if (event.key === 'Delete' || event.key === 'Backspace') {
        if (from === null && to === null) return false;
        onRangeChange(null, null);
        return true;
      }
      const focusedItem = itemById(id);
      if (!focusedItem) return false;
      if (event.key === '[') {
        onRangeChange(focusedItem.start.slice(0, 7), to);
        return true;
      }
      if (event.key === ']') {
        onRangeChange(from, focusedItem.end.slice(0, 7));
        return true;
      }
      return false;
    },
  });
  const focused = keyboard.focused;
  const shown = focused ?? hover;
  const focusedItem = itemById(focused);
  const shownAnchor = focusedItem
    ? anchorAt((focusedItem.x0 + focusedItem.x1) / 2, focusedItem.y + focusedItem.markDy, chartSize)
    : anchor;
  const keyHint = `${locale.t('panel.chartInstructions')} ${locale.t('timeline.keysHint')}`;
  const brushRef = useBrushX({
    extent: geometry.brushExtent,
    selection: pixelsFromMonths(geometry, from, to),
    onBrushEnd: (span) => {
      if (!span) onRangeChange(null, null);
      else onRangeChange(...monthsFromPixels(geometry, span[0], span[1]));
    },
  });
  const item = itemById(shown);
  const onHover = (id: string, event: React.PointerEvent) => {
    keyboard.clear();
    setHover(id);
    setAnchor(anchorFrom(event, container.current));
    onHoverCompany(geometry.items.find((i) => i.id === id)?.company ?? null);
  };
  const leave = () => {
    setHover(null);
    setAnchor(null);
    onHoverCompany(null);
  };
  return (
    <div ref={container} className="chart-container">
      <ChartSvg
        scale={scale}
        width={geometry.width}
        height={geometry.height}
        title={title}
        description={description}
        onPointerLeave={leave}
        keyboard={keyboard.svgProps}
        keyboardHint={keyHint}
      >
        {/* The brush lies under the marks and the axis, so its selection never covers their text. */}
        <g ref={brushRef} className="brush" />
        <TimelineMarks
          geometry={geometry}
          color={color}
          highlighted={highlighted}
          hover={shown}
          onHover={onHover}
          focused={focused}
        />
      </ChartSvg>
      <KeyboardHelp announcement={keyboard.announcement} hint={keyHint} />
      {item && shownAnchor && (
        <Tooltip anchor={shownAnchor}>
          <strong>{item.name}</strong>
          {item.detail.people.length > 0 && <p>{item.detail.people.join(', ')}</p>}
          <p>{item.detail.note}</p>
          <p className="source">
            {item.detail.sources.join(', ')} ·{' '}
            {locale.t('timeline.articleLine', { lines: item.detail.lines.join(', ') })}
          </p>
        </Tooltip>
      )}
    </div>
  );
}
