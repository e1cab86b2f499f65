/**
 * The floor page: the same Sankey as the app (two columns, 20 a side and "Other"), laid out by d3-sankey and drawn
 * with d3-selection joins — no framework, no state, no words around it. What any Sankey of this data costs.
 */
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { select } from 'd3-selection';
import { graphOf, type BenchMove } from './shared';

type Node = SankeyNode<{ name: string }, object>;
type Link = SankeyLink<{ name: string }, object>;

let moves: BenchMove[] = [];
const svg = select(document.body).append('svg').attr('width', 720).attr('height', 460);
const linkLayer = svg.append('g').attr('fill', 'none').attr('stroke', '#0072B2').attr('stroke-opacity', 0.4);
const nodeLayer = svg.append('g').attr('fill', '#57606a');
const labelLayer = svg.append('g').attr('font-size', 12).attr('font-family', 'sans-serif');
const layout = sankey<{ name: string }, object>()
  .nodeWidth(12)
  .nodePadding(8)
  .extent([
    [120, 10],
    [600, 450],
  ]);
const path = sankeyLinkHorizontal();

/** Draws the moves that touch `companies`. */
function render(companies: string[]): void {
  const graph = graphOf(moves, companies);
  const { nodes, links } = layout({
    nodes: graph.nodes.map((n) => ({ ...n })),
    links: graph.links.map((l) => ({ ...l })),
  });
  linkLayer
    .selectAll<SVGPathElement, Link>('path')
    .data(links)
    .join('path')
    .attr('d', path as never)
    .attr('stroke-width', (l) => Math.max(1, l.width ?? 1));
  nodeLayer
    .selectAll<SVGRectElement, Node>('rect')
    .data(nodes)
    .join('rect')
    .attr('x', (n) => n.x0!)
    .attr('y', (n) => n.y0!)
    .attr('width', (n) => n.x1! - n.x0!)
    .attr('height', (n) => Math.max(1, n.y1! - n.y0!));
  labelLayer
    .selectAll<SVGTextElement, Node>('text')
    .data(nodes)
    .join('text')
    .attr('x', (n) => (n.x0! < 360 ? n.x0! - 4 : n.x1! + 4))
    .attr('y', (n) => (n.y0! + n.y1!) / 2)
    .attr('text-anchor', (n) => (n.x0! < 360 ? 'end' : 'start'))
    .attr('dy', '0.35em')
    .text((n) => `${n.name.slice(n.name.indexOf(':') + 1)} ${n.value ?? ''}`);
}

Object.assign(window, {
  setup: (data: BenchMove[]) => {
    moves = data;
  },
  render,
});
