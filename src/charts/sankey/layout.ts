/**
 * Sankey stage 2 — chart model + size → placed geometry (pixels, path strings), with d3-sankey. Pure: no DOM.
 * The labels of the first and last columns sit outside them (left of the left nodes, right of the right ones)
 * in margins measured to fit them, so they never cross links and are never clipped; the labels of the columns
 * between, in stages, sit right of their node within the gap to the next column. Too-long names are shortened
 * with an ellipsis. As many columns as the flows have stages, aligned as d3-sankey aligns them.
 */
import './messages';
import { sankey, sankeyJustify, sankeyLeft, type SankeyGraph, type SankeyNode } from 'd3-sankey';
import { linkHorizontal } from 'd3-shape';
import { EN, type Locale } from '../../i18n/locale';
import { layoutLegend, type LegendGeometry, type LegendSpec } from '../shared/legend';
import { estimateTextWidth, round2, truncateToWidth, type TextLayoutOptions } from '../shared/measure';
import { theme } from '../shared/theme';
import { nodeColumns, type SankeyModel, type SankeyModelLink, type SankeyModelNode } from './prepare';

/** A node with its rectangle and label. Coordinates in px from the chart's top left. */
export interface PlacedSankeyNode extends SankeyModelNode {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** People through the node (the larger of in- and outflow). */
  value: number;
  /** Set when the value is a lower bound: some move counts "at least" or "more than". */
  qualifier: 'at-least' | 'more-than' | undefined;
  label: {
    x: number;
    y: number;
    anchor: 'start' | 'end';
    text: string;
    value: string;
    truncated: boolean;
    /** Between two columns, over the links: drawn with a halo of the background to stay legible. */
    inside: boolean;
  };
  /** What `value` counts (undefined: people). */
  unit: string | undefined;
}

/** A link with its path (`d`, drawn as a stroke of `width`). */
export interface PlacedSankeyLink extends SankeyModelLink {
  d: string;
  width: number;
  y0: number;
  y1: number;
}

/** Placed geometry of a Sankey, ready to draw. */
export interface SankeyGeometry {
  width: number;
  /** May exceed the requested height, so every node keeps room for its label. */
  height: number;
  nodes: PlacedSankeyNode[];
  links: PlacedSankeyLink[];
  /** The column headings ("From", "To"; the steps of paths) and their baseline. */
  headings: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  headingY: number;
  /** The key under the chart (link width, hatching, lower bounds); included in `height`. */
  legend: LegendGeometry;
}

/** Layout options: the height to lay out in (px), and the label size. */
export interface SankeyLayoutOptions extends TextLayoutOptions {
  height: number;
  fontSize?: number;
}

/** Node bars are this wide (px); labels stand this far from them. */
const NODE_WIDTH = 14;
const LABEL_GAP = 6;
/** Room above the nodes for the "From" and "To" headings. */
const HEADER = 30;
/** The links always get at least this much width between the label margins. */
const MIN_LINK_SPACE = 80;
/** A few people must not fill a tall panel with slabs; thousands must not squeeze nodes below a line of label. */
const MAX_PX_PER_PERSON = 28;
const MIN_PX_PER_PERSON = 2;
const LEGEND_GAP = 10;
/** Links past which the layout orders them once, after the nodes have settled (see `layoutSankey`). */
const REORDER_LIMIT = 120;

type NodeDatum = SankeyModelNode & { qualifier: 'at-least' | 'more-than' | undefined };
type LinkDatum = Omit<SankeyModelLink, 'source' | 'target'> & { source: string; target: string };

/**
 * Lays out the model in `width` × `height` (the height grows if the nodes need more room for their labels).
 * Returns empty geometry for an empty model or a zero size. Never mutates `model`.
 */
export function layoutSankey(model: SankeyModel, options: SankeyLayoutOptions): SankeyGeometry {
  const { width, measure = estimateTextWidth, fontSize = theme.labelFontSize, locale = EN } = options;
  const empty: SankeyGeometry = {
    width,
    height: options.height,
    nodes: [],
    links: [],
    headings: [],
    headingY: 0,
    legend: { items: [], height: 0 },
  };
  if (!model.links.length || width <= 0 || options.height <= 0) return empty;

  // A node's total is a lower bound if any of its links is; "more than" wins over "at least" (≥6 + >10 is >16).
  const qualifiers = new Map<string, 'at-least' | 'more-than'>();
  for (const link of model.links) {
    const q = link.qualifier;
    if (!q) continue;
    for (const id of [link.source, link.target])
      if (qualifiers.get(id) !== 'more-than') qualifiers.set(id, q);
  }
  // Values per node, to size labels before layout ("Google 15"): what flows through it, as d3-sankey sizes it —
  // the larger of what comes in and what goes out (a node between stages has both; counting both doubles it).
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const link of model.links) {
    outflow.set(link.source, (outflow.get(link.source) ?? 0) + link.value);
    inflow.set(link.target, (inflow.get(link.target) ?? 0) + link.value);
  }
  const totals = new Map<string, number>(
    model.nodes.map((n) => [n.id, Math.max(inflow.get(n.id) ?? 0, outflow.get(n.id) ?? 0)]),
  );
  const valueText = (node: SankeyModelNode) =>
    locale.fmt.countShort(totals.get(node.id) ?? 0, qualifiers.get(node.id));
  // The label is "name" then " value"; both parts are measured the same way here and when truncating below.
  const valueWidth = (node: SankeyModelNode) => measure(` ${valueText(node)}`, fontSize);
  const labelWidth = (node: SankeyModelNode) =>
    measure(node.name, fontSize) + valueWidth(node) + LABEL_GAP + 2;

  // Label margins: the first and last columns each get what their longest label needs; if both do not fit, the
  // shorter keeps its need and the other gets the rest, so one long name does not shorten every label across.
  const columnOf = nodeColumns(model);
  const lastColumn = Math.max(1, ...columnOf.values());
  const inColumn = (c: number) => model.nodes.filter((n) => columnOf.get(n.id) === c);
  const need = (c: number) => Math.max(0, ...inColumn(c).map(labelWidth));
  const budget = Math.max(80, width - MIN_LINK_SPACE - 2 * NODE_WIDTH);
  const [needLeft, needRight] = [need(0), need(lastColumn)];
  let [left, right] = [needLeft, needRight];
  if (needLeft + needRight > budget) {
    const half = budget / 2;
    if (needLeft <= half) right = budget - needLeft;
    else if (needRight <= half) left = budget - needRight;
    else [left, right] = [half, half];
  }
  // In stages, the columns between need room too: the outer labels get at most a fifth of the width each.
  if (lastColumn > 1) [left, right] = [Math.min(left, width / 5), Math.min(right, width / 5)];

  const unit = model.unit;
  const specs: LegendSpec[] = [
    {
      kind: 'band',
      label:
        unit === undefined
          ? locale.t('sankey.legendWidth')
          : locale.t('sankey.legendWidthValue', { unit: unit || locale.t('sankey.value') }),
    },
  ];
  if (model.links.some((l) => l.derived))
    specs.push({ kind: 'hatch', label: locale.t('sankey.legendDerived') });
  if (model.links.some((l) => l.qualifier))
    specs.push({ kind: 'symbol', symbol: '10+ ≥6', label: locale.t('sankey.legendBound') });
  // The legend's rows are laid out first, so the diagram gets the height that is left.
  const legendSize = layoutLegend(specs, width, 0, measure);
  const available = Math.max(1, options.height - LEGEND_GAP - legendSize.height);

  // Room for a label per node: a line and a half of text between node centres at the least.
  const padding = Math.ceil(fontSize * 1.5);
  const rows = Math.max(...Array.from({ length: lastColumn + 1 }, (_, c) => inColumn(c).length));
  // A few people should not fill a tall panel with slabs: cap the scale at MAX_PX_PER_PERSON, and shrink the height.
  // Both columns carry every link once, so each is as tall as the sum of all links. Other units have no natural
  // scale: they fill the room.
  const people = model.links.reduce((sum, l) => sum + l.value, 0);
  const natural =
    unit === undefined
      ? HEADER + people * MAX_PX_PER_PERSON + (rows - 1) * padding + 1
      : Number.POSITIVE_INFINITY;
  // …and never squeeze it below a line of label per node and 2 px per person.
  // (The per-person part is capped at the requested height: thousands of people shrink the scale instead.)
  const least =
    HEADER +
    (rows - 1) * padding +
    Math.max(fontSize, unit === undefined ? Math.min(people * MIN_PX_PER_PERSON, available) : 0) +
    2;
  const height = Math.max(Math.min(available, natural), least);

  // d3-sankey re-sorts the links at every node it moves, in each of its passes: with hundreds of links between
  // dozens of nodes ("Other" included) that took a quarter of a second. Past REORDER_LIMIT the links keep their
  // order while nodes settle, and are put in order of the nodes they lead to once, at the end; and the nodes
  // settle in d3-sankey's own 6 passes rather than the 32 that give the article's few links their calm curves.
  const large = model.links.length > REORDER_LIMIT;
  const generator = sankey<NodeDatum, LinkDatum>()
    .nodeId((d) => d.id)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(padding)
    // The steps of paths stand where they fall (a path that ends early ends in its column); otherwise what
    // nothing leaves is in the last column. `nodeColumns` computes the same columns, for the labels.
    .nodeAlign(model.layering === 'steps' ? sankeyLeft : sankeyJustify)
    .iterations(large ? 6 : 32)
    .extent([
      [left, HEADER],
      [width - right, height - 1],
    ]);
  if (large) generator.linkSort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  // d3-sankey replaces ids with node objects and writes coordinates into its input: give it copies.
  const graph: SankeyGraph<NodeDatum, LinkDatum> = generator({
    nodes: model.nodes.map((n) => ({ ...n, qualifier: qualifiers.get(n.id) })),
    links: model.links.map((l) => ({ ...l, moves: l.moves })),
  });
  if (large) {
    const y0 = (node: unknown) => (node as { y0?: number }).y0 ?? 0;
    for (const node of graph.nodes) {
      node.sourceLinks?.sort((a, b) => y0(a.target) - y0(b.target) || (a.index ?? 0) - (b.index ?? 0));
      node.targetLinks?.sort((a, b) => y0(a.source) - y0(b.source) || (a.index ?? 0) - (b.index ?? 0));
    }
    generator.update(graph);
  }
  // d3-sankey's own link helper uses an old d3-shape without rounding; this is the same curve at 0.01 px.
  const path = linkHorizontal<
    { source: [number, number]; target: [number, number] },
    [number, number]
  >().digits(2);

  // Labels between columns have the gap to the next column.
  const gap = (width - right - left - NODE_WIDTH) / lastColumn - NODE_WIDTH;
  const nodes: PlacedSankeyNode[] = graph.nodes.map((n) => {
    const x0 = round2(n.x0 ?? 0);
    const x1 = round2(n.x1 ?? 0);
    const y0 = round2(n.y0 ?? 0);
    const y1 = round2(n.y1 ?? 0);
    const value = valueText(n);
    const column = columnOf.get(n.id) ?? 0;
    const place = column === 0 ? 'left' : column === lastColumn ? 'right' : 'inside';
    const space = (place === 'left' ? left : place === 'right' ? right : gap) - LABEL_GAP - 2;
    // Between columns, a name that does not fit with its value keeps the name (the value is in the tooltip).
    const showValue = place !== 'inside' || measure(n.name, fontSize) + valueWidth(n) <= space;
    const room = space - (showValue ? valueWidth(n) : 0);
    const text = truncateToWidth(n.name, Math.max(room, fontSize), fontSize, measure);
    return {
      id: n.id,
      side: n.side,
      orgId: n.orgId,
      company: n.company,
      name: n.name,
      x0,
      x1,
      y0,
      y1,
      value: n.value ?? 0,
      qualifier: n.qualifier,
      unit,
      label: {
        x: round2(place === 'left' ? x0 - LABEL_GAP : x1 + LABEL_GAP),
        y: round2((y0 + y1) / 2),
        anchor: place === 'left' ? 'end' : 'start',
        text,
        value: showValue ? value : '',
        truncated: text !== n.name,
        inside: place === 'inside',
      },
    };
  });
  const links: PlacedSankeyLink[] = graph.links.map((l) => ({
    id: l.id,
    source: (l.source as NodeDatum).id,
    target: (l.target as NodeDatum).id,
    value: l.value,
    unit: l.unit,
    qualifier: l.qualifier,
    derived: l.derived,
    company: l.company,
    moves: l.moves,
    moveCount: l.moveCount,
    d:
      path({
        source: [(l.source as SankeyNode<NodeDatum, LinkDatum>).x1 ?? 0, l.y0 ?? 0],
        target: [(l.target as SankeyNode<NodeDatum, LinkDatum>).x0 ?? 0, l.y1 ?? 0],
      }) ?? '',
    width: round2(Math.max(1, l.width ?? 1)),
    y0: round2(l.y0 ?? 0),
    y1: round2(l.y1 ?? 0),
  }));
  const legend = {
    ...legendSize,
    items: legendSize.items.map((item) => ({ ...item, y: round2(item.y + height + LEGEND_GAP) })),
  };
  return {
    width,
    height: Math.ceil(height + LEGEND_GAP + legend.height),
    legend,
    nodes,
    links,
    headings: headingsOf(model, { left, right, width, columns: lastColumn + 1, locale }),
    headingY: fontSize,
  };
}

/**
 * The column headings: "From" over the left nodes and "To" over the right ones, side by side; "Step 1", "Step 2"…
 * over the steps of paths, when each column is one step (a filter can leave a path's first steps out); none in
 * stages, whose columns have no one name.
 */
function headingsOf(
  model: SankeyModel,
  frame: { left: number; right: number; width: number; columns: number; locale: Locale },
): SankeyGeometry['headings'] {
  const { left, right, width, columns, locale } = frame;
  if (!model.layering || model.layering === 'sides')
    return [
      { x: round2(left + NODE_WIDTH), text: locale.t('sankey.from'), anchor: 'end' },
      { x: round2(width - right - NODE_WIDTH), text: locale.t('sankey.to'), anchor: 'start' },
    ];
  if (model.layering !== 'steps') return [];
  const columnOf = nodeColumns(model);
  const stepOf = (id: string) => Number(/^s(\d+):/.exec(id)?.[1] ?? -1);
  if (!model.nodes.every((n) => stepOf(n.id) === columnOf.get(n.id))) return [];
  const step = (width - right - left - NODE_WIDTH) / Math.max(1, columns - 1);
  return Array.from({ length: columns }, (_, c) => ({
    x: round2(left + c * step + NODE_WIDTH / 2),
    text: c === 0 ? locale.t('sankey.start') : locale.t('sankey.step', { n: c }),
    anchor: 'middle' as const,
  }));
}
