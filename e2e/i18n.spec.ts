/**
 * Languages: with `?lang=zh-Hant` no English UI string is left on the page (checked against the English catalog,
 * message by message), Chinese glyphs render, and the choice reaches exports and is kept across visits.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

type Catalog = { [key: string]: string | Catalog };
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Catalog;
/** The app's catalog and every chart's (`src/charts/<id>/messages/`), under the chart's namespace. */
const catalog = (lang: string): Catalog => ({
  ...read(`../src/i18n/${lang}.json`),
  ...Object.fromEntries(
    readdirSync(new URL('../src/charts/', import.meta.url), { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() &&
          existsSync(new URL(`../src/charts/${entry.name}/messages/${lang}.json`, import.meta.url)),
      )
      .map((entry) => [entry.name, read(`../src/charts/${entry.name}/messages/${lang}.json`)]),
  ),
});
const en = catalog('en');
const zhHant = catalog('zh-Hant');
function flatten(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}
const ZH = new Map(flatten(zhHant));

/**
 * The English UI's fixed wording: each message's text between its placeholders, where it differs from the
 * Chinese message and has words in it (brand names such as "SVG" and "CSV" are the same in both).
 */
const ENGLISH_FRAGMENTS = [
  ...new Set(
    flatten(en)
      .filter(([key, text]) => ZH.get(key) !== text)
      .flatMap(([, text]) => text.split(/\{\{\s*\w+\s*\}\}/))
      .map((fragment) => fragment.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter((fragment) => /\p{L}{3,}/u.test(fragment) && /\s/.test(fragment)),
  ),
];

/** Everything a reader can see or hear: the page's text, plus accessible names, titles and placeholders. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('*')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    const svgText = [...document.querySelectorAll('svg title, svg desc')].map((el) => el.textContent ?? '');
    return [document.body.innerText, ...attributes, ...svgText].join('\n');
  });
}

async function waitForCharts(page: Page) {
  // The article's data draws four charts: who moved where, pay and hiring, the timeline and people's paths.
  await expect(page.locator('.panel svg[role="img"]')).toHaveCount(4);
}

test('?lang=zh-Hant leaves no English UI string on the page, in the explorer and its open menus', async ({
  page,
}) => {
  expect(ENGLISH_FRAGMENTS.length).toBeGreaterThan(100);
  await page.goto('/?lang=zh-Hant');
  await waitForCharts(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  // Open what hides text: the company picker, one export menu, a table view and a tooltip.
  await page.locator('.picker button[aria-expanded]').click();
  await expect(page.locator('.picker-list')).toBeVisible();
  const found: string[] = [];
  const check = async () => {
    const text = await pageText(page);
    found.push(...ENGLISH_FRAGMENTS.filter((fragment) => text.includes(fragment)));
  };
  await check();
  await page.keyboard.press('Escape');
  await page.locator('.export-more summary').first().click();
  await check();
  await page.keyboard.press('Escape');
  await page.locator('[data-link]').first().hover({ force: true });
  await expect(page.getByRole('tooltip')).toBeVisible();
  await check();
  // The English fixture agrees: the same check finds English text when the page is in English.
  await page.goto('/?lang=en');
  await waitForCharts(page);
  const english = await pageText(page);
  expect(ENGLISH_FRAGMENTS.filter((fragment) => english.includes(fragment)).length).toBeGreaterThan(20);
  expect([...new Set(found)]).toEqual([]);
});

test('Chinese renders as glyphs, and the language reaches the table view, exports and the next visit', async ({
  page,
}, testInfo) => {
  await page.goto('/?lang=zh-Hant&company=google');
  await waitForCharts(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/\p{Script=Han}/u);
  // Glyphs, not boxes: a font with the Han characters is in use (a missing glyph would fall back to .notdef).
  const rendered = await page.evaluate(async () => {
    await document.fonts.ready;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d')!;
    ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`;
    const widths = ['人', '才', '流', '向'].map((c) => ctx.measureText(c).width);
    // A .notdef box is the same narrow box for every character; Han glyphs are full-width (about 1 em).
    return widths;
  });
  for (const width of rendered) expect(width).toBeGreaterThan(28);
  await page.screenshot({ path: testInfo.outputPath('zh-Hant.png'), fullPage: true });

  // Names in the chosen language where the article gives one; numbers and dates formatted for the locale.
  const timeline = page.getByRole('region', { name: '時間軸' });
  await expect(timeline.locator('[data-event]').first()).toHaveAttribute('aria-label', /\p{Script=Han}/u);

  // The table view's caption and headers are in Chinese.
  await page
    .locator('.panel')
    .first()
    .getByRole('button', { name: ZH.get('panel.showTable')! })
    .click();
  await expect(page.locator('.data-table caption')).toHaveText(/\p{Script=Han}/u);
  for (const header of await page.locator('.data-table thead th').allTextContents())
    expect(header).toMatch(/\p{Script=Han}/u);
  await page
    .locator('.panel')
    .first()
    .getByRole('button', { name: ZH.get('panel.showChart')! })
    .click();

  // The exported SVG is in Chinese too.
  const sankey = page.locator('.panel').first();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    sankey.getByRole('button', { name: '匯出 SVG' }).click(),
  ]);
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).toMatch(/<title>\p{Script=Han}/u);
  expect(svg).not.toMatch(/Who moved where|people|Source:/);

  // The choice is kept: a visit without ?lang= comes back in Chinese.
  await page.goto('/');
  await waitForCharts(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await page.getByLabel('語言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Talent Flows');
  await page.reload();
  await waitForCharts(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Talent Flows');
});
