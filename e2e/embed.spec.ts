/**
 * Embeds: the code from a chart's "Embed…" action, pasted twice into a host page on another origin (one chart,
 * then all the linked charts); each iframe sizes itself to its content through postMessage at 1,100 px and at
 * 420 px wide, the linked panels still filter on a click without touching the host's history, and nothing is
 * requested from a third server.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, panel, test, waitForPanels } from './fixtures';

/**
 * Serves `html` as a host page from a server of the test's own, on another port: another origin than the app's.
 * A real server (not a routed request), since Chromium lets only a page from a local address frame a local one.
 */
async function hostServer(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/article.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Opens the Sankey's Embed… dialog and reads the code for one chart, or for all of them. */
async function codeFor(page: Page, which: 'This chart (Who moved where)' | 'All the linked charts') {
  const sankey = panel(page, 'Who moved where');
  await sankey.getByLabel('More: other formats, slides, embed').click();
  await sankey.getByRole('button', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed' });
  await dialog.getByRole('radio', { name: which }).check();
  const code = await dialog.getByLabel('Embed code').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return code;
}

/** The iframe's height and its document's, once the embedded page says its charts are drawn. */
async function heights(iframe: Locator, frame: FrameLocator) {
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  return { outer, inner };
}

async function expectFitted(iframe: Locator, frame: FrameLocator) {
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(iframe, frame);
      return Math.abs(outer - inner) <= 1 && inner > 200;
    })
    .toBe(true);
  // Nothing scrolls inside: not down, not sideways.
  const scroll = await frame.locator('html').evaluate((html) => ({
    x: html.scrollWidth - html.clientWidth,
    y: html.scrollHeight - html.clientHeight,
  }));
  expect(scroll.x).toBeLessThanOrEqual(0);
  expect(scroll.y).toBeLessThanOrEqual(1);
}

test('embed code sizes each iframe to its content at 1,100 and 420 px, and the linked panels still filter', async ({
  page,
  browser,
}) => {
  await page.goto('/?company=google,openai');
  await waitForPanels(page);
  const one = await codeFor(page, 'This chart (Who moved where)');
  const all = await codeFor(page, 'All the linked charts');
  expect(one).toContain('src="' + new URL(page.url()).origin + '/?embed=sankey&amp;company=google,openai"');
  expect(all).toContain('/?embed=all&amp;company=google,openai"');
  const app = new URL(page.url()).origin;

  const server =
    await hostServer(`<!doctype html><html><head><meta charset="utf-8"><title>An article</title></head>
<body style="margin:0 auto;max-width:1100px;font-family:serif"><h1>An article</h1><p>Before the charts.</p>
${one}
<p>Between the charts.</p>
${all}
<p>After the charts.</p></body></html>`);
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  try {
    const host = await context.newPage();
    const origins = new Set<string>();
    host.on('request', (request) => origins.add(new URL(request.url()).origin));
    await host.goto(server.url);
    const iframes = host.locator('iframe[data-ai-talent-flows]');
    await expect(iframes).toHaveCount(2);
    const frames = [host.frameLocator('iframe >> nth=0'), host.frameLocator('iframe >> nth=1')] as const;
    await expect(frames[0].getByRole('region')).toHaveCount(1);
    await expect(frames[1].getByRole('region')).toHaveCount(4);
    for (const [i, frame] of frames.entries()) await expectFitted(iframes.nth(i), frame);
    const wide = await heights(iframes.nth(1), frames[1]);

    // Narrow: the charts reflow to the column and each iframe takes its new height.
    await host.setViewportSize({ width: 420, height: 900 });
    for (const [i, frame] of frames.entries()) await expectFitted(iframes.nth(i), frame);
    const narrow = await heights(iframes.nth(1), frames[1]);
    expect(narrow.inner).not.toBe(wide.inner);

    // Linked: a click on a Sankey node filters the other panels of the same embed; the host's address stays.
    const history = await host.evaluate(() => window.history.length);
    const bars = frames[1].getByRole('region', { name: 'Pay and hiring' }).locator('[data-bar]');
    const before = await bars.count();
    await frames[1].locator('[data-node="from:openai"]').click();
    await expect.poll(() => bars.count()).not.toBe(before);
    expect(host.url()).toBe(server.url);
    expect(await host.evaluate(() => window.history.length)).toBe(history);

    expect([...origins].sort()).toEqual([app, new URL(server.url).origin].sort());
  } finally {
    await context.close();
    await server.close();
  }
});
