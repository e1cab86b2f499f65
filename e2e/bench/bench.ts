/**
 * `npm run bench`: the performance figures of docs/PERFORMANCE.md, measured on this machine and written there.
 * (a) Layout time of each chart (prepare + layout, in Node) for 100, 1,000 and 10,000 links; (b) time from a
 * filter change (a click toggling a Sankey node) to all panels painted, in Chromium, median and p95 over 50
 * changes, for the article's data, 10,000 and 100,000 links, on the build and on one whose panels keep no recent
 * charts (`VITE_RECENT_CHARTS=0`); (c) the initial JavaScript and the bytes a first visit
 * transfers; (d) Largest Contentful Paint and Total Blocking Time of the production build; (e) your own CSV of
 * 10,000 and 100,000 rows; (f) the app side by side with a floor page and ECharts (`sideBySide.ts`). Reported
 * against the budgets, never asserted: machines are shared and noisy. `--only-scale` runs (e) alone,
 * `--only-side` (b) and (f).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chartById } from '../../src/charts/index';
import { renderChart } from '../../src/charts/render';
import { lightTheme } from '../../src/charts/shared/theme';
import type { AnyChartSpec } from '../../src/charts/spec';
import { generateCsv, generateDataset } from '../../src/data/synthetic';
import { RECENT_CHARTS } from '../../src/panels/recentCharts';
import { INITIAL_VIEW } from '../../src/state/view';
import { median, percentile, serveBuild, serveVariant } from './server';
import { initialJs } from './size';
import { sideBySide } from './sideBySide';

const PORT = 4198;
const NOTES_MARKER = '<!-- Notes below are kept when the benchmark rewrites the figures above. -->';
const CHANGES = 50;
const out: string[] = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Renders `spec` for `view` at a panel's size, as the app does (Node has no canvas: text widths are estimated). */
function renderFor(spec: AnyChartSpec, data: unknown, view: Record<string, unknown>) {
  return renderChart(spec, data as never, { ...INITIAL_VIEW, ...view } as never, {
    size: { width: 720, height: 460 },
    theme: lightTheme,
    lang: 'en',
  });
}

function layoutTimes() {
  say(
    "## (a) A chart's whole pipeline, first and per filter change (Node; `renderChart`: filter, prepare, layout, words)",
  );
  say();
  say(
    '| links | organisations | Sankey, first / per change | Bars (people in and out), first / per change | Timeline, first / per change (events) |',
  );
  say('|---:|---:|---:|---:|---:|');
  for (const links of [1_000, 10_000, 100_000]) {
    const orgs = links === 100_000 ? 2000 : Math.min(500, Math.max(20, Math.round(links / 20)));
    const files = generateDataset({ orgs, links, seed: links === 100_000 ? 7 : 1 });
    const totals = new Map<string, number>();
    for (const m of files.moves) totals.set(m.from, (totals.get(m.from) ?? 0) + m.count);
    const company = [...totals.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const cells = (['sankey', 'bars', 'timeline'] as const).map((id) => {
      const spec = chartById(id)!;
      const options = id === 'bars' ? { metric: 'flows' } : {};
      // A fresh copy of the moves: the first render indexes them, as opening a file does.
      const data = { ...files, moves: [...files.moves] };
      const start = performance.now();
      renderFor(spec, data, options);
      const first = performance.now() - start;
      const changes: number[] = [];
      for (let i = 0; i < 20; i++) {
        const begin = performance.now();
        renderFor(spec, data, { ...options, companies: i % 2 === 0 ? [company] : [] });
        changes.push(performance.now() - begin);
      }
      return `${ms(first)} / ${ms(median(changes))}`;
    });
    say(
      `| ${links.toLocaleString('en-US')} | ${orgs.toLocaleString('en-US')} | ${cells[0]} | ${cells[1]} | ${cells[2]} (${files.events.length}) |`,
    );
  }
  say();
  say(
    "The first render of a dataset indexes its moves once (organisations, node keys and links as typed arrays); a filter change then reads those arrays. The first row's first renders include the JIT warming up. In the app the Sankey is drawn in the chart worker past 2,000 moves until the page has indexed the moves itself (in idle time, up to 20,000 moves; a filter change is then one render on the page), and past 20,000 always, with the bars and paths; the worker keeps its index between changes.",
  );
  say();
}

/** One frame at 60 Hz (ms): the issue counts work beyond two of them, the least a change can take to show. */
const FRAME = 1000 / 60;

/** What {@link filterToPaint} measures, per change (ms). */
interface ToPaint {
  /** From the click to every panel painted (a frame and a task after the last panel's answer). */
  paint: number[];
  /** The click's handlers and React's render and commit of the update (its microtask), in the click's task. */
  blocked: number[];
  /** Main-thread work the change caused (Chromium's task time, less the same measure of an idle wait). */
  work: number[];
  /** The same waits with no change: what the method itself takes (median). */
  idle: number;
}

/**
 * Clicks a Sankey node CHANGES times (toggling a company in and out of the filter), timing each to the next paint,
 * and measures the same waits without a click, for the method's own floor.
 */
async function filterToPaint(page: Page, selector: string, changes = CHANGES): Promise<ToPaint> {
  const paint: number[] = [];
  const blocked: number[] = [];
  const work: number[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  const settle = () =>
    page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))),
    );
  const idleWork: number[] = [];
  const idlePaint: number[] = [];
  for (let i = 0; i < 10; i++) {
    await settle();
    const before = await taskTime();
    idlePaint.push(
      await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const start = performance.now();
        await null;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - start;
      }),
    );
    await settle();
    idleWork.push((await taskTime()) - before);
  }
  const idle = median(idleWork);
  for (let i = 0; i < changes; i++) {
    // The node is there once the last change has been drawn (a large chart's answer may still be on its way).
    await page.locator(selector).first().waitFor({ timeout: 60_000 });
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    await settle();
    const before = await taskTime();
    const [toPaint, inHandler] = await page.evaluate(async (sel) => {
      const node = document.querySelector(sel);
      if (!node) throw new Error(`no ${sel}`);
      // Start just after a frame, as the comparison pages' loop does: the change has a whole frame before the next.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const start = performance.now();
      node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      // React renders and commits the click's update in a microtask queued before this one.
      await null;
      const handled = performance.now() - start;
      // With large data the Sankey is laid out in a worker: painted means its new geometry is in.
      while (document.querySelector('.panel-body[aria-busy="true"]'))
        await new Promise((r) => requestAnimationFrame(r));
      // No task in between: a timer here could run after the paint and push the wait to the frame after it.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return [performance.now() - start, handled];
    }, selector);
    // Work the change leaves for after its paint (the URL, effects) is counted too: until two frames later.
    await settle();
    paint.push(toPaint);
    blocked.push(inHandler);
    work.push(Math.max(0, (await taskTime()) - before - idle));
  }
  await cdp.detach();
  return { paint, blocked, work, idle: median(idlePaint) };
}

/** A row of section (b): latency, latency beyond two idle frames, and main-thread work, median and p95. */
function toPaintRow(label: string, m: ToPaint, budget: string): string {
  const both = (v: number[]) => `${ms(median(v))} / ${ms(percentile(v, 0.95))}`;
  const beyond = (v: number) => ms(Math.max(0, v - 2 * FRAME));
  return `| ${label} | ${both(m.paint)} | ${beyond(median(m.paint))} / ${beyond(percentile(m.paint, 0.95))} | ${budget} | ${ms(m.idle)} | ${both(m.work)} | ${both(m.blocked)} |`;
}

/**
 * Opens `files` through Open data… (file picker, then "Use") in a fresh browser context (a dataset stored by an
 * earlier page would otherwise be restored first); the page once it shows them, and how long it took.
 */
async function openDataset(
  browser: Browser,
  base: string,
  files: unknown,
  name: string,
): Promise<{ page: Page; loadTime: number }> {
  // Reduced motion: the filter changes timed on this page count to the new state, not a transition's first frame.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // Side by side, as the comparison pages draw it: filtered to one company, synthetic flows through it would
  // otherwise be drawn in stages (in → company → out), with other node ids.
  await page.goto(`${base}?arrange=sides`);
  await page.getByRole('button', { name: 'Open data…' }).click();
  const opened = performance.now();
  await page.locator('dialog input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(files)),
  });
  await page.locator('dialog button.primary').click({ timeout: 300_000 });
  // The article's chart is still up until the switch: wait for the page to say it shows the file's data.
  await page.locator('.data-source.own').waitFor({ timeout: 300_000 });
  await page.locator('html[data-ready="true"]').waitFor({ timeout: 300_000 });
  await page
    .locator('[data-node^="from:"]:not([data-node$="__other__"])')
    .first()
    .waitFor({ timeout: 300_000 });
  return { page, loadTime: performance.now() - opened };
}

/** From navigation to `<html data-ready="true">` on the article's data, in ms. */
async function firstRender(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(base);
  // Polled every frame: the figure is at most a frame late.
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
    polling: 'raf',
    timeout: 60_000,
  });
  const ready = await page.evaluate(() => performance.now());
  await context.close();
  return ready;
}

/** What opening a large CSV costs, and what a filter change costs after. */
interface ScaleFigures {
  /** From choosing the file to the charts drawn, including the dialog's reading and one click (ms). */
  open: number;
  /** The dialog's reading alone: from choosing the file to its summary (ms). */
  read: number;
  /** Main-thread tasks while opening: the longest, and how many took over 200 ms. */
  longest: number;
  over200: number;
  paint: number[];
  blocked: number[];
  longestAfter: number;
}

/**
 * Opens a `rows`-row CSV in the app's own columns through Open data… (file picker, then "Use"), timing it to the
 * charts drawn and recording the page's long tasks (PerformanceObserver), then times filter changes.
 */
async function openAtScale(
  browser: Browser,
  base: string,
  rows: number,
  changes: number,
): Promise<ScaleFigures> {
  const file = join(tmpdir(), `synthetic-${rows}-rows.csv`);
  writeFileSync(file, generateCsv({ orgs: 2000, rows, seed: 7 }));
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}?arrange=sides`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: 'Open data…' }).click();
  const start = await page.evaluate(() => performance.now());
  // A file on disk, as a reader chooses one (a buffer would be copied into the page by the test harness first).
  await page.locator('dialog input[type="file"]').setInputFiles(file);
  const use = page.locator('dialog button.primary');
  await use.waitFor({ timeout: 120_000 });
  const read = (await page.evaluate(() => performance.now())) - start;
  await use.click();
  // Drawn: the reader's data is shown, a synthetic organisation is in the Sankey, and every panel has settled.
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.ready === 'true' &&
      !!document.querySelector('.data-source.own') &&
      !!document.querySelector('[data-node*="-labs-"], [data-node*="-ai-"]'),
    null,
    { timeout: 120_000, polling: 50 },
  );
  const end = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(
    ([from, to]) =>
      (window as unknown as { __long: { start: number; duration: number }[] }).__long
        .filter((t) => t.start >= from && t.start <= to)
        .map((t) => t.duration),
    [start, end] as const,
  );
  const id = await page
    .locator('[data-node^="from:"]:not([data-node$="__other__"])')
    .first()
    .getAttribute('data-node');
  const before = await page.evaluate(() => performance.now());
  const { paint, blocked } = await filterToPaint(page, `[data-node="${id}"]`, changes);
  const after = await page.evaluate(
    (from) =>
      (window as unknown as { __long: { start: number; duration: number }[] }).__long
        .filter((t) => t.start >= from)
        .map((t) => t.duration),
    before,
  );
  await context.close();
  return {
    open: end - start,
    read,
    longest: Math.max(0, ...tasks),
    over200: tasks.filter((d) => d > 200).length,
    paint,
    blocked,
    longestAfter: Math.max(0, ...after),
  };
}

/** (e): own data at scale, 10,000 and 100,000 rows. */
async function scale(browser: Browser, base: string) {
  say(
    '## (e) Your own CSV at scale (Chromium, 1440×1000; `person,from,to,date,count,source`, 2,000 organisations)',
  );
  say();
  say(
    '| rows | open, to the charts drawn (budget 5 s) | of which the dialog reading it | longest main-thread task while opening (budget 200 ms) | tasks over 200 ms | filter change to paint, median / p95 | longest task after a filter change |',
  );
  say('|---:|---:|---:|---:|---:|---:|---:|');
  for (const rows of [10_000, 100_000]) {
    const f = await openAtScale(browser, base, rows, 10);
    say(
      `| ${rows.toLocaleString('en-US')} | ${(f.open / 1000).toFixed(2)} s | ${(f.read / 1000).toFixed(2)} s | ${ms(f.longest)} | ${f.over200} | ${ms(median(f.paint))} / ${ms(percentile(f.paint, 0.95))} | ${ms(f.longestAfter)} |`,
    );
  }
  say();
}

/**
 * Section (b)'s measurements on the build served at `base`: the article's data, then 10,000 and 100,000 links
 * opened as a reader's file, each timed over CHANGES toggles of one company's node.
 */
async function toggles(browser: Browser, base: string) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('[data-node="from:google"]').waitFor();
    const article = await filterToPaint(page, '[data-node="from:google"]');
    const firstSource = (p: Page) =>
      p.locator('[data-node^="from:"]:not([data-node$="__other__"])').first().getAttribute('data-node');
    // The large datasets go in the way a reader's would: Open data…, then "Use this data".
    const big = generateDataset({ orgs: 500, links: 10_000, seed: 1 });
    const ten = await openDataset(browser, base, big, 'synthetic-500-orgs-10000-links.json');
    const tenK = await filterToPaint(ten.page, `[data-node="${await firstSource(ten.page)}"]`);
    await ten.page.context().close();
    const huge = generateDataset({ orgs: 2000, links: 100_000, seed: 7 });
    const hundred = await openDataset(browser, base, huge, 'synthetic-2000-orgs-100000-links.json');
    const hundredK = await filterToPaint(hundred.page, `[data-node="${await firstSource(hundred.page)}"]`);
    await hundred.page.context().close();
    return { article, tenK, hundredK, loadTime: ten.loadTime };
  } finally {
    await context.close();
  }
}

async function main() {
  say(`# Performance`);
  say();
  const { base, browser, close } = await serveBuild(PORT);
  say(
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}. Shared machine: compare figures within one run.`,
  );
  say();
  try {
    if (process.argv.includes('--only-scale')) {
      await scale(browser, base);
      return out.join('\n');
    }
    layoutTimes();

    say('## (b) Filter change to all panels painted (Chromium, 1440×1000, 50 changes, reduced motion)');
    say();
    const keeping = await toggles(browser, base);
    // The same toggles on a build whose panels keep no recent charts: every change laid out afresh.
    const variant = await serveVariant(PORT + 1, join(tmpdir(), 'talent-flows-bench-keep-none'), {
      VITE_RECENT_CHARTS: '0',
    });
    const keepingNone = await toggles(browser, variant.base).finally(variant.kill);
    say(
      "| data | to paint, median / p95 | beyond two idle frames (33.3 ms), median / p95 | budget (beyond two frames) | the same waits with no change | main-thread work per change, median / p95 | of it in the click and React's render of it, median / p95 |",
    );
    say('|---|---:|---:|---:|---:|---:|---:|');
    const none = '… the same toggles, the panels keeping no recent charts (every change laid out afresh)';
    say(toPaintRow("the article's (27 moves)", keeping.article, '8 ms'));
    say(toPaintRow(none, keepingNone.article, ''));
    say(toPaintRow('synthetic, 500 organisations, 10,000 links', keeping.tenK, '50 ms'));
    say(toPaintRow(none, keepingNone.tenK, ''));
    say(toPaintRow('synthetic, 2,000 organisations, 100,000 links', keeping.hundredK, '100 ms'));
    say(toPaintRow(none, keepingNone.hundredK, ''));
    say();
    say(
      "Transitions are off (`prefers-reduced-motion`), as ECharts' animation is in (f): painted means the new state is drawn, not the first frame of a 400 ms transition to it. Main-thread work is Chromium's own task time (DevTools protocol `Performance.getMetrics`) from the click until two frames after the paint, less the same measure of an idle wait. Each click is dispatched just after a frame, as the comparison pages in (f) start each change, so a change has a whole frame before the next; the wait for the paint is a frame and a task after the change, as theirs is.",
    );
    say();
    say(
      `The toggles click one company's node in and out, as the issue's method does. After the first two, every view is one the panels drew a moment ago: they keep their last ${RECENT_CHARTS} charts (\`panels/recentCharts.ts\`) and draw it again without laying it out. Each "…" row is the same toggles on a build made with \`VITE_RECENT_CHARTS=0\`, whose panels keep none: every change is filtered, prepared and laid out afresh.`,
    );
    say();
    say(
      `Opening the 10,000-link file (read, validate, store, first draw) took ${(keeping.loadTime / 1000).toFixed(1)} s.`,
    );
    say();
    await sideBySide(
      browser,
      {
        article: keeping.article.paint,
        tenK: keeping.tenK.paint,
        hundredK: keeping.hundredK.paint,
        afresh: {
          article: keepingNone.article.paint,
          tenK: keepingNone.tenK.paint,
          hundredK: keepingNone.hundredK.paint,
        },
        firstRender: await firstRender(browser, base),
        gzip: initialJs().gzip,
      },
      say,
    );
    if (process.argv.includes('--only-side')) return out.join('\n');

    await scale(browser, base);

    say('## (c) First load');
    say();
    const js = initialJs();
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const first = await fresh.newPage();
    await first.addInitScript(() => {
      const w = window as unknown as { __lcp: number; __long: { start: number; duration: number }[] };
      w.__lcp = 0;
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__lcp = e.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await first.goto(base);
    for (const name of ['Who moved where', 'Pay and hiring', 'Timeline'])
      await first.getByRole('region', { name }).locator('svg[role="img"]').waitFor();
    await first.waitForTimeout(3000);
    const load = await first.evaluate(() => {
      const w = window as unknown as { __lcp: number; __long: { start: number; duration: number }[] };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      return {
        lcp: w.__lcp,
        fcp,
        tbt: w.__long.filter((t) => t.start >= fcp).reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
        total: entries.reduce((s, e) => s + (e.transferSize || e.encodedBodySize), 0),
        script: entries
          .filter((e) => e.initiatorType === 'script' || /\.js(\?|$)/.test(e.name))
          .reduce((s, e) => s + (e.transferSize || e.encodedBodySize), 0),
        requests: entries.length,
      };
    });
    say(`| measure | value | budget |`);
    say('|---|---:|---:|');
    say(
      `| initial JavaScript (entry + preloaded chunks), gzipped | ${(js.gzip / 1024).toFixed(1)} KB | 120 KB |`,
    );
    say(`| initial JavaScript, raw | ${(js.raw / 1024).toFixed(1)} KB | |`);
    say(
      `| JavaScript transferred before the charts drew (incl. the schema chunk, as \`vite preview\` serves it) | ${(load.script / 1024).toFixed(1)} KB | |`,
    );
    say(
      `| all bytes transferred on first load (${load.requests} requests: HTML, JS, CSS, fonts, data) | ${(load.total / 1024).toFixed(1)} KB | |`,
    );
    say();
    say('## (d) Production build, local');
    say();
    say('| measure | value | budget |');
    say('|---|---:|---:|');
    say(`| First Contentful Paint | ${ms(load.fcp)} | |`);
    say(`| Largest Contentful Paint | ${ms(load.lcp)} | 1000 ms |`);
    say(`| Total Blocking Time (long tasks after FCP, first load) | ${ms(load.tbt)} | |`);
    say();
  } finally {
    await close();
  }
  return out.join('\n');
}

main()
  .then((report) => {
    const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'docs/PERFORMANCE.md';
    // The notes under the marker are written by hand (what the figures mean, what is left): kept as they are.
    const notes = existsSync(path) ? readFileSync(path, 'utf8').split(NOTES_MARKER)[1] : undefined;
    writeFileSync(path, `${report}\n${NOTES_MARKER}${notes ?? '\n'}`);
    console.log(`\nWritten to ${path}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
