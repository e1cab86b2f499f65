/**
 * The other export formats, through the UI as a speaker would use them: PNG at 1×, 2× and 4×, CSV with
 * provenance, slide-size presets, the clipboard (and its refusal), and "Export all" as one ZIP.
 */
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { downloadFrom, mismatch, pngSize, renderAlone } from './exports';
import { expect, panel, test, waitForPanels } from './fixtures';

test('PNG at 1×, 2× and 4× of the panel size, drawn with the fonts loaded', async ({ page, browser }) => {
  await page.goto('/?company=meta');
  await waitForPanels(page);
  const svg = await downloadFrom(page, 'Who moved where', 'Export SVG');
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg.bytes.toString())![1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg.bytes.toString())![1]);
  for (const scale of [1, 2, 4]) {
    const png = await downloadFrom(page, 'Who moved where', 'Download PNG', { density: `${scale}×` });
    expect(png.name).toBe(`who-moved-where_meta@${scale}x.png`);
    expect(pngSize(png.bytes)).toEqual({ width: width * scale, height: height * scale });
  }
  // Drawn after the fonts loaded: the 1× PNG matches the SVG rendered on its own with its embedded fonts.
  const png = await downloadFrom(page, 'Who moved where', 'Download PNG', { density: '1×' });
  const share = mismatch(png.bytes, await renderAlone(browser, svg.path));
  expect(share, `${(share * 100).toFixed(3)}% of pixels differ from the SVG`).toBeLessThan(0.01);
});

test("a session's first PNG is drawn with its fonts, the same as any later one", async ({ page }) => {
  await page.goto('/?company=meta');
  await waitForPanels(page);
  // Nothing exported before it: this PNG is the first image in the page to use the embedded fonts. Drawn before
  // they had loaded, it lost its labels and source line: 0.24% of its pixels, against the next one.
  const first = await downloadFrom(page, 'Who moved where', 'Download PNG', { density: '1×' });
  const second = await downloadFrom(page, 'Who moved where', 'Download PNG', { density: '1×' });
  const share = mismatch(first.bytes, second.bytes);
  expect(share, `${(share * 100).toFixed(3)}% of pixels differ`).toBeLessThan(0.0001);
});

test('CSV of the filtered data, one row per mark, with provenance and a BOM for Excel', async ({ page }) => {
  await page.goto('/?company=google&metric=hiring');
  await waitForPanels(page);
  const csv = await downloadFrom(page, 'Pay and hiring', 'Download CSV');
  expect(csv.name).toBe('pay-and-hiring-hiring_google.csv');
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(await panel(page, 'Pay and hiring').locator('[data-bar], [data-rank]').count());
  expect(rows[0]).toMatchObject({
    organisation: 'Google',
    value: '7.5',
    unit: 'percent',
    article_lines: '33',
    sources: 'Live Data Technologies',
  });

  const moves = await downloadFrom(page, 'Who moved where', 'Download CSV');
  const links = Papa.parse<Record<string, string>>(moves.bytes.toString('utf8').slice(1), {
    header: true,
  }).data.filter((r) => r.from);
  expect(links).toHaveLength(await panel(page, 'Who moved where').locator('[data-link]').count());
  expect(links.find((r) => r.from === 'OpenAI' && r.to === 'Google')).toMatchObject({
    names: 'Matt Wiethoff',
    sources: 'LinkedIn',
  });
});

test('slide presets re-lay out the chart at 1920×1080 and 1080×1080', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  const wide = await downloadFrom(page, 'Timeline', 'Export SVG', { size: '1920×1080 (16:9)' });
  expect(wide.name).toBe('timeline_all_1920x1080.svg');
  expect(wide.bytes.toString()).toMatch(/<svg[^>]* width="1920" height="1080" viewBox="0 0 1280 720"/);
  const square = await downloadFrom(page, 'Timeline', 'Export SVG', { size: '1080×1080' });
  expect(square.bytes.toString()).toMatch(/<svg[^>]* width="1080" height="1080" viewBox="0 0 864 864"/);
  // Re-laid out, not scaled: the 864-wide layout puts its axis end elsewhere than the 1280-wide one.
  const axisEnd = (svg: string) => /<g id="axis"[^>]*><line x1="[\d.]+" x2="([\d.]+)"/.exec(svg)?.[1];
  expect(axisEnd(wide.bytes.toString())).not.toBe(axisEnd(square.bytes.toString()));
  const png = await downloadFrom(page, 'Timeline', 'Download PNG', {
    size: '1920×1080 (16:9)',
    density: '1×',
  });
  expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
});

test('copy to the clipboard as SVG markup and as a PNG image', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForPanels(page);
  const bars = panel(page, 'Pay and hiring');
  await bars.locator('details.export-more summary').click();
  await bars.getByRole('button', { name: 'Copy SVG' }).click();
  await expect(bars.getByRole('status').filter({ hasText: 'copied' })).toHaveText('SVG markup copied', {
    timeout: 30_000,
  });
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*@font-face/);
  await bars.getByRole('button', { name: 'Copy PNG' }).click();
  await expect(bars.getByRole('status').filter({ hasText: 'copied' })).toHaveText('PNG image copied', {
    timeout: 30_000,
  });
  const types = await page.evaluate(async () =>
    (await navigator.clipboard.read()).flatMap((item) => item.types),
  );
  expect(types).toContain('image/png');
});

test('a browser that refuses the clipboard gets a message, not an error', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(() => false);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      },
    });
  });
  await page.goto('/');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  await sankey.locator('details.export-more summary').click();
  await sankey.getByRole('button', { name: 'Copy SVG' }).click();
  await expect(sankey.getByRole('status').filter({ hasText: 'failed' })).toHaveText(
    /Copy SVG failed: Write permission denied/,
    { timeout: 30_000 },
  );
  await sankey.getByRole('button', { name: 'Copy PNG' }).click();
  await expect(sankey.getByRole('status').filter({ hasText: 'failed' })).toHaveText(
    /Copy PNG failed: .*Download PNG/,
  );
});

test('Export all gives one ZIP with every panel as SVG, PNG and CSV, and SOURCES.txt', async ({ page }) => {
  await page.goto('/?company=google&from=2023-01&to=2024-02');
  await waitForPanels(page);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export all (ZIP)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ai-talent-flows_google_2023-01_2024-02.zip');
  const path = `e2e/.artifacts/${download.suggestedFilename()}`;
  await download.saveAs(path);
  const files = unzipSync(new Uint8Array((await import('node:fs')).readFileSync(path)));
  const base = ['who-moved-where', 'pay-and-hiring-pay', 'timeline', 'paths'].map(
    (p) => `${p}_google_2023-01_2024-02`,
  );
  expect(Object.keys(files).sort()).toEqual(
    [...base.flatMap((b) => [`${b}.svg`, `${b}@2x.png`, `${b}.csv`]), 'SOURCES.txt'].sort(),
  );
  const sources = strFromU8(files['SOURCES.txt']!);
  expect(sources).toContain('36Kr (36氪)');
  expect(sources).toContain('Live Data Technologies');
  expect(sources).toContain('These files show: Google · Jan 2023 – Feb 2024.');
  expect(strFromU8(files[`${base[0]}.svg`]!)).toContain('@font-face');
});

test('Export all says which panels it left out, on the page and in SOURCES.txt', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError((text) => text.includes('Failed to load resource'));
  await page.route('**/data/moves.json', (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' }).locator('[data-event]').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Who moved where' }).getByRole('alert')).toBeVisible({
    timeout: 15_000,
  });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export all (ZIP)' }).click(),
  ]);
  await expect(page.locator('.export-all [role="status"]')).toHaveText(
    'Saved ai-talent-flows_all.zip without Who moved where, Pay and hiring, Paths: nothing to export there (see the panel).',
  );
  const path = `e2e/.artifacts/${download.suggestedFilename()}`;
  await download.saveAs(path);
  const files = unzipSync(new Uint8Array((await import('node:fs')).readFileSync(path)));
  expect(Object.keys(files).filter((f) => f.startsWith('who-moved-where'))).toEqual([]);
  expect(strFromU8(files['SOURCES.txt']!)).toContain(
    'Not included, as they had nothing to show when exported: Who moved where, Pay and hiring, Paths.',
  );
});
