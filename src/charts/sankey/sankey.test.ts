import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../model/orgIndex';
import { loadDataFiles, testMove, testOrgs } from '../../test/fixtures';
import { estimateTextWidth } from '../shared/measure';
import { theme } from '../shared/theme';
import { layoutSankey, type SankeyGeometry } from './layout';
import { generateDataset } from '../../data/synthetic';
import type { DataFiles } from '../../data/schema';
import { renderChart } from '../render';
import { lightTheme } from '../shared/theme';
import { AUTO_LIMIT, DEFAULT_TOP, groupOther, OTHER, prepareSankey, type SankeyContext } from './prepare';
import { sankeySpec } from './spec';

const files = loadDataFiles();
const context = (orgs = files.organizations): SankeyContext => ({
  orgs: buildOrgIndex(orgs),
  people: new Map(files.people.map((p) => [p.id, p])),
  sources: new Map(files.sources.map((s) => [s.id, s])),
  figures: new Map(files.figures.map((f) => [f.id, f])),
});

function numbersOf(geometry: SankeyGeometry): number[] {
  return [
    ...geometry.nodes.flatMap((n) => [n.x0, n.x1, n.y0, n.y1, n.value, n.label.x, n.label.y]),
    ...geometry.links.flatMap((l) => [l.width, l.value, l.y0, l.y1]),
  ];
}

function checkInvariants(geometry: SankeyGeometry) {
  const { width, height } = geometry;
  expect(numbersOf(geometry).every(Number.isFinite)).toBe(true);
  for (const link of geometry.links) expect(link.d).not.toMatch(/NaN|undefined/);
  for (const node of geometry.nodes) {
    expect(node.x0).toBeGreaterThanOrEqual(0);
    expect(node.x1).toBeLessThanOrEqual(width);
    expect(node.y0).toBeGreaterThanOrEqual(0);
    expect(node.y1).toBeLessThanOrEqual(height);
    // Labels stay inside the chart: they are never clipped at its edges.
    const labelWidth = estimateTextWidth(`${node.label.text} ${node.label.value}`, theme.labelFontSize);
    if (node.label.anchor === 'end') expect(node.label.x - labelWidth).toBeGreaterThanOrEqual(-1);
    else expect(node.label.x + labelWidth).toBeLessThanOrEqual(width + 1);
  }
  // Each node is as tall as the larger of its in- and outflow.
  // Coordinates are rounded to 0.01 px, so compare within half a pixel.
  const widest = [...geometry.links].sort((a, b) => b.value - a.value)[0]!;
  const ky = widest.width / widest.value;
  for (const node of geometry.nodes) {
    const inflow = geometry.links.filter((l) => l.target === node.id).reduce((s, l) => s + l.value, 0);
    const outflow = geometry.links.filter((l) => l.source === node.id).reduce((s, l) => s + l.value, 0);
    expect(Math.abs(node.y1 - node.y0 - ky * Math.max(inflow, outflow))).toBeLessThan(0.5);
  }
  // Labels on one side never overlap: their centres are at least a line apart.
  for (const side of ['from', 'to'] as const) {
    const ys = geometry.nodes
      .filter((n) => n.side === side)
      .map((n) => n.label.y)
      .sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(theme.labelFontSize));
  }
}

describe('prepareSankey', () => {
  it('draws every move, whatever its direction', () => {
    const model = prepareSankey(files.moves, context(), 'companies');
    const people = files.moves.reduce((s, m) => s + m.count, 0);
    expect(model.links.reduce((s, l) => s + l.value, 0)).toBe(people);
    expect(model.links.find((l) => l.id === 'from:google→to:openai')?.value).toBeGreaterThan(10);
    expect(model.links.find((l) => l.id === 'from:openai→to:google')?.value).toBe(1);
  });

  it('folds teams into their company, or keeps them apart on request', () => {
    const companies = prepareSankey(files.moves, context(), 'companies');
    expect(companies.nodes.some((n) => n.id === 'from:gemini-team')).toBe(false);
    const teams = prepareSankey(files.moves, context(), 'teams');
    expect(teams.nodes.find((n) => n.id === 'from:gemini-team')).toMatchObject({
      company: 'google',
      name: 'Gemini team',
    });
  });

  it('keeps lower bounds and derived counts visible', () => {
    const model = prepareSankey(files.moves, context(), 'companies');
    const unknown = model.links.filter((l) => l.target === 'to:not-stated');
    expect(unknown.find((l) => l.source === 'from:stability-ai')).toMatchObject({
      qualifier: 'more-than',
      value: 10,
    });
    const meta = unknown.find((l) => l.source === 'from:meta')!;
    expect(meta.derived).toBe(true);
    expect(meta.moves[0]!.formula).toContain('authors = 14');
  });
});

describe('layoutSankey', () => {
  it.each([
    [960, 500],
    [640, 420],
    [360, 300],
  ])('keeps its invariants on the article’s data at %d×%d', (width, height) => {
    checkInvariants(layoutSankey(prepareSankey(files.moves, context(), 'companies'), { width, height }));
    checkInvariants(layoutSankey(prepareSankey(files.moves, context(), 'teams'), { width, height }));
  });

  it('grows taller rather than squeezing labels together', () => {
    const moves = Array.from({ length: 30 }, (_, i) => testMove(`m${i}`, 'alpha', `org-${i}`));
    const orgs = [...testOrgs, ...moves.map((m) => ({ ...testOrgs[0]!, id: m.to!, name: m.to! }))];
    const geometry = layoutSankey(prepareSankey(moves, context(orgs), 'companies'), {
      width: 600,
      height: 200,
    });
    expect(geometry.height).toBeGreaterThan(200);
    checkInvariants(geometry);
  });

  it('shortens a label that cannot fit, keeping the full name for tooltips', () => {
    const longName = 'An Organisation With A Remarkably Long Name That Goes On';
    const orgs = [...testOrgs, { ...testOrgs[3]!, id: 'long', name: longName }];
    const geometry = layoutSankey(
      prepareSankey([testMove('m', 'long', 'beta')], context(orgs), 'companies'),
      { width: 320, height: 200 },
    );
    const node = geometry.nodes.find((n) => n.id === 'from:long')!;
    expect(node.label.truncated).toBe(true);
    expect(node.label.text.endsWith('…')).toBe(true);
    expect(node.name).toBe(longName);
    checkInvariants(geometry);
  });

  it('does not mutate its input (d3-sankey writes into what it is given)', () => {
    const model = prepareSankey(files.moves, context(), 'companies');
    const before = JSON.stringify(model);
    layoutSankey(model, { width: 800, height: 500 });
    expect(JSON.stringify(model)).toBe(before);
  });

  it('is empty for no links or no size', () => {
    expect(layoutSankey({ nodes: [], links: [] }, { width: 800, height: 500 }).nodes).toEqual([]);
    expect(
      layoutSankey(prepareSankey(files.moves, context(), 'companies'), { width: 0, height: 500 }).links,
    ).toEqual([]);
  });
});

describe('layoutSankey scale', () => {
  it('does not blow a few people up into slabs that fill the panel', () => {
    const geometry = layoutSankey(
      prepareSankey([testMove('m', 'alpha', 'beta')], context(testOrgs), 'companies'),
      { width: 600, height: 500 },
    );
    expect(geometry.height).toBeLessThan(200);
    const node = geometry.nodes[0]!;
    expect(node.y1 - node.y0).toBeLessThanOrEqual(28.01);
  });
});

describe('layoutSankey labels', () => {
  it('never shortens a name that fits its margin (Meta alone on the left, from a filter)', () => {
    for (const company of ['meta', 'apple', 'stability-ai', 'google', 'openai']) {
      const orgs = buildOrgIndex(files.organizations);
      const moves = files.moves.filter((m) => orgs.companyOf(m.from) === company);
      for (const width of [560, 660, 1000]) {
        const geometry = layoutSankey(prepareSankey(moves, context(), 'companies'), { width, height: 400 });
        for (const node of geometry.nodes)
          expect(node.label.truncated, `${node.name} at ${width}px`).toBe(false);
      }
    }
  });
});

describe('groupOther', () => {
  const orgs = buildOrgIndex([
    ...'abcdefgh'
      .split('')
      .map((c) => ({ ...testOrgs[0]!, id: `org-${c}`, name: `Org ${c}`, parent: undefined })),
  ]);
  const ctx = { orgs, people: new Map(), sources: new Map(), figures: new Map() };
  // org-a sends 8 people, org-b 7, … org-h 1; all to org-a… except org-a, which sends to org-b.
  const moves = 'abcdefgh'
    .split('')
    .map((c, i) =>
      testMove(`m-${c}`, `org-${c}`, c === 'a' ? 'org-b' : 'org-a', { count: 8 - i, person: undefined }),
    );
  const model = prepareSankey(moves, ctx, 'companies');

  it('keeps the largest nodes of a side and folds the rest into one Other node, people conserved', () => {
    const grouped = groupOther(model, 3);
    const from = grouped.nodes.filter((n) => n.side === 'from').map((n) => n.name);
    expect(from.sort()).toEqual(['Org a', 'Org b', 'Org c', 'Other (5 organisations)']);
    const sum = (m: typeof model) => m.links.reduce((s, l) => s + l.value, 0);
    expect(sum(grouped)).toBe(sum(model));
    const other = grouped.links.find((l) => l.source === `from:${OTHER}`)!;
    expect(other.value).toBe(5 + 4 + 3 + 2 + 1);
    expect(other.moves).toHaveLength(5);
    expect(other.company).toBe(OTHER);
  });

  it('always keeps the companies in the filter, and leaves a small side alone', () => {
    const grouped = groupOther(model, 3, new Set(['org-h']));
    expect(grouped.nodes.map((n) => n.id)).toContain('from:org-h');
    expect(groupOther(model, 20)).toBe(model);
    expect(groupOther(model, 0)).toBe(model);
  });
});

describe('renderChart of the Sankey (the main thread’s and the worker’s)', () => {
  /** The Sankey as the app renders it, unfiltered, with the "Shown" choice `top`. */
  const sankeyPipeline = ({ top, ...data }: Partial<DataFiles> & { top: number | null }) => {
    const { model } = renderChart(
      sankeySpec,
      data,
      { companies: [], from: null, to: null, detail: 'companies', top, arrange: null },
      { size: { width: 720, height: 460 }, theme: lightTheme, lang: 'en', measure: estimateTextWidth },
    );
    return { model, perSide: model.perSide, limit: model.limit };
  };

  it('leaves the article’s data whole, and groups a side past 25 organisations to 20 plus Other', () => {
    const files = loadDataFiles();
    const common = { people: files.people, sources: files.sources, figures: files.figures };
    const article = sankeyPipeline({
      ...common,
      moves: files.moves,
      organizations: files.organizations,
      top: null,
    });
    expect(article.limit).toBe(0);
    expect(article.model.nodes.some((n) => n.id.endsWith(OTHER))).toBe(false);
    const big = generateDataset({ orgs: 60, links: 600, seed: 3 });
    const grouped = sankeyPipeline({ ...common, ...big, top: null });
    expect(grouped.perSide).toBeGreaterThan(AUTO_LIMIT);
    expect(grouped.limit).toBe(DEFAULT_TOP);
    expect(grouped.model.nodes.filter((n) => n.side === 'from')).toHaveLength(DEFAULT_TOP + 1);
    expect(sankeyPipeline({ ...common, ...big, top: 0 }).model.nodes.some((n) => n.id.endsWith(OTHER))).toBe(
      false,
    );
  });
});

describe('the layout of a large Sankey', () => {
  it('orders the links at every node by the node at their other end, so none cross where they meet a node', () => {
    const big = generateDataset({ orgs: 300, links: 5000, seed: 4 });
    const ctx = context(big.organizations);
    const model = groupOther(prepareSankey(big.moves, ctx, 'companies'), 20);
    // Past the size where links are ordered once, after the nodes settle, rather than at every pass.
    expect(model.links.length).toBeGreaterThan(120);
    const geometry = layoutSankey(model, { width: 720, height: 600 });
    checkInvariants(geometry);
    const y = new Map(geometry.nodes.map((n) => [n.id, n.y0]));
    const inOrder = (end: 'source' | 'target', at: 'y0' | 'y1') => {
      const other = end === 'source' ? 'target' : 'source';
      for (const node of geometry.nodes) {
        const links = geometry.links.filter((l) => l[end] === node.id).sort((a, b) => a[at] - b[at]);
        const others = links.map((l) => y.get(l[other])!);
        expect(others).toEqual([...others].sort((a, b) => a - b));
      }
    };
    inOrder('source', 'y0');
    inOrder('target', 'y1');
  });
});
