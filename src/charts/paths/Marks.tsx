/**
 * Paths stage 3 — placed geometry → SVG, with no state: the organisations' bands with their labels, one curve per
 * person, the step headings and the legend. A hovered or focused path stands out whole — every step of that
 * person's path at once — and the rest fade; the keyboard's path gets a ring of the focus colour along it.
 */
import { memo } from 'react';
import './messages';
import { EN, type Locale } from '../../i18n/locale';
import { Legend } from '../shared/Legend';
import { markAttributes, type HoverHandler } from '../shared/marks';
import { useChartTheme } from '../shared/theme';
import type { MarksProps } from '../spec';
import type { PathsGeometry, PlacedTrail } from './layout';

/** A path's accessible name: "Ada: Google → OpenAI → Anthropic". */
export function trailName(trail: PlacedTrail, locale: Locale): string {
  return locale.t('paths.pathName', { name: trail.name, path: trail.stops.map((s) => s.name).join(' → ') });
}

const TrailMark = memo(function TrailMark({
  trail,
  stroke,
  width,
  opacity,
  name,
  titles,
  onHover,
  onActivate,
}: {
  trail: PlacedTrail;
  stroke: string;
  width: number;
  opacity: number;
  name: string;
  titles: boolean;
  onHover: HoverHandler;
  onActivate: ((id: string) => void) | undefined;
}) {
  return (
    <path
      d={trail.d}
      fill="none"
      stroke={stroke}
      strokeWidth={width}
      strokeOpacity={opacity}
      strokeLinecap="round"
      {...markAttributes(trail.id, name, onHover)}
      data-trail={trail.id}
      onClick={onActivate && (() => onActivate(trail.id))}
    >
      {titles && <title>{name}</title>}
    </path>
  );
});

/** The paths' marks as a `<g>`: bands, labels, paths and headings in named groups. */
export function PathsMarks({
  geometry,
  color,
  locale = EN,
  highlighted = null,
  hover = null,
  focused = null,
  onHover,
  onActivate,
  titles = false,
}: MarksProps<PathsGeometry>) {
  const theme = useChartTheme();
  const shown = focused ?? hover;
  const active = (trail: PlacedTrail): boolean | null =>
    shown ? trail.id === shown : highlighted ? trail.stops.some((s) => s.company === highlighted) : null;
  const focusedTrail = focused ? geometry.trails.find((t) => t.id === focused) : undefined;
  return (
    <g>
      <Legend legend={geometry.legend} />
      <g id="column-headings" fill={theme.mutedText} fontSize={theme.fontSize} fontWeight={600}>
        {geometry.headings.map((h, i) => (
          <text key={i} x={h.x} y={geometry.headingY} textAnchor="middle">
            {h.text}
          </text>
        ))}
      </g>
      <g id="paths">
        {geometry.trails.map((trail) => {
          const on = active(trail);
          return (
            <TrailMark
              key={trail.id}
              trail={trail}
              stroke={color(trail.company)}
              width={on ? 3 : 1.5}
              opacity={on === false ? theme.fadedOpacity : on ? 1 : theme.linkOpacity}
              name={trailName(trail, locale)}
              titles={titles}
              onHover={onHover}
              onActivate={onActivate}
            />
          );
        })}
      </g>
      {focusedTrail && (
        <g id="focus-ring" pointerEvents="none" fill="none" strokeLinecap="round">
          <path d={focusedTrail.d} stroke={theme.focus} strokeWidth={8} />
          <path d={focusedTrail.d} stroke={theme.background} strokeWidth={5} />
          <path d={focusedTrail.d} stroke={color(focusedTrail.company)} strokeWidth={3} />
        </g>
      )}
      <g id="bands">
        {geometry.bands.map((band) => (
          <rect
            key={band.id}
            x={band.x}
            y={band.y0}
            width={8}
            height={band.y1 - band.y0}
            fill={color(band.company)}
            rx={2}
          />
        ))}
      </g>
      <g id="labels" fontSize={theme.labelFontSize} fill={theme.text}>
        {geometry.bands.map((band) => (
          <text
            key={band.id}
            x={band.label.x}
            y={band.label.y}
            dy="0.35em"
            textAnchor={band.label.anchor}
            aria-hidden="true"
            {...(band.label.inside
              ? {
                  stroke: theme.background,
                  strokeWidth: 3,
                  strokeLinejoin: 'round' as const,
                  paintOrder: 'stroke',
                }
              : {})}
          >
            {band.label.text}
          </text>
        ))}
      </g>
    </g>
  );
}

/** A path's tooltip: the person, and each organisation with when they got there and the file's lines. */
export function PathsTooltip({
  geometry,
  id,
  locale,
}: {
  geometry: PathsGeometry;
  id: string;
  locale: Locale;
}) {
  const trail = geometry.trails.find((t) => t.id === id);
  if (!trail) return null;
  return (
    <>
      <strong>{trail.name}</strong>
      <ol>
        {trail.stops.map((stop, i) => (
          <li key={i}>
            {stop.name}
            {stop.when && <>, {stop.when}</>}
            {stop.lines.length > 0 && (
              <span className="source"> · {locale.t('paths.line', { lines: stop.lines.join(', ') })}</span>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
