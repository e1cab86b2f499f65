/**
 * "Who moved where": people moving between organisations, as a Sankey — every organisation people left on the
 * left, every one they joined on the right, link widths in people. Moves come from `data/moves.json` (the article's
 * paragraphs on who left Google, Meta, OpenAI and Apple, with the outside sources it names).
 */
import { theme } from '../shared/theme';
import { SANKEY_WORKER_MOVES, WORKER_MOVES, type ChartSpec } from '../spec';
import { SankeyControls } from './Controls';
import { sankeyFocusOrder, sankeyMove } from './keyboard';
import { layoutSankey, type SankeyGeometry } from './layout';
import { nodeName, linkName, SankeyMarks, SankeyTooltip, sankeyIndex } from './Marks';
import type { Move } from '../../data/schema';
import { orgIndexOf } from '../../model/lookups';
import { sankeyMeta, type SankeyArrangement, type SankeyDetail } from './meta';
import { indexSides, sidesIndexed } from './sides';
import { dataArrangement, prepareSankeyChart, type SankeyChartModel } from './prepare';
import { sankeySummary, sankeyTable } from './table';

type SankeyData = { moves: readonly Move[]; organizations: Parameters<typeof orgIndexOf>[0] };
type SankeyViewOf = { arrange?: SankeyArrangement | null; detail: SankeyDetail };

/** The arrangement the view asks for, or the one the whole dataset suits. */
function arrangementOf(data: SankeyData, view: SankeyViewOf): SankeyArrangement {
  return view.arrange ?? dataArrangement(data.moves, orgIndexOf(data.organizations), view.detail);
}

/**
 * What the page may index to lay out `view` itself: side by side (stages are not indexed), up to
 * {@link WORKER_MOVES} moves — the moves, their organisations and the grouping; null otherwise.
 */
function indexable(data: SankeyData, view: SankeyViewOf) {
  if (data.moves.length > WORKER_MOVES || arrangementOf(data, view) !== 'sides') return null;
  return [data.moves, orgIndexOf(data.organizations), view.detail] as const;
}

/** True when the moves are all first steps of paths: two columns, which need no more room than side by side. */
const twoSteps = (moves: readonly Move[]) => moves.length > 0 && moves.every((m) => m.step === 1);

/** The Sankey chart; see the module comment. */
export const sankeySpec: ChartSpec<
  SankeyChartModel,
  SankeyGeometry,
  'organizations' | 'people' | 'moves',
  'article' | 'sources' | 'figures',
  typeof sankeyMeta.options
> = {
  ...sankeyMeta,
  // In three or more stages, each column needs room for its labels: the chart takes the page's width.
  wide: (data, view) => arrangementOf(data, view) === 'stages' && !twoSteps(data.moves),
  // Wide panels get a flatter chart, narrow ones a taller one.
  height: (width) => Math.max(360, Math.min(560, width * 0.62)),
  // The first render of a dataset (indexing its moves, deciding the arrangement, d3-sankey's passes over hundreds
  // of links) takes a few hundred ms at 10,000 moves: past 2,000 it happens in the worker, which keeps the index.
  // Up to 20,000 the page indexes the moves too, while idle (`indexHere`); from then on a filter change lays out
  // here, in the click's own render (~10 ms), instead of a message each way and a second render and paint.
  inWorker: (data, view) => {
    if (data.moves.length <= SANKEY_WORKER_MOVES) return false;
    const sides = view && indexable(data, view);
    return !sides || !sidesIndexed(...sides);
  },
  indexHere: (data, view) => {
    const sides = data.moves.length > SANKEY_WORKER_MOVES && indexable(data, view);
    return sides && !sidesIndexed(...sides) ? () => indexSides(...sides) : null;
  },
  prepare: prepareSankeyChart,
  layout: layoutSankey,
  isEmpty: (model) => model.links.length === 0,
  Marks: SankeyMarks,
  describe: sankeySummary,
  text: (model, _view, { locale, filterText }) => ({
    title: locale.t('sankey.title'),
    chartTitle: locale.t('sankey.chartTitle'),
    subtitle: filterText,
    description: locale.t('sankey.description', {
      people: locale.fmt.quantity(
        model.links.reduce((sum, l) => sum + l.value, 0),
        model.unit,
      ),
      count: model.links.length,
      filter: filterText,
    }),
    fileBase: 'who-moved-where',
  }),
  credit: (model, locale) => ({
    sources: model.sources,
    notes: [
      ...(model.undatedHidden > 0 ? [locale.t('sankey.undatedMoves', { count: model.undatedHidden })] : []),
      ...(model.loops ? [locale.t('sankey.loops', { count: model.loops })] : []),
    ],
  }),
  table: sankeyTable,
  focusOrder: sankeyFocusOrder,
  focusMove: sankeyMove,
  keysHintKey: 'sankey.keysHint',
  markName(geometry, id, locale) {
    const { nodes, links } = sankeyIndex(geometry);
    const node = nodes.get(id);
    const link = links.get(id);
    return node ? nodeName(node, locale) : link ? linkName(link, nodes, locale) : id;
  },
  companyOf(geometry, id) {
    const { nodes, links } = sankeyIndex(geometry);
    return (nodes.get(id) ?? nodes.get(links.get(id)?.source ?? ''))?.company ?? null;
  },
  // A node filters by its organisation (a team, when teams are shown); a link by the node it leaves.
  activate(geometry, id, view) {
    const { nodes, links } = sankeyIndex(geometry);
    const node = nodes.get(id) ?? nodes.get(links.get(id)?.source ?? '');
    if (!node?.orgId || !node.company) return null;
    return view.detail === 'teams' ? node.orgId : node.company;
  },
  anchor(geometry, id) {
    const { nodes, links } = sankeyIndex(geometry);
    const node = nodes.get(id);
    if (node) return { x: node.x1, y: (node.y0 + node.y1) / 2 };
    const link = links.get(id);
    const source = link && nodes.get(link.source);
    const target = link && nodes.get(link.target);
    return link && source && target ? { x: (source.x1 + target.x0) / 2, y: (link.y0 + link.y1) / 2 } : null;
  },
  obstacles(geometry, measure) {
    const size = theme.labelFontSize;
    return geometry.nodes.flatMap((node) => {
      const width = measure(`${node.label.text} ${node.label.value}`, size);
      const x = node.label.anchor === 'start' ? node.label.x : node.label.x - width;
      return [
        { x: node.x0, y: node.y0, width: node.x1 - node.x0, height: node.y1 - node.y0 },
        { x, y: node.label.y - size * 0.7, width, height: size * 1.4 },
      ];
    });
  },
  Tooltip: SankeyTooltip,
  Controls: SankeyControls,
};
