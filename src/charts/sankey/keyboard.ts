/**
 * Keyboard navigation in the Sankey, along and across its flows: ↑/↓ move within a group (the nodes of a
 * column, or the links leaving one node), → follows a flow rightwards (node → its first outgoing link → that
 * link's target), ← follows it back (node → its first incoming link → that link's source). Home/End go to the
 * ends of the current group. Pure: geometry in, mark id out.
 */
import type { MoveFocus, NavKey } from '../shared/keyboard';
import type { SankeyGeometry } from './layout';

/** Node and link ids in the order keyboard users meet them: nodes top to bottom per column, links by target. */
export function sankeyFocusOrder(geometry: SankeyGeometry): string[] {
  const byY = <T extends { y0: number }>(a: T, b: T) => a.y0 - b.y0;
  const nodes = [...geometry.nodes].sort((a, b) =>
    a.side === b.side ? byY(a, b) : a.side === 'from' ? -1 : 1,
  );
  const order: string[] = [];
  for (const node of nodes) {
    order.push(node.id);
    if (node.side === 'from') order.push(...outgoing(geometry, node.id).map((l) => l.id));
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
  const column = (side: 'from' | 'to') =>
    geometry.nodes.filter((n) => n.side === side).sort((a, b) => a.y0 - b.y0);
  const within = (group: readonly { id: string }[], id: string, key: NavKey): string => {
    const index = group.findIndex((m) => m.id === id);
    if (key === 'first') return group[0]!.id;
    if (key === 'last') return group[group.length - 1]!.id;
    const step = key === 'down' ? 1 : -1;
    return group[Math.min(group.length - 1, Math.max(0, index + step))]!.id;
  };
  return (current, key) => {
    const start = column('from')[0] ?? column('to')[0];
    if (!start) return null;
    const node = current === null ? undefined : nodes.get(current);
    const link = current === null ? undefined : links.get(current);
    if (!node && !link) {
      if (key === 'last') return column('to').at(-1)?.id ?? start.id;
      return start.id;
    }
    if (node) {
      if (key === 'right')
        return node.side === 'from' ? (outgoing(geometry, node.id)[0]?.id ?? node.id) : node.id;
      if (key === 'left')
        return node.side === 'to' ? (incoming(geometry, node.id)[0]?.id ?? node.id) : node.id;
      return within(column(node.side), node.id, key);
    }
    const l = link!;
    if (key === 'right') return l.target;
    if (key === 'left') return l.source;
    return within(outgoing(geometry, l.source), l.id, key);
  };
}
