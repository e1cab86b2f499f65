/**
 * Themes: light, dark and following the system, kept in the URL and across visits; charts and exports follow
 * the theme shown, or the colours chosen in the export options.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, panel, test, waitForPanels } from './fixtures';

/** The background colour of the exported SVG: its `#background` rect. */
async function exportedBackground(page: Page, colors?: 'As shown' | 'Light' | 'Dark'): Promise<string> {
  const sankey = panel(page, 'Who moved where');
  if (colors) {
    await sankey.locator('details.export-more summary').click();
    await sankey.getByRole('radio', { name: colors }).check();
    await page.keyboard.press('Escape');
  }
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    sankey.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  const svg = readFileSync(await download.path(), 'utf8');
  return /<rect id="background"[^>]* fill="([^"]+)"/.exec(svg)?.[1] ?? 'none';
}

const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('?theme=dark darkens the page and the charts, and exports follow it unless told otherwise', async ({
  page,
}) => {
  await page.goto('/?theme=dark');
  await waitForPanels(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBe('rgb(1, 4, 9)');
  // Chart text is drawn in the dark theme's light text colour.
  await expect(panel(page, 'Who moved where').locator('svg[role="img"]')).toHaveAttribute('fill', '#e6edf3');
  expect(await exportedBackground(page)).toBe('#0d1117');
  expect(await exportedBackground(page, 'Light')).toBe('#ffffff');
  expect(await exportedBackground(page, 'As shown')).toBe('#0d1117');
});

test('the theme choice is kept across visits, and "system" follows the system live', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await waitForPanels(page);
  // No choice yet: the system's dark scheme.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/theme=dark/);
  expect(await exportedBackground(page)).toBe('#0d1117');
  await page.goto('/');
  await waitForPanels(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');

  await page.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await pageBackground(page)).toBe('rgb(246, 248, 250)');
  expect(await exportedBackground(page, 'Dark')).toBe('#0d1117');
});
