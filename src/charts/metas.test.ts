import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CHARTS } from './index';
import { ALL_CHART_METAS } from './metas';

describe('the registry and its metas', () => {
  it('list the same charts in the same order, each spec built on its meta', () => {
    expect(ALL_CHART_METAS.map((m) => m.id)).toEqual(ALL_CHARTS.map((s) => s.id));
    ALL_CHARTS.forEach((spec, i) => {
      const meta = ALL_CHART_METAS[i]!;
      // The same objects, not copies: the store's fields and the spec's are one codec.
      expect(spec.options).toBe(meta.options);
      expect(spec.files).toBe(meta.files);
      expect(spec.titleKey).toBe(meta.titleKey);
      expect(spec.available).toBe(meta.available);
      // A meta that says "always wide" or "never" is what the spec says; a spec may decide by the data instead.
      if (typeof spec.wide === 'boolean') expect(spec.wide).toBe(meta.wide);
    });
  });

  it('has a meta for every chart folder', () => {
    const root = new URL('.', import.meta.url).pathname;
    const folders = readdirSync(root).filter(
      (name) =>
        statSync(`${root}/${name}`).isDirectory() && readdirSync(`${root}/${name}`).includes('spec.ts'),
    );
    expect([...folders].sort()).toEqual(ALL_CHART_METAS.map((m) => m.id).sort());
  });
});
