/**
 * Sankey stage 3 — placed geometry → SVG. {@link SankeyMarks} draws the marks with no state (the export renders
 * it too); {@link SankeyChart} adds the `<svg>`, hover and tooltips.
 */
import { useMemo, useRef, useState } from 'react';
import { ChartSvg } from '../shared/ChartSvg';
import { KeyboardHelp } from '../shared/KeyboardHelp';
import { useMarkFocus } from '../shared/useMarkFocus';
import { sankeyFocusOrder, sankeyMove } from './keyboard';
import { Legend } from '../shared/Legend';
import { EN, type Locale } from '../../i18n/locale';
import { derivedPatternId, DerivedPattern } from '../shared/patterns';
import { useChartTheme } from '../shared/theme';
import { anchorAt, anchorFrom, capList, Tooltip, type TooltipAnchor } from '../shared/Tooltip';
import type { PlacedSankeyLink, PlacedSankeyNode, SankeyGeometry } from './layout';

/** Accessible name of a link: "Google → OpenAI: 6 people". */
export function linkName(
  link: PlacedSankeyLink,
  nodes: ReadonlyMap<string, PlacedSankeyNode>,
  locale: Locale = EN,
): string {
  const name = locale.t('sankey.linkName', {
    from: nodes.get(link.source)?.name ?? link.source,
    to: nodes.get(link.target)?.name ?? link.target,
    people: locale.fmt.people(link.value, link.qualifier),
  });
  return link.derived ? name + locale.t('sankey.derivedSuffix') : name;
}

/** Accessible name of a node, starting with the organisation's name: "Google: 15 people left". */
export function nodeName(node: PlacedSankeyNode, locale: Locale = EN): string {
  const people = locale.fmt.people(node.value, node.qualifier);
  return locale.t(node.side === 'from' ? 'sankey.nodeLeft' : 'sankey.nodeJoined', {
    name: node.name,
    people,
  });
}

/** What is under the pointer: a link or a node. */
export type SankeyHover = { kind: 'link'; id: string } | { kind: 'node'; id: string } | null;

/** Props of {@link SankeyMarks}. */
export interface SankeyMarksProps {
  geometry: SankeyGeometry;
  color: (company: string) => string;
  /** Company highlighted from any panel (the store's hover). */
  highlighted?: string | null;
  /** Local hover inside this chart. */
  hover?: SankeyHover;
  /** Selected companies, drawn with an outline. */
  selected?: ReadonlySet<string>;
  onHover?: (hover: SankeyHover, event: React.PointerEvent) => void;
  onNodeClick?: (node: PlacedSankeyNode) => void;
  /**
   * Native `<title>` tooltips on every mark: for exported files, which have no app around them. The live chart
   * leaves them out, so they do not pop up over its own tooltip.
   */
  titles?: boolean;
  /** The reader's language (English by default). */
  locale?: Locale;
  /** The mark (node or link id) the keyboard is on, drawn with a focus ring. */
  focused?: string | null;
}

/** The Sankey's marks as a `<g>`: links (stroked paths), nodes (rects) and labels, in named groups. */
export function SankeyMarks({
  geometry,
  color,
  highlighted = null,
  hover = null,
  selected,
  onHover,
  onNodeClick,
  titles = false,
  locale = EN,
  focused = null,
}: SankeyMarksProps) {
  const theme = useChartTheme();
  const nodes = new Map(geometry.nodes.map((n) => [n.id, n]));
  const linkActive = (link: PlacedSankeyLink): boolean | null => {
    if (hover?.kind === 'link') return hover.id === link.id;
    if (hover?.kind === 'node') return link.source === hover.id || link.target === hover.id;
    if (highlighted)
      return (
        nodes.get(link.source)?.company === highlighted || nodes.get(link.target)?.company === highlighted
      );
    return null;
  };
  const nodeActive = (node: PlacedSankeyNode): boolean | null => {
    if (hover?.kind === 'node')
      return (
        hover.id === node.id ||
        geometry.links.some(
          (l) =>
            (l.source === hover.id && l.target === node.id) ||
            (l.target === hover.id && l.source === node.id),
        )
      );
    if (hover?.kind === 'link') {
      const link = geometry.links.find((l) => l.id === hover.id);
      return link ? link.source === node.id || link.target === node.id : null;
    }
    if (highlighted)
      return (
        node.company === highlighted ||
        geometry.links.some(
          (l) =>
            (l.source === node.id || l.target === node.id) &&
            (nodes.get(l.source)?.company === highlighted || nodes.get(l.target)?.company === highlighted),
        )
      );
    return null;
  };
  const derivedColors = [...new Set(geometry.links.filter((l) => l.derived).map((l) => l.company))];
  return (
    <g>
      {derivedColors.length > 0 && (
        <defs>
          {derivedColors.map((company) => (
            <DerivedPattern key={company} chart={`sankey-${company}`} color={color(company)} />
          ))}
          <DerivedPattern chart="sankey-legend" color={theme.neutral} />
        </defs>
      )}
      <Legend legend={geometry.legend} hatch="sankey-legend" />
      <g id="column-headings" fill={theme.mutedText} fontSize={theme.fontSize} fontWeight={600}>
        <text x={geometry.columns.from} y={geometry.columns.y} textAnchor="end">
          {locale.t('sankey.from')}
        </text>
        <text x={geometry.columns.to} y={geometry.columns.y} textAnchor="start">
          {locale.t('sankey.to')}
        </text>
      </g>
      <g id="links" fill="none">
        {geometry.links.map((link) => {
          const active = linkActive(link);
          const name = linkName(link, nodes, locale);
          return (
            <path
              key={link.id}
              d={link.d}
              stroke={
                link.derived ? `url(#${derivedPatternId(`sankey-${link.company}`)})` : color(link.company)
              }
              strokeWidth={link.width}
              strokeOpacity={
                active === false ? theme.fadedOpacity : active ? theme.activeLinkOpacity : theme.linkOpacity
              }
              aria-label={name}
              role="graphics-symbol"
              data-link={link.id}
              onPointerEnter={onHover && ((e) => onHover({ kind: 'link', id: link.id }, e))}
              onPointerMove={onHover && ((e) => onHover({ kind: 'link', id: link.id }, e))}
            >
              {titles && <title>{name}</title>}
            </path>
          );
        })}
      </g>
      <g id="nodes">
        {geometry.nodes.map((node) => {
          const active = nodeActive(node);
          const isSelected = node.company !== null && selected?.has(node.company);
          return (
            <rect
              key={node.id}
              x={node.x0}
              y={node.y0}
              width={node.x1 - node.x0}
              height={Math.max(1, node.y1 - node.y0)}
              fill={node.company ? color(node.company) : theme.neutral}
              fillOpacity={active === false ? 0.3 : 1}
              stroke={isSelected ? theme.text : 'none'}
              strokeWidth={isSelected ? 2 : 0}
              aria-label={nodeName(node, locale)}
              role="graphics-symbol"
              data-node={node.id}
              style={onNodeClick && node.company ? { cursor: 'pointer' } : undefined}
              onPointerEnter={onHover && ((e) => onHover({ kind: 'node', id: node.id }, e))}
              onPointerMove={onHover && ((e) => onHover({ kind: 'node', id: node.id }, e))}
              onClick={onNodeClick && node.company ? () => onNodeClick(node) : undefined}
            >
              {titles && <title>{nodeName(node, locale)}</title>}
            </rect>
          );
        })}
      </g>
      <g id="labels" fontSize={theme.labelFontSize}>
        {geometry.nodes.map((node) => {
          const active = nodeActive(node);
          return (
            <text
              key={node.id}
              x={node.label.x}
              y={node.label.y}
              dy="0.35em"
              textAnchor={node.label.anchor}
              fill={theme.text}
              fillOpacity={active === false ? theme.fadedTextOpacity : 1}
              aria-hidden="true"
            >
              {node.label.text}
              <tspan fill={theme.mutedText}> {node.label.value}</tspan>
            </text>
          );
        })}
      </g>
      {focused && <SankeyFocusRing geometry={geometry} id={focused} color={color} />}
    </g>
  );
}

/**
 * The keyboard's ring: a node gets an outline; a link is redrawn on top, edged in the focus colour with a gap of
 * background between, so the ring shows on any link colour.
 */
function SankeyFocusRing({
  geometry,
  id,
  color,
}: {
  geometry: SankeyGeometry;
  id: string;
  color: (company: string) => string;
}) {
  const theme = useChartTheme();
  const node = geometry.nodes.find((n) => n.id === id);
  if (node)
    return (
      <g id="focus-ring" pointerEvents="none">
        <rect
          x={node.x0 - 3}
          y={node.y0 - 3}
          width={node.x1 - node.x0 + 6}
          height={Math.max(1, node.y1 - node.y0) + 6}
          fill="none"
          stroke={theme.focus}
          strokeWidth={2.5}
          rx={2}
        />
      </g>
    );
  const link = geometry.links.find((l) => l.id === id);
  if (!link) return null;
  return (
    <g id="focus-ring" pointerEvents="none" fill="none">
      <path d={link.d} stroke={theme.focus} strokeWidth={link.width + 7} />
      <path d={link.d} stroke={theme.background} strokeWidth={link.width + 2} />
      <path
        d={link.d}
        stroke={link.derived ? `url(#${derivedPatternId(`sankey-${link.company}`)})` : color(link.company)}
        strokeWidth={link.width}
        strokeOpacity={theme.activeLinkOpacity}
      />
    </g>
  );
}

/** Props of {@link SankeyChart}. */
export interface SankeyChartProps {
  geometry: SankeyGeometry;
  color: (company: string) => string;
  highlighted: string | null;
  selected: ReadonlySet<string>;
  /** Called with the company under the pointer (null when it leaves), for the other panels to highlight. */
  onHoverCompany: (company: string | null) => void;
  /** Called when a node is clicked: the panel toggles that organisation in the filter. */
  onNodeClick: (node: PlacedSankeyNode) => void;
  title: string;
  description: string;
  /** Draw enlarged by this factor (presentation mode). */
  scale?: number;
  /** The reader's language (English by default). */
  locale?: Locale;
}

/** The interactive Sankey: hovering a link or node shows its tooltip and fades the rest. */
export function SankeyChart({
  geometry,
  color,
  highlighted,
  selected,
  onHoverCompany,
  onNodeClick,
  title,
  description,
  scale = 1,
  locale = EN,
}: SankeyChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chartSize = { width: geometry.width, height: geometry.height, scale };
  const [hover, setHover] = useState<SankeyHover>(null);
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);
  const nodes = new Map(geometry.nodes.map((n) => [n.id, n]));
  const links = new Map(geometry.links.map((l) => [l.id, l]));
  const order = useMemo(() => sankeyFocusOrder(geometry), [geometry]);
  const move = useMemo(() => sankeyMove(geometry), [geometry]);
  /** The node a key acts on: the node itself, or the node a link leaves. */
  const nodeFor = (id: string) => nodes.get(id) ?? nodes.get(links.get(id)?.source ?? '');
  const keyboard = useMarkFocus({
    ids: order,
    move,
    describe: (id) => {
      const node = nodes.get(id);
      const link = links.get(id);
      return node ? nodeName(node, locale) : link ? linkName(link, nodes, locale) : id;
    },
    position: (index, count) => locale.t('panel.markPosition', { index, count }),
    onActivate: (id) => {
      const node = nodeFor(id);
      if (node?.company) onNodeClick(node);
    },
    onFocusMark: (id) => onHoverCompany(id === null ? null : (nodeFor(id)?.company ?? null)),
  });
  const focused = keyboard.focused;
  const shown: SankeyHover = focused ? { kind: nodes.has(focused) ? 'node' : 'link', id: focused } : hover;
  const focusAnchor = (): TooltipAnchor | null => {
    if (!focused) return null;
    const node = nodes.get(focused);
    if (node) return anchorAt(node.x1, (node.y0 + node.y1) / 2, chartSize);
    const link = links.get(focused);
    const source = link && nodes.get(link.source);
    const target = link && nodes.get(link.target);
    if (!link || !source || !target) return null;
    return anchorAt((source.x1 + target.x0) / 2, (link.y0 + link.y1) / 2, chartSize);
  };
  const shownAnchor = focused ? focusAnchor() : anchor;
  const onHover = (next: SankeyHover, event: React.PointerEvent) => {
    keyboard.clear();
    setHover(next);
    setAnchor(anchorFrom(event, container.current));
    if (next?.kind === 'node') onHoverCompany(nodes.get(next.id)?.company ?? null);
    if (next?.kind === 'link') {
      const link = geometry.links.find((l) => l.id === next.id);
      onHoverCompany(link ? (nodes.get(link.source)?.company ?? null) : null);
    }
  };
  const leave = () => {
    setHover(null);
    setAnchor(null);
    onHoverCompany(null);
  };
  const keyHint = `${locale.t('panel.chartInstructions')} ${locale.t('sankey.keysHint')}`;
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
        <SankeyMarks
          locale={locale}
          geometry={geometry}
          color={color}
          highlighted={highlighted}
          hover={shown}
          selected={selected}
          onHover={onHover}
          onNodeClick={onNodeClick}
          focused={focused}
        />
      </ChartSvg>
      {shown && shownAnchor && (
        <Tooltip anchor={shownAnchor}>{tooltipContent(shown, geometry, nodes, locale)}</Tooltip>
      )}
      <KeyboardHelp announcement={keyboard.announcement} hint={keyHint} />
    </div>
  );
}

function tooltipContent(
  hover: NonNullable<SankeyHover>,
  geometry: SankeyGeometry,
  nodes: ReadonlyMap<string, PlacedSankeyNode>,
  locale: Locale,
) {
  const { t, fmt } = locale;
  if (hover.kind === 'node') {
    const node = nodes.get(hover.id);
    if (!node) return null;
    const { shown, more } = capList(
      geometry.links.filter((l) => l.source === node.id || l.target === node.id),
    );
    return (
      <>
        <strong>{nodeName(node, locale)}</strong>
        <ul>
          {shown.map((l) => (
            <li key={l.id}>{linkName(l, nodes, locale)}</li>
          ))}
          {more > 0 && <li className="more">{t('sankey.moreFlows', { count: more })}</li>}
        </ul>
        {node.company && <p className="hint">{t('sankey.clickToFilter')}</p>}
      </>
    );
  }
  const link = geometry.links.find((l) => l.id === hover.id);
  if (!link) return null;
  const { shown, more } = capList(link.moves);
  return (
    <>
      <strong>{linkName(link, nodes, locale)}</strong>
      <ul>
        {shown.map((m) => (
          <li key={m.id}>
            <span className="who">{m.person ?? fmt.people(m.count, m.countQualifier)}</span>
            {m.role ? `, ${m.role}` : ''} — {m.from} → {m.to}
            {m.founded ? t('sankey.founder') : ''}, {m.when}
            <span className="source">
              {' '}
              · {m.sources.join(', ')}, {t('sankey.line', { lines: m.lines.join(', ') })}
            </span>
            {m.formula && <span className="derived"> · {t('sankey.derived', { formula: m.formula })}</span>}
          </li>
        ))}
        {more > 0 && <li className="more">{t('sankey.moreMoves', { count: more })}</li>}
      </ul>
    </>
  );
}
