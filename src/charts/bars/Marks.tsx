/**
 * Bars stage 3 — placed geometry → SVG, with no state: axis, bars, value labels, row labels, rank markers, the
 * legend and the keyboard's focus ring. The live panel, exports and snapshots all draw these.
 */
import './messages';
import type { Locale } from '../../i18n/locale';
import { FocusRing } from '../shared/FocusRing';
import { Legend } from '../shared/Legend';
import { markAttributes } from '../shared/marks';
import { DerivedPattern, derivedPatternId } from '../shared/patterns';
import { useChartTheme, type ChartTheme } from '../shared/theme';
import { blend, readableOn } from '../shared/contrast';
import type { MarksProps } from '../spec';
import { barsRing, type BarsGeometry, type PlacedBar, type PlacedRow } from './layout';

/** Incoming bars are lighter, so "in" and "out" differ by more than their labels. */
const barOpacity = (bar: PlacedBar) => (bar.kind === 'in' ? 0.75 : 1);

/**
 * The colour of a value label drawn inside its bar: black or white, whichever reads better on the bar as seen
 * (its colour at its opacity over the background; a hatched bar reads as its light tint).
 */
export function insideLabelColor(
  bar: PlacedBar,
  color: (company: string) => string,
  chartTheme: Pick<ChartTheme, 'background' | 'neutral'>,
): string {
  const base = bar.company ? color(bar.company) : chartTheme.neutral;
  const opacity = bar.derived && !bar.derivedRect ? 0.35 : barOpacity(bar);
  return readableOn(blend(base, chartTheme.background, opacity), ['#ffffff', '#000000']);
}

/** Bars and rank rows in reading order (top to bottom, then left to right): the keyboard's path through the chart. */
export function barsFocusOrder(geometry: BarsGeometry): string[] {
  const marks = [
    ...geometry.bars.map((b) => ({ id: b.id, y: b.y, x: b.x })),
    ...geometry.rows.filter((r) => r.rankMarker).map((r) => ({ id: r.id, y: r.y, x: r.rankMarker!.x })),
  ];
  return marks.sort((a, b) => a.y - b.y || a.x - b.x).map((m) => m.id);
}

/** The bar chart's marks as a `<g>`: axis, bars, value labels, row labels and rank markers, in named groups. */
export function BarsMarks({
  geometry,
  color,
  highlighted = null,
  hover = null,
  onHover,
  titles = false,
  focused = null,
  onActivate,
}: MarksProps<BarsGeometry>) {
  const theme = useChartTheme();
  const fill = (company: string | null, color: (c: string) => string) =>
    company ? color(company) : theme.neutral;
  // The keyboard's mark stands out as a hovered one does.
  const shown = focused ?? hover;
  const active = (rowId: string, company: string | null, id: string): boolean | null => {
    if (shown) return shown === id || shown === rowId;
    if (highlighted) return company === highlighted;
    return null;
  };
  const derivedCompanies = [
    ...new Set(geometry.bars.filter((b) => b.derived).map((b) => b.company ?? 'none')),
  ];
  const rowById = new Map(geometry.rows.map((r) => [r.id, r]));
  return (
    <g>
      {derivedCompanies.length > 0 && (
        <defs>
          {derivedCompanies.map((c) => (
            <DerivedPattern key={c} chart={`bars-${c}`} color={c === 'none' ? theme.neutral : color(c)} />
          ))}
          <DerivedPattern chart="bars-legend" color={theme.neutral} />
        </defs>
      )}
      <Legend legend={geometry.legend} hatch="bars-legend" />
      <g id="axis" fontSize={theme.fontSize} fill={theme.mutedText}>
        {/* Ticks are keyed by place, not value: a new domain moves the same elements instead of making new ones. */}
        {geometry.ticks.map((t, i) => (
          <g key={i}>
            <line x1={t.x} x2={t.x} y1={0} y2={geometry.axis.y} stroke={theme.grid} strokeWidth={1} />
            <text x={t.x} y={geometry.axis.y + 14} textAnchor="middle">
              {t.text}
            </text>
          </g>
        ))}
        <line
          x1={geometry.axis.x0}
          x2={geometry.axis.x1}
          y1={geometry.axis.y}
          y2={geometry.axis.y}
          stroke={theme.axis}
        />
        <line
          x1={geometry.axis.zero}
          x2={geometry.axis.zero}
          y1={0}
          y2={geometry.axis.y}
          stroke={theme.axis}
        />
        <text x={geometry.axis.labelX} y={geometry.axis.y + 34} textAnchor="middle" fill={theme.text}>
          {geometry.axis.label}
        </text>
      </g>
      <g id="bars">
        {geometry.bars.map((bar) => {
          const on = active(bar.rowId, bar.company, bar.id);
          const hatch = `url(#${derivedPatternId(`bars-${bar.company ?? 'none'}`)})`;
          const whollyDerived = bar.derived && !bar.derivedRect;
          return (
            <g key={bar.id} opacity={on === false ? 0.25 : 1}>
              <rect
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                fill={whollyDerived ? hatch : fill(bar.company, color)}
                fillOpacity={barOpacity(bar)}
                stroke={bar.derived || bar.lowerBound ? theme.derivedStroke : 'none'}
                strokeWidth={bar.derived || bar.lowerBound ? 1 : 0}
                strokeDasharray={bar.lowerBound ? '4 2' : undefined}
                {...markAttributes(bar.id, bar.name, onHover)}
                data-bar={bar.id}
                style={onActivate && bar.company ? { cursor: 'pointer' } : undefined}
                onClick={onActivate && bar.company ? () => onActivate(bar.id) : undefined}
              >
                {titles && <title>{bar.name}</title>}
              </rect>
              {bar.derivedRect && (
                // The derived part: the background first, so the hatch reads as it does on a wholly derived bar.
                <g pointerEvents="none">
                  {[theme.background, hatch].map((fill) => (
                    <rect
                      key={fill}
                      x={bar.derivedRect!.x}
                      y={bar.y}
                      width={bar.derivedRect!.width}
                      height={bar.height}
                      fill={fill}
                      stroke={fill === hatch ? theme.derivedStroke : undefined}
                    />
                  ))}
                </g>
              )}
            </g>
          );
        })}
      </g>
      <g id="value-labels" fontSize={theme.labelFontSize}>
        {geometry.bars.map((bar) => (
          <text
            key={bar.id}
            x={bar.label.x}
            y={bar.label.y}
            dy="0.35em"
            textAnchor={bar.label.anchor}
            fill={bar.label.inside ? insideLabelColor(bar, color, theme) : theme.text}
            fontWeight={bar.derived ? 400 : 600}
            fontStyle={bar.derived ? 'italic' : undefined}
            aria-hidden="true"
            fillOpacity={active(bar.rowId, bar.company, bar.id) === false ? theme.fadedTextOpacity : 1}
          >
            {bar.text}
          </text>
        ))}
      </g>
      <g id="labels" fontSize={theme.labelFontSize}>
        {geometry.rows.map((row) => (
          <text
            key={row.id}
            x={row.labelX}
            y={row.y + row.height / 2}
            dy="0.35em"
            textAnchor="end"
            fill={theme.text}
            aria-hidden="true"
            fillOpacity={active(row.id, row.company, row.id) === false ? theme.fadedTextOpacity : 1}
          >
            {row.label}
          </text>
        ))}
      </g>
      <g id="ranks" fontSize={theme.fontSize}>
        {geometry.rows
          .filter(
            (row): row is PlacedRow & { rankMarker: NonNullable<PlacedRow['rankMarker']> } =>
              !!row.rankMarker,
          )
          .map((row) => (
            <g
              key={row.id}
              {...markAttributes(row.id, row.rankMarker.name, onHover)}
              data-rank={row.id}
              opacity={active(row.id, row.company, row.id) === false ? theme.fadedTextOpacity : 1}
            >
              {titles && <title>{row.rankMarker.name}</title>}
              <rect
                x={geometry.axis.zero}
                y={row.y}
                width={Math.max(0, geometry.axis.x1 - geometry.axis.zero)}
                height={row.height}
                fill={fill(rowById.get(row.id)?.company ?? null, color)}
                fillOpacity={0.06}
                stroke={fill(row.company, color)}
                strokeDasharray="2 3"
              />
              <circle
                cx={row.rankMarker.x}
                cy={row.y + row.height / 2}
                r={Math.min(9, row.height / 2 - 1)}
                fill={fill(row.company, color)}
              />
              <text x={row.rankMarker.x + 14} y={row.y + row.height / 2} dy="0.35em" fill={theme.text}>
                {row.rankMarker.text}
              </text>
            </g>
          ))}
      </g>
      {focused && <FocusRing shape={barsRing(geometry, focused)} />}
    </g>
  );
}

/** A bar's tooltip (value, formula, provenance) or a rank marker's. */
export function BarsTooltip({
  geometry,
  id,
  locale,
}: {
  geometry: BarsGeometry;
  id: string;
  locale: Locale;
}) {
  const bar = geometry.bars.find((b) => b.id === id);
  const mark = bar ?? geometry.rows.find((r) => r.id === id)?.rankMarker;
  if (!mark) return null;
  return (
    <>
      <strong>{mark.name}</strong>
      {bar?.derived && (
        <p className="derived">{locale.t('bars.derivedLabel', { formula: bar.formula ?? '' })}</p>
      )}
      <p>{mark.detail.note}</p>
      <p className="source">
        {mark.detail.when} · {mark.detail.sources.join(', ')} ·{' '}
        {locale.t('bars.articleLine', { lines: mark.detail.lines.join(', ') })}
      </p>
    </>
  );
}
