/**
 * Resize and lifecycle: resizing never raises "ResizeObserver loop" errors, each chart is drawn once (one SVG, even
 * under React StrictMode's double mounting), and handlers act on the current filter, never a stale one.
 */
import { expect, panel, test, waitForPanels } from './fixtures';

const PANELS = ['Who moved where', 'Pay and hiring', 'Timeline'] as const;

test('resizing the window again and again raises no ResizeObserver error and keeps one SVG per chart', async ({
  page,
}) => {
  // ResizeObserver loop errors reach window.onerror, not the console: collect them there.
  await page.addInitScript(() => {
    (window as unknown as { __errors: string[] }).__errors = [];
    window.addEventListener('error', (e) =>
      (window as unknown as { __errors: string[] }).__errors.push(e.message),
    );
  });
  await page.goto('/');
  await waitForPanels(page);
  const sizes = [
    [1440, 1000],
    [390, 844],
    [1920, 1080],
    [800, 600],
    [1024, 768],
    [600, 900],
    [1280, 720],
  ] as const;
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    // Half a frame, then a step further: resizes that land mid-layout are where loops happen.
    await page.waitForTimeout(30);
    await page.setViewportSize({ width: width - 17, height });
    await page.waitForTimeout(200);
  }
  await page.setViewportSize({ width: 1440, height: 1000 });
  await waitForPanels(page);
  for (const name of PANELS)
    await expect(panel(page, name).locator('.panel-body svg[role="img"]')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
});

test('every chart is drawn once, after loading, after a filter change and after Back', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  const count = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.panel')].map(
        (p) => p.querySelectorAll('.panel-body svg[role="img"]').length,
      ),
    );
  // The article's data has four charts: who moved where, pay and hiring, the timeline and people's paths.
  const once = [1, 1, 1, 1];
  expect(await count()).toEqual(once);
  await panel(page, 'Who moved where').locator('[data-node="from:google"]').click();
  await expect(page).toHaveURL(/company=google/);
  expect(await count()).toEqual(once);
  await page.goBack();
  await expect(page).not.toHaveURL(/company=/);
  expect(await count()).toEqual(once);
});

test('a click, a key and a field each act on the filter as it is now, not as it was', async ({ page }) => {
  await page.goto('/?company=google&from=2015-01');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  // Change the filter through one control…
  await page.getByLabel('To', { exact: true }).fill('2024-01');
  await page.getByLabel('To', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/from=2015-01&to=2024-01/);
  // …then act through others: each keeps what the first one set.
  await sankey.locator('[data-node="to:openai"]').click();
  await expect(page).toHaveURL(/company=google,openai&from=2015-01&to=2024-01/);
  const bars = panel(page, 'Pay and hiring');
  await bars.locator('[data-bar][aria-label^="Google Brain:"]').first().click();
  await expect(page).toHaveURL(/\?company=openai&from=2015-01&to=2024-01/);
  const timeline = panel(page, 'Timeline');
  await timeline.locator('svg[role="img"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('[');
  // The first OpenAI event: the range starts at its month, and the end set earlier stays.
  await expect(page).toHaveURL(/\?company=openai&from=\d{4}-\d{2}&to=2024-01$/);
  await page.keyboard.press('Delete');
  await expect(page).toHaveURL(/\?company=openai$/);
});
