/**
 * Timeline stage 3 — placed geometry → SVG, with no state: the axis with its ticks and breaks, event marks and
 * labels in named groups, the legend and the keyboard's focus ring (the live panel, exports and snapshots all draw
 * these); and the brush, which only the live chart has.
 */
import './messages';
import type { Locale } from '../../i18n/locale';
import type { Filter } from '../../model/filters';
import { FocusRing } from '../shared/FocusRing';
import { Legend } from '../shared/Legend';
import { markAttributes } from '../shared/marks';
import { useChartTheme } from '../shared/theme';
import type { MarksProps } from '../spec';
import {
  monthsFromPixels,
  pixelsFromMonths,
  timelineRing,
  type PlacedTimelineItem,
  type TimelineGeometry,
} from './layout';
import { useBrushX } from './useBrushX';

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
}: MarksProps<TimelineGeometry>) {
  const theme = useChartTheme();
  const fillOf = (item: PlacedTimelineItem, color: (c: string) => string) =>
    item.company ? color(item.company) : theme.mutedText;
  // The keyboard's mark stands out as a hovered one does.
  const shown = focused ?? hover;
  const opacity = (item: PlacedTimelineItem) => {
    if (shown) return shown === item.id ? 1 : 0.3;
    if (highlighted) return item.companies.includes(highlighted) ? 1 : 0.25;
    return item.inRange ? 1 : 0.35;
  };
  const { axis } = geometry;
  return (
    <g>
      <Legend legend={geometry.legend} />
      <g id="axis" fontSize={theme.fontSize} fill={theme.mutedText} pointerEvents="none">
        <line x1={axis.x0} x2={axis.x1} y1={axis.y} y2={axis.y} stroke={theme.axis} />
        {/* Ticks and breaks are keyed by place: a new domain moves the same elements instead of making new ones. */}
        {geometry.ticks.map((t, i) => (
          <g key={i}>
            <line x1={t.x} x2={t.x} y1={axis.y} y2={axis.y + 5} stroke={theme.axis} />
            <text x={t.x} y={axis.y + 18} textAnchor={t.anchor}>
              {t.text}
            </text>
          </g>
        ))}
        {geometry.breaks.map((b, i) => (
          <g key={i} stroke={theme.axis} strokeWidth={1.5}>
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
            {...markAttributes(item.id, item.name, onHover)}
            data-event={item.id}
            opacity={opacity(item)}
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
      {focused && <FocusRing shape={timelineRing(geometry, focused)} />}
    </g>
  );
}

/** An event's tooltip: what happened, who, and where the article says so. */
export function TimelineTooltip({
  geometry,
  id,
  locale,
}: {
  geometry: TimelineGeometry;
  id: string;
  locale: Locale;
}) {
  const item = geometry.items.find((i) => i.id === id);
  if (!item) return null;
  return (
    <>
      <strong>{item.name}</strong>
      {item.detail.people.length > 0 && <p>{item.detail.people.join(', ')}</p>}
      <p>{item.detail.note}</p>
      <p className="source">
        {item.detail.sources.join(', ')} ·{' '}
        {locale.t('timeline.articleLine', { lines: item.detail.lines.join(', ') })}
      </p>
    </>
  );
}

/**
 * The brush along the axis, under the marks and the axis so its selection never covers their text: it shows the
 * view's month range and sets it when the reader drags (a click on the axis clears it).
 */
export function TimelineBrush({
  geometry,
  view,
  setView,
}: {
  geometry: TimelineGeometry;
  view: Filter;
  setView: (patch: Partial<Filter>) => void;
}) {
  const ref = useBrushX({
    extent: geometry.brushExtent,
    selection: pixelsFromMonths(geometry, view.from, view.to),
    onBrushEnd: (span) => {
      if (!span) setView({ from: null, to: null });
      else {
        const [from, to] = monthsFromPixels(geometry, span[0], span[1]);
        setView({ from, to });
      }
    },
  });
  return <g ref={ref} className="brush" />;
}
