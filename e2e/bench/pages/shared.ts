/**
 * What the comparison pages of the side-by-side benchmark share: the moves they are given (already at company
 * level), the filter they apply, and the Sankey they draw — the 20 largest organisations a side and the rest as
 * "Other", as the app draws it. The least work any Sankey of this data must do, written once for both pages.
 */

/** A move between companies; `to` null when not stated. */
export interface BenchMove {
  from: string;
  to: string | null;
  count: number;
}

/** A Sankey's input: nodes by name, links by node index. */
export interface BenchGraph {
  nodes: { name: string }[];
  links: { source: number; target: number; value: number }[];
}

const TOP = 20;

/** The moves that touch a company of `companies` (all when empty), as a two-column Sankey with "Other". */
export function graphOf(moves: readonly BenchMove[], companies: readonly string[]): BenchGraph {
  const only = companies.length ? new Set(companies) : null;
  const left = new Map<string, number>();
  const right = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const m of moves) {
    const to = m.to ?? '(not stated)';
    if (only && !only.has(m.from) && !only.has(to)) continue;
    if (m.from === to) continue;
    left.set(m.from, (left.get(m.from) ?? 0) + m.count);
    right.set(to, (right.get(to) ?? 0) + m.count);
    const key = `${m.from}\u0000${to}`;
    pairs.set(key, (pairs.get(key) ?? 0) + m.count);
  }
  const top = (side: Map<string, number>) =>
    new Set(
      [...side.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([id]) => id),
    );
  const keepLeft = top(left);
  const keepRight = top(right);
  const nodes: { name: string }[] = [];
  const index = new Map<string, number>();
  const node = (name: string) => {
    let i = index.get(name);
    if (i === undefined) {
      i = nodes.length;
      index.set(name, i);
      nodes.push({ name });
    }
    return i;
  };
  const links = new Map<string, { source: number; target: number; value: number }>();
  for (const [key, value] of pairs) {
    const [from, to] = key.split('\u0000') as [string, string];
    const source = node(`from:${keepLeft.has(from) ? from : 'Other'}`);
    const target = node(`to:${keepRight.has(to) ? to : 'Other'}`);
    const id = `${source}-${target}`;
    const link = links.get(id);
    if (link) link.value += value;
    else links.set(id, { source, target, value });
  }
  return { nodes, links: [...links.values()] };
}
