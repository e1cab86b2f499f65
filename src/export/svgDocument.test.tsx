// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BarsMarks } from '../charts/bars/Marks';
import { layoutBars } from '../charts/bars/layout';
import { prepareBars } from '../charts/bars/prepare';
import { layoutSankey } from '../charts/sankey/layout';
import { prepareSankey } from '../charts/sankey/prepare';
import { SankeyMarks } from '../charts/sankey/Marks';
import { buildPalette } from '../charts/shared/theme';
import { layoutTimeline } from '../charts/timeline/layout';
import { prepareTimeline } from '../charts/timeline/prepare';
import { TimelineMarks } from '../charts/timeline/Marks';
import { buildOrgIndex } from '../model/orgIndex';
import { rankCompanies } from '../model/palette';
import { loadDataFiles } from '../test/fixtures';
import { exportFileName } from './download';
import { chartArea, layoutFrame, renderSvgDocument, wrapText, type SizePreset } from './svgDocument';
import { toCsv, BOM } from './csv';
import { barsTable } from '../charts/bars/table';
import { sankeyTable } from '../charts/sankey/table';
import { timelineTable } from '../charts/timeline/table';
import Papa from 'papaparse';
import { estimateTextWidth } from '../charts/shared/measure';

const files = loadDataFiles();
const orgs = buildOrgIndex(files.organizations);
const color = buildPalette(rankCompanies(files.organizations, files.moves, orgs));
const people = new Map(files.people.map((p) => [p.id, p]));
const sources = new Map(files.sources.map((s) => [s.id, s]));
const figures = new Map(files.figures.map((f) => [f.id, f]));

const frame = {
  title: 'Who moved where',
  subtitle: 'All companies · all dates',
  credit: 'Source: 36Kr (36氪), 23 Jan 2024, citing Forbes.',
};

function geometries() {
  const model = prepareSankey(files.moves, { orgs, people, sources, figures }, 'companies');
  const barsModel = prepareBars('pay', files.figures, files.moves, { orgs, sources, figures });
  const items = prepareTimeline(files.events, { orgs, people, sources, inRange: () => true });
  return { model, barsModel, items };
}

async function exports(preset: SizePreset = 'panel') {
  const { model, barsModel, items } = geometries();
  const size = (w: number, h: number) => chartArea(preset, { width: w, height: h });
  const sankey = layoutSankey(model, size(720, 460));
  const bars = layoutBars(barsModel, size(480, 240));
  const timeline = layoutTimeline(items, { width: size(1100, 400).width });
  const chart = (g: { width: number; height: number }) => ({ width: g.width, height: g.height });
  return {
    sankey: await renderSvgDocument(
      { ...frame, preset, chart: chart(sankey) },
      <SankeyMarks geometry={sankey} color={color} titles />,
    ),
    bars: await renderSvgDocument(
      { ...frame, preset, title: 'Pay and hiring', chart: chart(bars) },
      <BarsMarks geometry={bars} color={color} titles />,
    ),
    timeline: await renderSvgDocument(
      { ...frame, preset, title: 'Timeline', chart: chart(timeline) },
      <TimelineMarks geometry={timeline} color={color} titles />,
    ),
  };
}

describe('exported SVG documents', async () => {
  const documents = await exports();

  it.each(Object.keys(documents))('%s is a well-formed standalone SVG', (name) => {
    const text = documents[name as keyof typeof documents];
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const svg = doc.documentElement;
    expect(svg.tagName).toBe('svg');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(100);
    expect(doc.getElementById('background')?.getAttribute('fill')).toBe('#ffffff');
    expect(svg.querySelector('title')?.textContent).toBe(
      name === 'sankey' ? 'Who moved where' : name === 'bars' ? 'Pay and hiring' : 'Timeline',
    );
    expect(doc.getElementById('credit')?.textContent).toContain('36Kr');
    // Nothing outside the file: no links, images, scripts or foreign content.
    expect(text).not.toMatch(/href=|<image|<script|<foreignObject|url\((?!#)|@import/);
    // Text stays editable in Inkscape and Illustrator, which ignore these.
    expect(text).not.toMatch(/dominant-baseline|alignment-baseline/);
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('groups marks into named layers', () => {
    const doc = new DOMParser().parseFromString(documents.sankey, 'image/svg+xml');
    for (const id of ['links', 'nodes', 'labels', 'heading', 'chart'])
      expect(doc.getElementById(id)).not.toBeNull();
    expect(doc.querySelectorAll('#links path').length).toBe(
      new Set(files.moves.map((m) => `${orgs.companyOf(m.from)}→${m.to ? orgs.companyOf(m.to) : ''}`)).size,
    );
  });

  it('keeps Chinese text as text', () => expect(documents.sankey).toContain('36氪'));

  it.each(Object.keys(documents))('%s matches its reviewed snapshot', async (name) => {
    await expect(documents[name as keyof typeof documents]).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });
});

describe('exportFileName', () => {
  it('names panel, companies and dates', () => {
    expect(
      exportFileName('who-moved-where', { companies: ['meta'], from: '2023-01', to: '2024-02' }, 'svg'),
    ).toBe('who-moved-where_meta_2023-01_2024-02.svg');
    expect(exportFileName('timeline', { companies: [], from: null, to: null }, 'svg')).toBe(
      'timeline_all.svg',
    );
    expect(
      exportFileName('timeline', { companies: ['meta', 'google'], from: '2023-01', to: null }, 'svg'),
    ).toBe('timeline_google+meta_2023-01_end.svg');
  });
});

describe('size presets', async () => {
  const slides = await exports('1920x1080');
  const square = await exports('1080x1080');

  it.each(Object.keys(slides))('%s re-lays out for 1920×1080 and 1080×1080 rather than scaling', (name) => {
    const doc = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const wide = doc(slides[name as keyof typeof slides]);
    const box = doc(square[name as keyof typeof square]);
    expect([wide.getAttribute('width'), wide.getAttribute('height'), wide.getAttribute('viewBox')]).toEqual([
      '1920',
      '1080',
      '0 0 1280 720',
    ]);
    expect([box.getAttribute('width'), box.getAttribute('height'), box.getAttribute('viewBox')]).toEqual([
      '1080',
      '1080',
      '0 0 864 864',
    ]);
    for (const text of [slides, square].map((d) => d[name as keyof typeof d])) {
      expect(text).not.toMatch(/dominant-baseline|alignment-baseline|<foreignObject|href=|url\((?!#)/);
    }
  });

  it('lays the chart out at the width the preset leaves', () => {
    expect(chartArea('1920x1080', { width: 1, height: 1 }).width).toBe(1280 - 32);
    expect(chartArea('panel', { width: 640, height: 300 })).toEqual({ width: 640, height: 300 });
  });

  it('shrinks a chart that is taller than a slide, and never enlarges one', () => {
    const base = { title: 't', subtitle: 's', credit: 'c', preset: '1920x1080' as const };
    expect(layoutFrame({ ...base, chart: { width: 1248, height: 2000 } }).chartTransform).toMatch(
      /scale\(0\.\d+\)/,
    );
    expect(layoutFrame({ ...base, chart: { width: 600, height: 300 } }).chartTransform).not.toMatch(/scale/);
  });

  it('wraps a long credit line instead of running off the edge', () => {
    const credit =
      'Source: 36Kr (36氪), 23 Jan 2024, citing The Information, Forbes, Live Data Technologies, LinkedIn, Rora and Bloomberg.';
    const lines = wrapText(credit, 300, 11, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(credit);
    for (const line of lines) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(300);
  });
});

describe('CSV', () => {
  const { model, barsModel, items } = geometries();

  it.each([
    ['sankey', sankeyTable(model), model.links.length],
    ['bars', barsTable(barsModel), barsModel.rows.length],
    ['timeline', timelineTable(items), items.length],
  ] as const)(
    '%s: one row per mark, round-tripping through a CSV parser with its Chinese intact',
    (_, table, marks) => {
      const csv = toCsv(table);
      expect(csv.startsWith(BOM)).toBe(true);
      const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data[0]).toEqual(table.columns);
      expect(parsed.data.slice(1)).toEqual(table.rows.map((row) => row.map(String)));
      expect(table.rows).toHaveLength(marks);
      expect(table.columns).toContain('article_lines');
      expect(table.columns).toContain('sources');
    },
  );

  it('keeps quotes, commas, newlines and Chinese in a cell', () => {
    const table = { columns: ['a', 'b'], rows: [['He said "hi", then left\nagain', '馬斯克']] };
    const parsed = Papa.parse<string[]>(toCsv(table).slice(1), { skipEmptyLines: true });
    expect(parsed.data[1]).toEqual(['He said "hi", then left\nagain', '馬斯克']);
  });

  it('defuses cells a spreadsheet would run as formulas, and leaves signed numbers alone', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+cmd|calc', '-cmd', '\tTab'];
    const table = { columns: ['name', 'change'], rows: hostile.map((h, i) => [h, i % 2 ? '-12%' : '+25%']) };
    const parsed = Papa.parse<string[]>(toCsv(table).slice(1), { skipEmptyLines: true });
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(hostile.map((h) => `'${h}`));
    expect(parsed.data.slice(1).map((r) => r[1])).toEqual(hostile.map((_, i) => (i % 2 ? '-12%' : '+25%')));
  });

  it('writes the provenance of each Sankey link', () => {
    const table = sankeyTable(model);
    const row = table.rows.find((r) => r[0] === 'OpenAI' && r[1] === 'Google')!;
    const cell = (name: string) => row[table.columns.indexOf(name)];
    expect(cell('names')).toBe('Matt Wiethoff');
    expect(cell('article_lines')).toBe('135');
    expect(cell('sources')).toBe('LinkedIn');
  });
});
