import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from './orgIndex';
import { loadDataFiles } from '../test/fixtures';
import { creditLine, describeFilter } from './describe';

const files = loadDataFiles();

describe('creditLine', () => {
  it('names 36Kr with its date and every outside source on show, unnamed ones as phrases', () => {
    expect(creditLine(['rora'], files.sources, files.article)).toBe(
      'Source: 36Kr (36氪), 23 Jan 2024, citing Rora.',
    );
    expect(creditLine(['forbes', 'foreign-media', '36kr', 'aim'], files.sources, files.article)).toBe(
      'Source: 36Kr (36氪), 23 Jan 2024, citing Forbes and foreign media analysis.',
    );
  });
  it('says "own reporting" where the article credits no one, and works without the article file', () => {
    expect(creditLine(['36kr'], files.sources, files.article)).toBe(
      'Source: 36Kr (36氪), 23 Jan 2024, own reporting.',
    );
    expect(creditLine(['rora'], files.sources, undefined)).toBe('Source: 36Kr (36氪), citing Rora.');
  });
});

describe('describeFilter', () => {
  it('names companies and the month range', () => {
    const orgs = buildOrgIndex(files.organizations);
    expect(describeFilter({ companies: ['google', 'meta'], from: '2023-01', to: '2024-02' }, orgs)).toBe(
      'Google, Meta · Jan 2023 – Feb 2024',
    );
    expect(describeFilter({ companies: [], from: null, to: null }, orgs)).toBe('All companies · all dates');
  });
});
