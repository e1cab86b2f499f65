import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../test/fixtures';
import { INITIAL_VIEW } from '../../state/view';
import { chartById } from '../index';
import { renderChart, renderChartDocument } from '../render';
import { estimateTextWidth } from './measure';
import { placeNotes, withNote, wrapText, type Box } from './notes';
import { lightTheme } from './theme';

const measure = estimateTextWidth;
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe('placing notes', () => {
  const size = { width: 600, height: 400 };

  it('puts a note beside its mark, inside the chart, clear of a label in the way, with a leader to the mark', () => {
    const label = { x: 310, y: 180, width: 120, height: 20 };
    const [note] = placeNotes(
      [{ chart: 'sankey', mark: 'a', text: 'He led ChatGPT’s Code Interpreter' }],
      () => ({ x: 300, y: 190 }),
      size,
      measure,
      [label],
    );
    expect(overlap(note!.box, label)).toBe(0);
    expect(note!.leader).toMatchObject({ x1: 300, y1: 190 });
    expect(note!.box.x).toBeGreaterThanOrEqual(0);
    expect(note!.box.x + note!.box.width).toBeLessThanOrEqual(size.width);
  });

  it('follows its mark when the layout moves it, and leaves out a note whose mark is not drawn', () => {
    const notes = [
      { chart: 'sankey', mark: 'a', text: 'here' },
      { chart: 'sankey', mark: 'gone', text: 'filtered out' },
    ];
    const at = (x: number, y: number) => (mark: string) => (mark === 'a' ? { x, y } : null);
    const [before] = placeNotes(notes, at(100, 100), size, measure);
    const after = placeNotes(notes, at(400, 300), size, measure);
    expect(after).toHaveLength(1);
    expect(after[0]!.box.x - before!.box.x).toBeCloseTo(300);
    expect(after[0]!.box.y - before!.box.y).toBeCloseTo(200);
  });

  it('keeps every note inside the chart and off the other notes wherever the marks are (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 400 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.string({ minLength: 1, maxLength: 140 }),
        (points, text) => {
          const notes = points.map((_, i) => ({ chart: 'c', mark: `m${i}`, text: text.trim() || 'x' }));
          const placed = placeNotes(notes, (m) => points[Number(m.slice(1))]!, size, measure);
          for (const p of placed) {
            expect(p.box.x).toBeGreaterThanOrEqual(0);
            expect(p.box.y).toBeGreaterThanOrEqual(0);
            expect(p.box.x + p.box.width).toBeLessThanOrEqual(size.width + 0.001);
            expect(p.box.y + p.box.height).toBeLessThanOrEqual(size.height + 0.001);
            expect(p.lines.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('wraps long text to the width, and Chinese anywhere', () => {
    const lines = wrapText('他領導了 ChatGPT 的程式碼解譯器專案並在之後離開', 80, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, 12)).toBeLessThanOrEqual(80 + 12);
  });

  it('sets, replaces and removes one mark’s note', () => {
    const one = withNote([], 'sankey', 'from:google', '  first  ');
    expect(one).toEqual([{ chart: 'sankey', mark: 'from:google', text: 'first' }]);
    const two = withNote(one, 'sankey', 'from:google', 'second | line');
    expect(two).toEqual([{ chart: 'sankey', mark: 'from:google', text: 'second   line' }]);
    expect(withNote(two, 'sankey', 'from:google', ' ')).toEqual([]);
  });
});

describe('a note on a Sankey node', () => {
  const files = loadDataFiles();
  const spec = chartById('sankey')!;
  const view = {
    ...INITIAL_VIEW,
    notes: [{ chart: 'sankey', mark: 'from:google', text: 'Where most of them started' }],
  };
  const env = { size: { width: 720, height: 460 }, theme: lightTheme, lang: 'en' as const, measure };

  it('is placed by renderChart, clear of every node label, and goes into the exported SVG', async () => {
    const chart = renderChart(spec, files, view, env);
    expect(chart.notes).toHaveLength(1);
    const obstacles = spec.obstacles!(chart.geometry, measure);
    for (const o of obstacles) expect(overlap(chart.notes[0]!.box, o)).toBe(0);
    const svg = await renderChartDocument(spec, chart, 'panel', measure);
    expect(svg).toContain('data-note="from:google"');
    expect(svg).toContain('Where most of them started');
  });

  it('is left to the chart it was written on', () => {
    expect(renderChart(chartById('bars')!, files, view, env).notes).toEqual([]);
  });
});
