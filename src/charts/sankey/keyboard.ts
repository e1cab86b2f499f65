/**
 * Keyboard navigation in the Sankey, along and across its flows: ↑/↓ move within a group (the nodes of a
 * column, or the links leaving one node), → follows a flow rightwards (node → its first outgoing link → that
 * link's target), ← follows it back (node → its first incoming link → that link's source). Home/End go to the
 * ends of the current group. Columns are where the nodes stand, so two columns and many stages read alike. Pure:
 * geometry in, mark id out.
 */
import { group } from 'd3-array';
import type { MoveFocus, NavKey } from '../shared/keyboard';
import type { PlacedSankeyNode, SankeyGeometry } from './layout';

/** The nodes in columns, left to right, each column top to bottom. */
function columnsOf(geometry: SankeyGeometry): PlacedSankeyNode[][] {
  const byX = group(geometry.nodes, (node) => node.x0);
  return [...byX.entries()].sort((a, b) => a[0] - b[0]).map(([, nodes]) => nodes.sort((a, b) => a.y0 - b.y0));
}

/** Node and link ids in the order keyboard users meet them: nodes column by column, each with the links it starts. */
export function sankeyFocusOrder(geometry: SankeyGeometry): string[] {
  const order: string[] = [];
  for (const node of columnsOf(geometry).flat()) {
    order.push(node.id);
    order.push(...outgoing(geometry, node.id).map((l) => l.id));
  }
  return order;
}

function outgoing(geometry: SankeyGeometry, nodeId: string) {
  return geometry.links.filter((l) => l.source === nodeId).sort((a, b) => a.y1 - b.y1);
}

function incoming(geometry: SankeyGeometry, nodeId: string) {
  return geometry.links.filter((l) => l.target === nodeId).sort((a, b) => a.y0 - b.y0);
}

/** The {@link MoveFocus} of a Sankey's geometry. */
export function sankeyMove(geometry: SankeyGeometry): MoveFocus {
  const nodes = new Map(geometry.nodes.map((n) => [n.id, n]));
  const links = new Map(geometry.links.map((l) => [l.id, l]));
  const columns = columnsOf(geometry);
  const columnOf = (node: PlacedSankeyNode) => columns.find((c) => c.includes(node)) ?? [node];
  const within = (group: readonly { id: string }[], id: string, key: NavKey): string => {
    const index = group.findIndex((m) => m.id === id);
    if (key === 'first') return group[0]!.id;
    if (key === 'last') return group[group.length - 1]!.id;
    const step = key === 'down' ? 1 : -1;
    return group[Math.min(group.length - 1, Math.max(0, index + step))]!.id;
  };
  return (current, key) => {
    const start = columns[0]?.[0];
    if (!start) return null;
    const node = current === null ? undefined : nodes.get(current);
    const link = current === null ? undefined : links.get(current);
    if (!node && !link) {
      if (key === 'last') return columns.at(-1)?.at(-1)?.id ?? start.id;
      return start.id;
    }
    if (node) {
      if (key === 'right') return outgoing(geometry, node.id)[0]?.id ?? node.id;
      if (key === 'left') return incoming(geometry, node.id)[0]?.id ?? node.id;
      return within(columnOf(node), node.id, key);
    }
    const l = link!;
    if (key === 'right') return l.target;
    if (key === 'left') return l.source;
    return within(outgoing(geometry, l.source), l.id, key);
  };
}
