import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../model/orgIndex';
import { loadDataFiles } from '../../test/fixtures';
import { estimateTextWidth } from '../shared/measure';
import { theme } from '../shared/theme';
import { layoutBars, type BarsGeometry } from './layout';
import { EN } from '../../i18n/locale';
import { countBars, limitRows, metricLabel, prepareBars, type BarModel, type BarsContext } from './prepare';
import { barsTable } from './table';

const files = loadDataFiles();
const ctx: BarsContext = {
  orgs: buildOrgIndex(files.organizations),
  sources: new Map(files.sources.map((s) => [s.id, s])),
  figures: new Map(files.figures.map((f) => [f.id, f])),
};

function checkInvariants(g: BarsGeometry) {
  const numbers = [
    ...g.bars.flatMap((b) => [b.x, b.y, b.width, b.height, b.label.x, b.label.y]),
    ...g.rows.flatMap((r) => [r.y, r.height, r.labelX]),
    ...g.ticks.map((t) => t.x),
  ];
  expect(numbers.every(Number.isFinite)).toBe(true);
  for (const bar of g.bars) {
    expect(bar.x).toBeGreaterThanOrEqual(0);
    expect(bar.x + bar.width).toBeLessThanOrEqual(g.width);
    expect(bar.y + bar.height).toBeLessThanOrEqual(g.axis.y);
    const w = estimateTextWidth(bar.text, theme.labelFontSize);
    if (bar.label.anchor === 'start') expect(bar.label.x + w).toBeLessThanOrEqual(g.width + 1);
    else expect(bar.label.x - w).toBeGreaterThanOrEqual(-1);
  }
  for (const row of g.rows)
    expect(row.labelX - estimateTextWidth(row.label, theme.labelFontSize)).toBeGreaterThanOrEqual(-1);
}

describe('prepareBars', () => {
  it('pay: OpenAI first, the two derived values marked with their formula', () => {
    const model = prepareBars('pay', files.figures, files.moves, ctx);
    expect(model.rows.map((r) => r.label)).toEqual(['OpenAI', 'Google Brain', 'Apple']);
    const brain = model.rows[1]!.segments[0]!;
    expect(brain).toMatchObject({
      value: 692000,
      derived: true,
      name: 'Google Brain: about $692,000 a year (derived)',
    });
    expect(brain.formula).toContain('openai = 865000');
    expect(model.rows[0]!.segments[0]!.name).toBe('OpenAI: $865,000 a year');
  });

  it('hiring: a rank without a number is a rank, not a bar of zero', () => {
    const model = prepareBars('hiring', files.figures, files.moves, ctx);
    expect(model.rows.map((r) => r.label)).toEqual(['Google', 'Stripe', 'Meta']);
    expect(model.rows[0]!.segments[0]!.name).toBe('Google: 7.5%');
    expect(model.rows[1]).toMatchObject({
      segments: [],
      rankOnly: { rank: 2, name: 'Stripe: rank #2 (no figure given)' },
    });
  });

  it('flows: people in and out per company, teams folded in, lower bounds kept', () => {
    const model = prepareBars('flows', files.figures, files.moves, ctx);
    const google = model.rows.find((r) => r.id === 'google')!;
    const out = files.moves
      .filter((m) => ctx.orgs.companyOf(m.from) === 'google')
      .reduce((s, m) => s + m.count, 0);
    expect(google.segments.find((s) => s.kind === 'out')).toMatchObject({
      value: -out,
      name: `Google out: ${out} people`,
    });
    expect(google.segments.find((s) => s.kind === 'in')).toMatchObject({
      value: 1,
      name: 'Google in: 1 person',
    });
    expect(model.rows.find((r) => r.id === 'stability-ai')!.segments[0]!.name).toBe(
      'Stability AI out: more than 10 people',
    );
  });
});

describe('flows of something other than people', () => {
  const energy = [
    { from: 'openai', to: 'google', count: 12.5 },
    { from: 'openai', to: 'meta', count: 0.25 },
  ].map((m, i) => ({
    ...m,
    id: `flow-${i}`,
    kind: 'joined' as const,
    unit: 'TWh',
    provenance: { lines: [i + 2], sources: [] as string[], note: '' },
  }));

  it('say their unit on the axis, in each bar’s name and in the table, never "people"', () => {
    const model = prepareBars('flows', [], energy, ctx);
    expect(model.axisLabel).toBe('← TWh out · TWh in →');
    const openai = model.rows.find((r) => r.id === 'openai')!;
    expect(openai.segments[0]!.name).toBe('OpenAI out: 12.8 TWh');
    expect(model.rows.find((r) => r.id === 'meta')!.segments[0]!.name).toBe('Meta in: 0.25 TWh');
    const table = barsTable({ ...model, flowUnit: 'TWh' });
    expect(table.rows[0]!.slice(1, 4)).toEqual(['TWh out', 12.75, 'TWh']);
    expect(JSON.stringify(table.rows)).not.toMatch(/people/);
    expect(metricLabel('flows', EN, 'TWh')).toBe('In and out');
    expect(metricLabel('flows', EN)).toBe('People in and out');
  });

  it('of plain numbers (no unit in the header) are "values"', () => {
    const model = prepareBars(
      'flows',
      [],
      energy.map((m) => ({ ...m, unit: '' })),
      ctx,
    );
    expect(model.axisLabel).toBe('← Value out · Value in →');
    expect(model.rows[0]!.segments[0]!.name).toBe('OpenAI out: 12.8');
  });
});

describe('layoutBars', () => {
  it.each(['pay', 'hiring', 'flows'] as const)(
    'keeps bars, labels and ticks inside the chart: %s',
    (metric) => {
      for (const width of [280, 520, 900]) {
        checkInvariants(
          layoutBars(prepareBars(metric, files.figures, files.moves, ctx), { width, height: 240 }),
        );
      }
    },
  );

  it('puts ticks only at whole people when a few people moved', () => {
    const moves = [
      {
        id: 'a',
        count: 1,
        from: 'openai',
        to: 'google',
        kind: 'joined' as const,
        provenance: { lines: [1], sources: [] as string[], note: '' },
      },
    ];
    const g = layoutBars(prepareBars('flows', [], moves, ctx), { width: 600, height: 240 });
    expect(g.ticks.map((t) => t.text)).toEqual(['1', '0', '1']);
  });

  it('draws rank-only rows as markers, with no bar', () => {
    const g = layoutBars(prepareBars('hiring', files.figures, files.moves, ctx), { width: 500, height: 240 });
    expect(g.bars.map((b) => b.rowId)).toEqual(['google-share-of-openai-hires']);
    expect(g.rows.filter((r) => r.rankMarker).map((r) => r.rankMarker!.text)).toEqual([
      '#2 · ranked, no figure given',
      '#3 · ranked, no figure given',
    ]);
  });

  it('draws people out to the left of zero and people in to the right', () => {
    const g = layoutBars(prepareBars('flows', files.figures, files.moves, ctx), { width: 600, height: 300 });
    for (const bar of g.bars) {
      if (bar.kind === 'out') expect(bar.x + bar.width).toBeCloseTo(g.axis.zero, 1);
      else expect(bar.x).toBeCloseTo(g.axis.zero, 1);
    }
  });

  it('is empty without rows', () => {
    expect(
      layoutBars(
        { metric: 'pay', axisLabel: '', unit: 'usd', diverging: false, rows: [], rowCount: 0 },
        { width: 500, height: 200 },
      ).bars,
    ).toEqual([]);
  });
});

describe('derived values', () => {
  it('show no more precision than the rounded percentages they come from', () => {
    const model = prepareBars('pay', files.figures, files.moves, ctx);
    const apple = model.rows.find((r) => r.label === 'Apple')!.segments[0]!;
    expect(apple.name).toBe('Apple: about $451,000 a year (derived)');
    expect(apple.text).toBe('about $451K (derived)');
  });

  it('hatch only the derived part of a partly derived bar', () => {
    const model = prepareBars('flows', files.figures, files.moves, ctx);
    const metaOut = model.rows.find((r) => r.id === 'meta')!.segments.find((s) => s.kind === 'out')!;
    expect(metaOut).toMatchObject({ value: -10, derived: true, derivedPart: -6 });
    expect(metaOut.formula).toContain('floor(authors / 2) + 1 - named');
    const g = layoutBars(model, { width: 600, height: 300 });
    const bar = g.bars.find((b) => b.id === 'meta-out')!;
    expect(bar.derivedRect!.width).toBeCloseTo(bar.width * 0.6, 0);
    expect(bar.derivedRect!.x).toBeCloseTo(bar.x, 1);
  });
});

describe('limitRows', () => {
  const row = (id: string): BarModel['rows'][number] => ({ id, company: id, label: id, segments: [] });
  const model: BarModel = {
    metric: 'flows',
    axisLabel: 'people',
    unit: 'people',
    diverging: true,
    rows: Array.from({ length: 50 }, (_, i) => row(`org-${i}`)),
    rowCount: 50,
  };

  it('keeps the first rows and counts the rest, keeping the filter’s companies wherever they rank', () => {
    const { model: limited, hidden } = limitRows(model, 30, new Set(['org-45']));
    expect(limited.rows.map((r) => r.id)).toEqual([
      ...Array.from({ length: 30 }, (_, i) => `org-${i}`),
      'org-45',
    ]);
    expect(hidden).toBe(19);
    expect(limitRows(model, 60).hidden).toBe(0);
  });

  it('built with a limit, flows give the same drawn rows as built whole, and count the rest', async () => {
    const { generateDataset } = await import('../../data/synthetic');
    const big = generateDataset({ orgs: 300, links: 3000, seed: 3 });
    const bigCtx: BarsContext = { ...ctx, orgs: buildOrgIndex(big.organizations) };
    const whole = prepareBars('flows', [], big.moves, bigCtx);
    const keep = new Set([whole.rows[200]!.id]);
    const limited = prepareBars('flows', [], big.moves, bigCtx, { max: 30, keep });
    expect(limited.rowCount).toBe(whole.rows.length);
    expect(limited.rows).toEqual([...whole.rows.slice(0, 30), whole.rows[200]]);
    expect(limitRows(limited, 30, keep).hidden).toBe(whole.rows.length - 31);
  });
});

describe('countBars', () => {
  it('counts the rows prepareBars builds, for every metric, company and data set', async () => {
    const { generateDataset } = await import('../../data/synthetic');
    const big = generateDataset({ orgs: 200, links: 2000, seed: 5 });
    const sets = [
      { figures: files.figures, moves: files.moves, ctx },
      { figures: [], moves: big.moves, ctx: { ...ctx, orgs: buildOrgIndex(big.organizations) } },
    ];
    let checked = 0;
    for (const { figures, moves, ctx: c } of sets) {
      const companies = [...new Set(moves.map((m) => c.orgs.companyOf(m.from)))].slice(0, 12);
      for (const subset of [
        moves,
        ...companies.map((id) =>
          moves.filter(
            (m) => c.orgs.companyOf(m.from) === id || (m.to !== null && c.orgs.companyOf(m.to) === id),
          ),
        ),
      ])
        for (const metric of ['flows', 'pay', 'hiring'] as const) {
          expect(countBars(metric, figures, subset, c)).toBe(
            prepareBars(metric, figures, subset, c).rowCount,
          );
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(50);
    // A move inside one company counts for neither side: alone, it makes no row.
    const inside = [{ ...files.moves[0]!, to: files.moves[0]!.from }];
    expect(countBars('flows', [], inside, ctx)).toBe(0);
    expect(prepareBars('flows', [], inside, ctx).rowCount).toBe(0);
  });
});
