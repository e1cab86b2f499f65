/**
 * Under `npm start` — the development server, with React StrictMode running every effect twice and hot reload
 * wired — a large file is laid out in the chart worker and drawn, and drawn again after each filter change.
 * (The production build never runs effects twice, so only this project can see a worker torn down by
 * StrictMode.)
 */
import { expect, jsonFile, panel, test, openOwnData } from './fixtures';

test('Past the worker threshold under the dev server: the Sankey draws, and redraws after each of five node clicks', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { generateDataset } = await import('../src/data/synthetic');
  const { WORKER_MOVES } = await import('../src/charts/spec');
  const big = generateDataset({ orgs: 500, links: WORKER_MOVES + 500, seed: 1 });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await openOwnData(page, jsonFile(big), 60_000);
  const sankey = panel(page, 'Who moved where');
  const ready = () => expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(sankey.locator('[data-node="from:__other__"]')).toBeVisible({ timeout: 60_000 });
  await ready();
  const first = sankey.locator('[data-node^="from:"]:not([data-node$="__other__"])').first();
  const id = (await first.getAttribute('data-node'))!.slice('from:'.length);
  for (let click = 1; click <= 5; click++) {
    await sankey.locator(`[data-node="from:${id}"]`).click();
    const filtered = click % 2 === 1;
    await expect(page, `click ${click}`).toHaveURL(
      filtered ? new RegExp(`company=${id}`) : /^[^?]*(\?(?!.*company=).*)?$/,
    );
    await ready();
    await expect(sankey.locator('.panel-body [role="alert"]')).toHaveCount(0);
    const links = await sankey
      .locator('[data-link]')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-link') ?? ''));
    expect(links.length, `click ${click}`).toBeGreaterThan(0);
    // Filtered, every flow leaves or reaches the company; unfiltered, "Other" is back.
    if (filtered) for (const link of links) expect(link).toContain(id);
    else expect(links.some((l) => l.includes('__other__'))).toBe(true);
  }
});
