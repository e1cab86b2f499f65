/**
 * The interactive HTML export: one file that, opened from disk with every network request blocked, draws the
 * exported view's charts, filters them on a click, shows tooltips, answers the keyboard, and switches language
 * and theme; its size, gzipped, stays under the 400 KB the issue sets for the article's data.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { downloadFrom } from './exports';
import { expect, panel, test, waitForPanels } from './fixtures';

test('the HTML export opens from file:// with the network off, draws the charts and filters them on a click', async ({
  page,
  browser,
}) => {
  await page.goto('/?company=google,openai&metric=hiring');
  await waitForPanels(page);
  const saved = await downloadFrom(page, 'Who moved where', 'Interactive HTML (all charts)');
  expect(saved.name).toBe('ai-talent-flows_google+openai.html');
  const html = readFileSync(saved.path);
  const gzipped = gzipSync(html).length;
  console.log(
    `Interactive HTML: ${(html.length / 1024).toFixed(0)} KB, ${(gzipped / 1024).toFixed(0)} KB gzipped`,
  );
  expect(gzipped).toBeLessThan(400 * 1024);

  const context = await browser.newContext({ offline: true, viewport: { width: 1440, height: 1000 } });
  try {
    const offline = await context.newPage();
    const requests: string[] = [];
    offline.on('request', (request) => requests.push(request.url()));
    await context.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    await offline.goto(`file://${saved.path}`);
    await waitForPanels(offline);
    for (const name of ['Who moved where', 'Pay and hiring', 'Timeline', 'Paths'] as const)
      await expect(panel(offline, name).locator('svg[role="img"]')).toHaveCount(1);
    // The exported view: its filter and its metric.
    await expect(offline.getByRole('button', { name: /Remove Google/ })).toBeVisible();
    await expect(offline.getByRole('radio', { name: "Share of OpenAI's hires" })).toBeChecked();

    // Linked: a click on a node takes its company out of the filter in every panel.
    const sankey = panel(offline, 'Who moved where');
    await sankey.locator('[data-node="to:openai"]').click();
    await expect(offline.getByRole('button', { name: /Remove OpenAI/ })).toHaveCount(0);
    await expect(offline.getByRole('button', { name: /Remove Google/ })).toBeVisible();

    // Tooltips and the keyboard.
    await sankey.locator('[data-link]').first().hover();
    await expect(offline.getByRole('tooltip')).toBeVisible();
    await sankey.locator('svg[role="img"]').focus();
    await offline.keyboard.press('ArrowDown');
    await expect(sankey.locator('[data-mark-announcement]')).not.toBeEmpty();

    // Language and theme.
    await offline.getByLabel('Language').selectOption('zh-Hant');
    await expect(offline.getByRole('region', { name: '人才流向' })).toBeVisible();
    await offline.getByLabel('主題').selectOption('dark');
    await expect(offline.locator('html')).toHaveAttribute('data-theme', 'dark');

    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  } finally {
    await context.close();
  }
});
