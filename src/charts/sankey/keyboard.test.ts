import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../model/orgIndex';
import { loadDataFiles } from '../../test/fixtures';
import { listMove, navKeyOf, type MoveFocus, type NavKey } from '../shared/keyboard';
import { sankeyFocusOrder, sankeyMove } from './keyboard';
import { layoutSankey } from './layout';
import { prepareSankey } from './prepare';

const files = loadDataFiles();
const geometry = layoutSankey(
  prepareSankey(
    files.moves,
    {
      orgs: buildOrgIndex(files.organizations),
      people: new Map(files.people.map((p) => [p.id, p])),
      sources: new Map(files.sources.map((s) => [s.id, s])),
      figures: new Map(files.figures.map((f) => [f.id, f])),
    },
    'companies',
  ),
  { width: 700, height: 420 },
);
const KEYS: NavKey[] = ['up', 'down', 'left', 'right', 'first', 'last'];

/** Every mark the arrow keys can reach from the chart itself. */
function reachable(move: MoveFocus): Set<string> {
  const seen = new Set<string>();
  const queue: (string | null)[] = [null];
  while (queue.length) {
    const current = queue.shift()!;
    for (const key of KEYS) {
      const next = move(current, key);
      if (next !== null && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('keyboard navigation', () => {
  it('maps arrow keys, Home and End, and nothing else', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].map(navKeyOf)).toEqual(KEYS);
    expect(navKeyOf('Enter')).toBeNull();
    expect(navKeyOf('a')).toBeNull();
  });

  it('walks a list in order, stopping at the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(listMove(ids, null, 'down')).toBe('a');
    expect(listMove(ids, null, 'last')).toBe('c');
    expect(listMove(ids, 'a', 'right')).toBe('b');
    expect(listMove(ids, 'c', 'down')).toBe('c');
    expect(listMove(ids, 'a', 'up')).toBe('a');
    expect(listMove(ids, 'gone', 'down')).toBe('a');
    expect(listMove([], null, 'down')).toBeNull();
  });

  it('reaches every Sankey node and link from the chart', () => {
    const all = new Set([...geometry.nodes.map((n) => n.id), ...geometry.links.map((l) => l.id)]);
    expect(reachable(sankeyMove(geometry))).toEqual(all);
    expect(new Set(sankeyFocusOrder(geometry))).toEqual(all);
  });

  it('follows a flow with → and back with ←, and moves within a group with ↑/↓', () => {
    const move = sankeyMove(geometry);
    const google = 'from:google';
    const firstLink = move(google, 'right')!;
    const link = geometry.links.find((l) => l.id === firstLink)!;
    expect(link.source).toBe(google);
    expect(move(firstLink, 'right')).toBe(link.target);
    expect(move(firstLink, 'left')).toBe(google);
    // ↓ from a link stays among the links leaving the same node.
    const sibling = move(firstLink, 'down')!;
    expect(geometry.links.find((l) => l.id === sibling)?.source).toBe(google);
    // ↓ from a node stays in its column; ← from a target node goes to a link arriving there.
    expect(geometry.nodes.find((n) => n.id === move(google, 'down'))?.side).toBe('from');
    const arriving = move(link.target, 'left')!;
    expect(geometry.links.find((l) => l.id === arriving)?.target).toBe(link.target);
  });
});
