/**
 * Screenshots of every panel and of the page, for people to look at (labels overlapping, text cut, Chinese as
 * boxes). They go to `e2e/.artifacts/` (not committed); the README's screenshot is copied from this run.
 * The test also checks what a screenshot cannot: that Chinese text is drawn with a real CJK font, not boxes.
 */
import { expect, panel, test, waitForPanels } from './fixtures';

test('screenshots of the page and each panel, with Chinese rendered', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto('/');
  await waitForPanels(page);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'e2e/.artifacts/explorer.png', fullPage: true });
  for (const [name, file] of [
    ['Who moved where', 'sankey'],
    ['Pay and hiring', 'bars'],
    ['Timeline', 'timeline'],
  ] as const) {
    await panel(page, name).screenshot({ path: `e2e/.artifacts/panel-${file}.png` });
  }
  // A glyph missing from every font is drawn as the same box, so distinct characters measuring alike would show it.
  const widths = await page.evaluate(async () => {
    await document.fonts.load('16px "Noto Sans TC"', '矽谷人才');
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '16px "Noto Sans", "Noto Sans TC", sans-serif';
    return { cjk: ctx.measureText('矽').width, loaded: document.fonts.check('16px "Noto Sans TC"', '矽谷') };
  });
  expect(widths.loaded).toBe(true);
  expect(widths.cjk).toBeGreaterThan(12);
  await expect(panel(page, 'Who moved where').locator('.credit')).toContainText('36氪');
});

test('screenshot of a filtered view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto('/?company=google&from=2023-01&to=2024-02&metric=flows');
  await waitForPanels(page);
  await page.screenshot({ path: 'e2e/.artifacts/explorer-filtered.png', fullPage: true });
});
