/**
 * The Sankey in stages: a network with intermediate nodes (the UK energy flows every Sankey tutorial draws, read
 * from the public file the end-to-end tests open) in as many columns as it has stages, loops kept as copies, and
 * the steps of people's paths in columns of their own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../data/ownData';
import { buildOrgIndex } from '../../model/orgIndex';
import { loadDataFiles, testMove } from '../../test/fixtures';
import { estimateTextWidth } from '../shared/measure';
import { layoutSankey } from './layout';
import { autoArrangement, nodeColumns, prepareStages, type SankeyContext } from './prepare';

const energy = readTable('energy.csv', readFileSync('e2e/fixtures/energy.csv', 'utf8')).dataset.files;
const contextOf = (files: { organizations: Parameters<typeof buildOrgIndex>[0] }): SankeyContext => ({
  orgs: buildOrgIndex(files.organizations),
  people: new Map(),
  sources: new Map(),
  figures: new Map(),
});

describe('the arrangement the data suits', () => {
  it('is side by side for moves that go both ways (the article), in stages for a network of stages', () => {
    expect(autoArrangement(loadDataFiles().moves)).toBe('sides');
    expect(autoArrangement(energy.moves)).toBe('stages');
    // The steps of people's paths are stages by their nature.
    expect(autoArrangement([testMove('a', 'alpha', 'beta', { trail: 'x', step: 1 })])).toBe('stages');
    // Two sides and nothing between: side by side.
    expect(autoArrangement([testMove('a', 'alpha', 'beta'), testMove('b', 'gamma', 'beta')])).toBe('sides');
  });
});

describe('prepareStages', () => {
  const model = prepareStages(energy.moves, contextOf(energy), 'teams');
  const columns = nodeColumns(model);
  const column = (name: string) => columns.get(model.nodes.find((n) => n.name === name)!.id);

  it('lays a network out in as many columns as it has stages, every flow drawn once', () => {
    // Agricultural 'waste' → Bio-conversion → Solid → Thermal generation → Electricity grid → H2 conversion → H2
    // → Road transport: eight stages at the longest.
    expect(Math.max(...columns.values())).toBe(7);
    expect(column("Agricultural 'waste'")).toBe(0);
    expect(column('Bio-conversion')).toBe(1);
    expect(column('Electricity grid')).toBe(column('Thermal generation')! + 1);
    // What nothing leaves ends in the last column (d3-sankey's justify).
    expect(column('Losses')).toBe(7);
    expect(column('Road transport')).toBe(7);
    const total = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000);
    expect(total(model.links.map((l) => l.value))).toBe(total(energy.moves.map((m) => m.count)));
    expect(model.unit).toBe('');
  });

  it('keeps a loop drawn: the move that closes it goes to a copy of where it started', () => {
    const loop = [
      testMove('a', 'alpha', 'beta'),
      testMove('b', 'beta', 'gamma'),
      testMove('c', 'gamma', 'alpha'),
    ];
    const orgs = ['alpha', 'beta', 'gamma'].map((id) => ({
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
      kind: 'company' as const,
      provenance: { lines: [1], sources: [], note: '' },
    }));
    const looped = prepareStages(loop, contextOf({ organizations: orgs }), 'teams');
    expect(looped.links.map((l) => `${l.source}→${l.target}`).sort()).toEqual([
      'n:alpha→n:beta',
      'n:beta→n:gamma',
      'n:gamma→n:alpha:again',
    ]);
    expect(looped.nodes.find((n) => n.id === 'n:alpha:again')!.name).toBe('Alpha (again)');
    // d3-sankey refuses a cycle; broken, it lays out.
    expect(() => layoutSankey(looped, { width: 600, height: 300, measure: estimateTextWidth })).not.toThrow();
  });

  it('puts each step of people’s paths in its own column, so one organisation can appear at several', () => {
    const steps = [
      testMove('a1', 'alpha', 'beta', { trail: 'ada', step: 1 }),
      testMove('a2', 'beta', 'gamma', { trail: 'ada', step: 2 }),
      testMove('b1', 'gamma', 'beta', { trail: 'bo', step: 1 }),
    ];
    const byStep = prepareStages(steps, contextOf(loadDataFiles()), 'teams');
    const at = nodeColumns(byStep);
    expect(byStep.layering).toBe('steps');
    expect(byStep.nodes.map((n) => [n.id, at.get(n.id)]).sort()).toEqual([
      ['s0:alpha', 0],
      ['s0:gamma', 0],
      ['s1:beta', 1],
      ['s2:gamma', 2],
    ]);
  });
});

describe('layoutSankey in stages', () => {
  const model = prepareStages(energy.moves, contextOf(energy), 'teams');
  const geometry = layoutSankey(model, { width: 1100, height: 560, measure: estimateTextWidth });

  it('labels a node between stages with what flows through it, not the sum of in and out', () => {
    const oil = geometry.nodes.find((n) => n.name === 'Oil')!;
    const inflow = model.links.filter((l) => l.target === oil.id).reduce((s, l) => s + l.value, 0);
    const outflow = model.links.filter((l) => l.source === oil.id).reduce((s, l) => s + l.value, 0);
    expect(inflow).toBeCloseTo(outflow, 3);
    expect(oil.label.value).toBe('612');
  });

  it('keeps labels between columns legible: a whole name before its value, never cut to a letter', () => {
    const inside = geometry.nodes.filter((n) => n.label.inside);
    expect(inside.length).toBeGreaterThan(5);
    for (const node of inside)
      expect(node.label.text.length).toBeGreaterThanOrEqual(Math.min(6, node.name.length));
    // Stages have no one name per column: no headings (steps of paths have "Step 1"…).
    expect(geometry.headings).toEqual([]);
  });
});
