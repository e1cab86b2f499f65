/**
 * Section (f) of `npm run bench`: the app side by side with (a) a floor page — d3-sankey laid out and drawn with
 * d3-selection joins, the least work a browser must do for the same Sankey — and (b) an ECharts 6 Sankey with its
 * SVG and its canvas renderer, on the same data with the same filter toggles (one company in, then out, 50 times),
 * in one Chromium run. Each toggle starts just after a frame, two idle frames after the last one, and is timed from
 * the change to the next paint (a frame and a task after it), as the app's clicks are in (b). Also: first render
 * of the article's data, and gzipped JavaScript of each page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { build } from 'vite';
import { generateDataset } from '../../src/data/synthetic';
import type { Move, Organization } from '../../src/data/schema';
import { buildOrgIndex } from '../../src/model/orgIndex';
import type { BenchMove } from './pages/shared';
import { median, percentile } from './server';

const TOGGLES = 50;

/** One page's script, bundled and minified as a production build would be. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['iife'], name: 'BenchPage' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as {
    output: { type: string; code?: string }[];
  }[];
  return outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
}

/** Moves at company level, as the app's Sankey groups them (teams and labs under their company). */
function companyMoves(organizations: readonly Organization[], moves: readonly Move[]): BenchMove[] {
  const index = buildOrgIndex(organizations);
  return moves.map((m) => ({
    from: index.companyOf(m.from),
    to: m.to === null ? null : index.companyOf(m.to),
    count: m.count,
  }));
}

/** Times `TOGGLES` renders on a comparison page, alternating `[company]` and `[]`; first render too. */
async function timeComparison(
  page: Page,
  code: string,
  moves: BenchMove[],
  company: string,
  renderer?: 'svg' | 'canvas',
): Promise<{ first: number; toggles: number[] }> {
  await page.setContent(`<!doctype html><html><body style="margin:0"><script>${code}</script></body></html>`);
  return page.evaluate(
    async ({ moves, company, renderer, toggles }) => {
      const w = window as unknown as {
        setup: (m: unknown, r?: string) => void;
        render: (c: string[]) => void;
      };
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      let start = performance.now();
      w.setup(moves, renderer);
      w.render([]);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const first = performance.now() - start;
      const times: number[] = [];
      for (let i = 0; i < toggles; i++) {
        // As the app's clicks in (b): two idle frames after the last change, then start just after a frame. Started
        // straight after the last change's frame, a page's paint would be timed less the time that frame took.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        start = performance.now();
        w.render(i % 2 === 0 ? [company] : []);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        times.push(performance.now() - start);
      }
      return { first, toggles: times };
    },
    { moves, company, renderer, toggles: TOGGLES },
  );
}

/** The app's figures for one dataset, measured by the caller (its filter-to-paint). */
export interface AppFigures {
  article: number[];
  tenK: number[];
  hundredK: number[];
  /** The same toggles on a build whose panels keep no recent charts: each change laid out afresh. */
  afresh: { article: number[]; tenK: number[]; hundredK: number[] };
  /** From navigation to `<html data-ready="true">` for the article's data (ms). */
  firstRender: number;
  /** Initial JavaScript, gzipped (bytes). */
  gzip: number;
}

/** Runs the comparison and writes section (f) with `say`; returns the ratios for the notes. */
export async function sideBySide(
  browser: Browser,
  app: AppFigures,
  say: (line?: string) => void,
): Promise<void> {
  const [floor, charts] = await Promise.all([bundle('./pages/floor.ts'), bundle('./pages/echarts.ts')]);
  const root = new URL('../../', import.meta.url);
  const article = companyMoves(
    JSON.parse(readFileSync(new URL('data/organizations.json', root), 'utf8')) as Organization[],
    JSON.parse(readFileSync(new URL('data/moves.json', root), 'utf8')) as Move[],
  );
  const ten = generateDataset({ orgs: 500, links: 10_000, seed: 1 });
  const hundred = generateDataset({ orgs: 2000, links: 100_000, seed: 7 });
  const sets = [
    { label: "the article's (27 moves)", moves: article, app: app.article, afresh: app.afresh.article },
    {
      label: '10,000 links',
      moves: companyMoves(ten.organizations, ten.moves),
      app: app.tenK,
      afresh: app.afresh.tenK,
    },
    {
      label: '100,000 links',
      moves: companyMoves(hundred.organizations, hundred.moves),
      app: app.hundredK,
      afresh: app.afresh.hundredK,
    },
  ];
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const cell = (v: number[]) => `${ms(median(v))} / ${ms(percentile(v, 0.95))}`;
  say('## (f) Side by side: the app, the floor, and ECharts 6 (Chromium, same data, same toggles)');
  say();
  say(
    "Filter change to paint, median / p95 over 50 toggles (one company in, then out), each started just after a frame with two idle frames before it, on every page alike. The app draws four linked panels; the others draw the Sankey alone. After the first two toggles the app's panels draw views they drew a moment ago (they keep their last four charts), where the comparison pages lay out every toggle; the last three columns are the same toggles on the build whose panels keep none (section (b)).",
  );
  say();
  say(
    '| data | app | floor (d3-sankey + d3-selection) | ECharts SVG | ECharts canvas | app / floor | app / ECharts SVG | app / ECharts canvas | app keeping no charts | of it / floor | of it / ECharts SVG |',
  );
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  let firsts: number[] = [];
  for (const set of sets) {
    const totals = new Map<string, number>();
    for (const m of set.moves) totals.set(m.from, (totals.get(m.from) ?? 0) + m.count);
    const company = [...totals.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const f = await timeComparison(page, floor, set.moves, company);
    const svg = await timeComparison(page, charts, set.moves, company, 'svg');
    const canvas = await timeComparison(page, charts, set.moves, company, 'canvas');
    if (!firsts.length) firsts = [f.first, svg.first, canvas.first];
    const ratio = (other: number[], app = set.app) => `${(median(app) / median(other)).toFixed(2)}×`;
    say(
      `| ${set.label} | ${cell(set.app)} | ${cell(f.toggles)} | ${cell(svg.toggles)} | ${cell(canvas.toggles)} | ${ratio(f.toggles)} | ${ratio(svg.toggles)} | ${ratio(canvas.toggles)} | ${cell(set.afresh)} | ${ratio(f.toggles, set.afresh)} | ${ratio(svg.toggles, set.afresh)} |`,
    );
  }
  await context.close();
  say();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  say('| measure | app | floor | ECharts SVG | ECharts canvas |');
  say('|---|---:|---:|---:|---:|');
  say(
    `| first render of the article's data | ${ms(app.firstRender)} (navigation to every panel drawn, data fetched) | ${ms(firsts[0]!)} | ${ms(firsts[1]!)} | ${ms(firsts[2]!)} |`,
  );
  say(
    `| JavaScript, gzipped | ${kb(app.gzip)} (initial) | ${kb(gzipSync(floor).length)} | ${kb(gzipSync(charts).length)} | (same bundle) |`,
  );
  say();
  say(
    "The comparison pages are given the moves already in memory and at company level, and their first render starts there; the app's includes fetching, validating and laying out all four panels.",
  );
  say();
}
