import { describe, expect, it } from 'vitest';
import { groupOther, prepareSankey } from '../charts/sankey/prepare';
import { layoutSankey } from '../charts/sankey/layout';
import { buildOrgIndex } from '../model/orgIndex';
import { badNumbers } from '../test/drawAll';
import { readDatasetJson } from './ownData';
import { generateDataset } from './synthetic';

describe('generateDataset', () => {
  const files = generateDataset({ orgs: 500, links: 10_000, seed: 1 });

  it('makes the requested organisations and distinct flows, the same for the same seed', () => {
    expect(files.organizations).toHaveLength(500);
    expect(files.moves).toHaveLength(10_000);
    expect(new Set(files.moves.map((m) => `${m.from}→${m.to}`)).size).toBe(10_000);
    expect(generateDataset({ orgs: 50, links: 300, seed: 7 })).toEqual(
      generateDataset({ orgs: 50, links: 300, seed: 7 }),
    );
    expect(generateDataset({ orgs: 50, links: 300, seed: 8 })).not.toEqual(
      generateDataset({ orgs: 50, links: 300, seed: 7 }),
    );
  });

  it('passes the same validation as a file the reader opens, with no problem', () => {
    const result = readDatasetJson('synthetic.json', JSON.stringify(files));
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(result.total);
  });

  it('draws at 10,000 links with the smallest organisations grouped, and no NaN', { timeout: 30_000 }, () => {
    const orgs = buildOrgIndex(files.organizations);
    const model = prepareSankey(
      files.moves,
      { orgs, people: new Map(), sources: new Map(), figures: new Map() },
      'companies',
    );
    const grouped = groupOther(model, 20);
    expect(grouped.nodes.filter((n) => n.side === 'from')).toHaveLength(21);
    const geometry = layoutSankey(grouped, { width: 720, height: 460 });
    expect(badNumbers(geometry)).toEqual([]);
  });
});
