/**
 * Sankey stage 3 — placed geometry → SVG, with no state: links (stroked paths), nodes (rects) and labels, in named
 * groups, the legend and the keyboard's focus ring. The live panel, exports and snapshots all draw these. Each
 * link, node and label is a memoised component, so a hover re-renders only the marks whose look it changes.
 */
import { memo } from 'react';
import './messages';
import { EN, type Locale } from '../../i18n/locale';
import { FocusRing } from '../shared/FocusRing';
import { Legend } from '../shared/Legend';
import { markAttributes, type HoverHandler } from '../shared/marks';
import { derivedPatternId, DerivedPattern } from '../shared/patterns';
import { useChartTheme } from '../shared/theme';
import { capList } from '../shared/Tooltip';
import type { MarksProps } from '../spec';
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
    people: locale.fmt.quantity(link.value, link.unit, link.qualifier),
  });
  return link.derived ? name + locale.t('sankey.derivedSuffix') : name;
}

/** The message of a node's name: people left or joined; other flows go out, come in, or pass through. */
const NODE_NAMES = {
  people: { from: 'sankey.nodeLeft', to: 'sankey.nodeJoined', through: 'sankey.nodeThrough' },
  other: { from: 'sankey.nodeOut', to: 'sankey.nodeIn', through: 'sankey.nodeThrough' },
} as const;

/** Accessible name of a node, starting with the organisation's name: "Google: 15 people left". */
export function nodeName(node: PlacedSankeyNode, locale: Locale = EN): string {
  const people = locale.fmt.quantity(node.value, node.unit, node.qualifier);
  return locale.t(NODE_NAMES[node.unit === undefined ? 'people' : 'other'][node.side], {
    name: node.name,
    people,
  });
}

/** Lookups over one geometry, made once per layout: nodes and links by id, and each node's neighbours. */
export function sankeyIndex(geometry: SankeyGeometry): SankeyIndex {
  let index = indexes.get(geometry);
  if (!index) {
    index = buildIndex(geometry);
    indexes.set(geometry, index);
  }
  return index;
}

/** See {@link sankeyIndex}. */
export interface SankeyIndex {
  nodes: ReadonlyMap<string, PlacedSankeyNode>;
  links: ReadonlyMap<string, PlacedSankeyLink>;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<SankeyGeometry, SankeyIndex>();

/** Each geometry's accessible names of its links and nodes, by language. */
const names = new WeakMap<SankeyGeometry, Map<string, MarkNames>>();

interface MarkNames {
  links: ReadonlyMap<string, string>;
  nodes: ReadonlyMap<string, string>;
}

/**
 * The accessible names of a geometry's marks, made once per geometry and language: kept with the geometry rather
 * than in the component, so going back to a view drawn a moment ago (its geometry kept by the panel) does not
 * name its ~400 links again.
 */
function markNames(geometry: SankeyGeometry, index: SankeyIndex, locale: Locale): MarkNames {
  let byLang = names.get(geometry);
  if (!byLang) names.set(geometry, (byLang = new Map()));
  let named = byLang.get(locale.lang);
  if (!named) {
    named = {
      links: new Map(geometry.links.map((l) => [l.id, linkName(l, index.nodes, locale)])),
      nodes: new Map(geometry.nodes.map((n) => [n.id, nodeName(n, locale)])),
    };
    byLang.set(locale.lang, named);
  }
  return named;
}

function buildIndex(geometry: SankeyGeometry): SankeyIndex {
  const nodes = new Map(geometry.nodes.map((n) => [n.id, n]));
  const links = new Map(geometry.links.map((l) => [l.id, l]));
  const neighbours = new Map<string, Set<string>>();
  for (const link of geometry.links) {
    for (const [a, b] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const) {
      const set = neighbours.get(a) ?? new Set<string>();
      set.add(b);
      neighbours.set(a, set);
    }
  }
  return { nodes, links, neighbours };
}

/** Which links and nodes stand out: those of the hovered or focused mark, else of the highlighted company. */
function activity(index: SankeyIndex, hover: string | null, highlighted: string | null) {
  const companyOf = (id: string) => index.nodes.get(id)?.company ?? null;
  const link = hover === null ? undefined : index.links.get(hover);
  const node = hover === null ? undefined : index.nodes.get(hover);
  const linkActive = (l: PlacedSankeyLink): boolean | null => {
    if (link) return l.id === link.id;
    if (node) return l.source === node.id || l.target === node.id;
    if (highlighted) return companyOf(l.source) === highlighted || companyOf(l.target) === highlighted;
    return null;
  };
  const nodeActive = (n: PlacedSankeyNode): boolean | null => {
    if (node) return n.id === node.id || (index.neighbours.get(node.id)?.has(n.id) ?? false);
    if (link) return n.id === link.source || n.id === link.target;
    if (highlighted)
      return (
        n.company === highlighted ||
        [...(index.neighbours.get(n.id) ?? [])].some((other) => companyOf(other) === highlighted)
      );
    return null;
  };
  return { linkActive, nodeActive };
}

const LinkMark = memo(function LinkMark({
  link,
  stroke,
  opacity,
  name,
  titles,
  onHover,
}: {
  link: PlacedSankeyLink;
  stroke: string;
  opacity: number;
  name: string;
  titles: boolean;
  onHover: HoverHandler;
}) {
  return (
    <path
      d={link.d}
      stroke={stroke}
      strokeWidth={link.width}
      strokeOpacity={opacity}
      {...markAttributes(link.id, name, onHover)}
      data-link={link.id}
    >
      {titles && <title>{name}</title>}
    </path>
  );
});

const NodeMark = memo(function NodeMark({
  node,
  fill,
  faded,
  outline,
  name,
  titles,
  onHover,
  onActivate,
}: {
  node: PlacedSankeyNode;
  fill: string;
  faded: boolean;
  /** Stroke colour of a selected node's outline, or null. */
  outline: string | null;
  name: string;
  titles: boolean;
  onHover: HoverHandler;
  onActivate: ((id: string) => void) | undefined;
}) {
  const clickable = onActivate && node.company;
  return (
    <rect
      x={node.x0}
      y={node.y0}
      width={node.x1 - node.x0}
      height={Math.max(1, node.y1 - node.y0)}
      fill={fill}
      fillOpacity={faded ? 0.3 : 1}
      stroke={outline ?? 'none'}
      strokeWidth={outline ? 2 : 0}
      {...markAttributes(node.id, name, onHover)}
      data-node={node.id}
      style={clickable ? { cursor: 'pointer' } : undefined}
      onClick={clickable ? () => onActivate(node.id) : undefined}
    >
      {titles && <title>{name}</title>}
    </rect>
  );
});

const NodeLabel = memo(function NodeLabel({
  node,
  opacity,
  text,
  muted,
  halo,
}: {
  node: PlacedSankeyNode;
  opacity: number;
  text: string;
  muted: string;
  halo: string;
}) {
  return (
    <text
      x={node.label.x}
      y={node.label.y}
      dy="0.35em"
      textAnchor={node.label.anchor}
      fill={text}
      fillOpacity={opacity}
      aria-hidden="true"
      // A label between columns stands over links: a halo of the background keeps it legible.
      {...(node.label.inside
        ? { stroke: halo, strokeWidth: 3, strokeLinejoin: 'round' as const, paintOrder: 'stroke' }
        : {})}
    >
      {node.label.text}
      {node.label.value && <tspan fill={muted}> {node.label.value}</tspan>}
    </text>
  );
});

/** The Sankey's marks as a `<g>`: links, nodes and labels in named groups, the legend, and the focus ring. */
export function SankeyMarks({
  geometry,
  color,
  highlighted = null,
  hover = null,
  focused = null,
  selected,
  onHover,
  onActivate,
  titles = false,
  locale = EN,
}: MarksProps<SankeyGeometry>) {
  const theme = useChartTheme();
  const index = sankeyIndex(geometry);
  const names = markNames(geometry, index, locale);
  // The keyboard's mark stands out as a hovered one does.
  const { linkActive, nodeActive } = activity(index, focused ?? hover, highlighted);
  const linkStroke = (link: PlacedSankeyLink) =>
    link.derived ? `url(#${derivedPatternId(`sankey-${link.company}`)})` : color(link.company);
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
      {geometry.headings.length > 0 && (
        <g id="column-headings" fill={theme.mutedText} fontSize={theme.fontSize} fontWeight={600}>
          {geometry.headings.map((heading, i) => (
            <text key={i} x={heading.x} y={geometry.headingY} textAnchor={heading.anchor}>
              {heading.text}
            </text>
          ))}
        </g>
      )}
      <g id="links" fill="none">
        {geometry.links.map((link) => {
          const active = linkActive(link);
          return (
            <LinkMark
              key={link.id}
              link={link}
              stroke={linkStroke(link)}
              opacity={
                active === false ? theme.fadedOpacity : active ? theme.activeLinkOpacity : theme.linkOpacity
              }
              name={names.links.get(link.id)!}
              titles={titles}
              onHover={onHover}
            />
          );
        })}
      </g>
      <g id="nodes">
        {geometry.nodes.map((node) => (
          <NodeMark
            key={node.id}
            node={node}
            fill={node.company ? color(node.company) : theme.neutral}
            faded={nodeActive(node) === false}
            outline={node.company !== null && selected?.has(node.company) ? theme.text : null}
            name={names.nodes.get(node.id)!}
            titles={titles}
            onHover={onHover}
            onActivate={onActivate}
          />
        ))}
      </g>
      <g id="labels" fontSize={theme.labelFontSize}>
        {geometry.nodes.map((node) => (
          <NodeLabel
            key={node.id}
            node={node}
            opacity={nodeActive(node) === false ? theme.fadedTextOpacity : 1}
            text={theme.text}
            muted={theme.mutedText}
            halo={theme.background}
          />
        ))}
      </g>
      {focused && <SankeyFocusRing index={index} id={focused} stroke={linkStroke} />}
    </g>
  );
}

/**
 * The keyboard's ring: a node gets an outline; a link is redrawn on top, edged in the focus colour with a gap of
 * background between, so the ring shows on any link colour.
 */
function SankeyFocusRing({
  index,
  id,
  stroke,
}: {
  index: SankeyIndex;
  id: string;
  stroke: (link: PlacedSankeyLink) => string;
}) {
  const theme = useChartTheme();
  const node = index.nodes.get(id);
  if (node)
    return (
      <FocusRing
        shape={{
          kind: 'box',
          x: node.x0,
          y: node.y0,
          width: node.x1 - node.x0,
          height: Math.max(1, node.y1 - node.y0),
          rx: 2,
        }}
      />
    );
  const link = index.links.get(id);
  if (!link) return null;
  return (
    <g id="focus-ring" pointerEvents="none" fill="none">
      <path d={link.d} stroke={theme.focus} strokeWidth={link.width + 7} />
      <path d={link.d} stroke={theme.background} strokeWidth={link.width + 2} />
      <path
        d={link.d}
        stroke={stroke(link)}
        strokeWidth={link.width}
        strokeOpacity={theme.activeLinkOpacity}
      />
    </g>
  );
}

/** What a Sankey mark's tooltip says: a node's flows, or a link's moves with their dates and sources. */
export function SankeyTooltip({
  geometry,
  id,
  locale,
}: {
  geometry: SankeyGeometry;
  id: string;
  locale: Locale;
}) {
  const { t, fmt } = locale;
  const { nodes, links } = sankeyIndex(geometry);
  const node = nodes.get(id);
  if (node) {
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
  const link = links.get(id);
  if (!link) return null;
  const { shown } = capList(link.moves);
  // The link describes its first moves only; the rest are counted.
  const more = link.moveCount - shown.length;
  return (
    <>
      <strong>{linkName(link, nodes, locale)}</strong>
      <ul>
        {shown.map((m) => (
          <li key={m.id}>
            <span className="who">{m.person ?? fmt.quantity(m.count, m.unit, m.countQualifier)}</span>
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
