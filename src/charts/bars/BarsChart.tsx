/**
 * Bars stage 3 — placed geometry → SVG. {@link BarsMarks} draws with no state (the export renders it too);
 * {@link BarsChart} adds the `<svg>`, hover and tooltips.
 */
import { useRef, useState } from 'react';
import { ChartSvg } from '../shared/ChartSvg';
import { EN, type Locale } from '../../i18n/locale';
import { Legend } from '../shared/Legend';
import { DerivedPattern, derivedPatternId } from '../shared/patterns';
import { useChartTheme } from '../shared/theme';
import { anchorFrom, Tooltip, type TooltipAnchor } from '../shared/Tooltip';
import type { BarsGeometry, PlacedBar, PlacedRow } from './layout';

/** Props of {@link BarsMarks}. */
export interface BarsMarksProps {
  geometry: BarsGeometry;
  color: (company: string) => string;
  /** Company highlighted from any panel. */
  highlighted?: string | null;
  /** Bar or row id under the pointer in this chart. */
  hover?: string | null;
  onHover?: (id: string, event: React.PointerEvent) => void;
  /**
   * Native `<title>` tooltips on every mark: for exported files, which have no app around them. The live chart
   * leaves them out, so they do not pop up over its own tooltip.
   */
  titles?: boolean;
}

/** The bar chart's marks as a `<g>`: axis, bars, value labels, row labels and rank markers, in named groups. */
export function BarsMarks({
  geometry,
  color,
  highlighted = null,
  hover = null,
  onHover,
  titles = false,
}: BarsMarksProps) {
  const theme = useChartTheme();
  const fill = (company: string | null, color: (c: string) => string) =>
    company ? color(company) : theme.neutral;
  const active = (rowId: string, company: string | null, id: string): boolean | null => {
    if (hover) return hover === id || hover === rowId;
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
        {geometry.ticks.map((t) => (
          <g key={t.x}>
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
                fillOpacity={bar.kind === 'in' ? 0.75 : 1}
                stroke={bar.derived || bar.lowerBound ? theme.derivedStroke : 'none'}
                strokeWidth={bar.derived || bar.lowerBound ? 1 : 0}
                strokeDasharray={bar.lowerBound ? '4 2' : undefined}
                aria-label={bar.name}
                data-bar={bar.id}
                onPointerEnter={onHover && ((e) => onHover(bar.id, e))}
                onPointerMove={onHover && ((e) => onHover(bar.id, e))}
              >
                {titles && <title>{bar.name}</title>}
              </rect>
              {bar.derivedRect && (
                <rect
                  x={bar.derivedRect.x}
                  y={bar.y}
                  width={bar.derivedRect.width}
                  height={bar.height}
                  fill={theme.background}
                  pointerEvents="none"
                />
              )}
              {bar.derivedRect && (
                <rect
                  x={bar.derivedRect.x}
                  y={bar.y}
                  width={bar.derivedRect.width}
                  height={bar.height}
                  fill={hatch}
                  stroke={theme.derivedStroke}
                  strokeWidth={1}
                  pointerEvents="none"
                />
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
            fill={bar.label.inside ? '#ffffff' : theme.text}
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
              aria-label={row.rankMarker.name}
              data-rank={row.id}
              onPointerEnter={onHover && ((e) => onHover(row.id, e))}
              onPointerMove={onHover && ((e) => onHover(row.id, e))}
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
    </g>
  );
}

/** Props of {@link BarsChart}. */
export interface BarsChartProps {
  geometry: BarsGeometry;
  color: (company: string) => string;
  highlighted: string | null;
  onHoverCompany: (company: string | null) => void;
  title: string;
  description: string;
  /** Draw enlarged by this factor (presentation mode). */
  scale?: number;
  /** The reader's language (English by default). */
  locale?: Locale;
}

/** The interactive bar chart: hovering a bar shows its value, provenance and formula, and highlights its company. */
export function BarsChart({
  geometry,
  color,
  highlighted,
  onHoverCompany,
  title,
  description,
  scale = 1,
  locale = EN,
}: BarsChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<string | null>(null);
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);
  const bar = geometry.bars.find((b) => b.id === hover);
  const row = geometry.rows.find((r) => r.id === hover);
  const onHover = (id: string, event: React.PointerEvent) => {
    setHover(id);
    setAnchor(anchorFrom(event, container.current));
    onHoverCompany(
      geometry.bars.find((b) => b.id === id)?.company ??
        geometry.rows.find((r) => r.id === id)?.company ??
        null,
    );
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
      >
        <BarsMarks
          geometry={geometry}
          color={color}
          highlighted={highlighted}
          hover={hover}
          onHover={onHover}
        />
      </ChartSvg>
      {anchor && (bar || row?.rankMarker) && (
        <Tooltip anchor={anchor}>
          {bar ? (
            <BarTooltip bar={bar} locale={locale} />
          ) : (
            row?.rankMarker && <RankTooltip marker={row.rankMarker} locale={locale} />
          )}
        </Tooltip>
      )}
    </div>
  );
}

function BarTooltip({ bar, locale }: { bar: PlacedBar; locale: Locale }) {
  return (
    <>
      <strong>{bar.name}</strong>
      {bar.derived && (
        <p className="derived">{locale.t('bars.derivedLabel', { formula: bar.formula ?? '' })}</p>
      )}
      <p>{bar.detail.note}</p>
      <p className="source">
        {bar.detail.when} · {bar.detail.sources.join(', ')} ·{' '}
        {locale.t('bars.articleLine', { lines: bar.detail.lines.join(', ') })}
      </p>
    </>
  );
}

function RankTooltip({ marker, locale }: { marker: NonNullable<PlacedRow['rankMarker']>; locale: Locale }) {
  return (
    <>
      <strong>{marker.name}</strong>
      <p>{marker.detail.note}</p>
      <p className="source">
        {marker.detail.when} · {marker.detail.sources.join(', ')} ·{' '}
        {locale.t('bars.articleLine', { lines: marker.detail.lines.join(', ') })}
      </p>
    </>
  );
}
