// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BarsMarks } from '../charts/bars/BarsChart';
import { layoutBars } from '../charts/bars/layout';
import { prepareBars } from '../charts/bars/prepare';
import { layoutSankey } from '../charts/sankey/layout';
import { prepareSankey } from '../charts/sankey/prepare';
import { SankeyMarks } from '../charts/sankey/SankeyChart';
import { buildPalette } from '../charts/shared/theme';
import { layoutTimeline } from '../charts/timeline/layout';
import { prepareTimeline } from '../charts/timeline/prepare';
import { TimelineMarks } from '../charts/timeline/TimelineChart';
import { buildOrgIndex } from '../model/orgIndex';
import { rankCompanies } from '../model/palette';
import { loadDataFiles } from '../test/fixtures';
import { exportFileName } from './download';
import { renderSvgDocument } from './svgDocument';

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

async function exports() {
  const sankey = layoutSankey(prepareSankey(files.moves, { orgs, people, sources, figures }, 'companies'), {
    width: 720,
    height: 460,
  });
  const bars = layoutBars(prepareBars('pay', files.figures, files.moves, { orgs, sources, figures }), {
    width: 480,
    height: 240,
  });
  const items = prepareTimeline(files.events, { orgs, people, sources, inRange: () => true });
  const timeline = layoutTimeline(items, { width: 1100 });
  return {
    sankey: await renderSvgDocument(
      { ...frame, width: sankey.width, height: sankey.height },
      <SankeyMarks geometry={sankey} color={color} titles />,
    ),
    bars: await renderSvgDocument(
      { ...frame, title: 'Pay and hiring', width: bars.width, height: bars.height },
      <BarsMarks geometry={bars} color={color} titles />,
    ),
    timeline: await renderSvgDocument(
      { ...frame, title: 'Timeline', width: timeline.width, height: timeline.height },
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
