/**
 * Exports that look the same everywhere: each exported SVG, rendered on its own, matches the panel pixel for
 * pixel (under 1% differing); its embedded fonts draw the text, Chinese included, in a Chromium that sees no CJK
 * font; and it stays small.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { downloadFrom, mismatch, renderAlone } from './exports';
import { expect, panel, test, waitForPanels } from './fixtures';

const PANELS = ['Who moved where', 'Pay and hiring', 'Timeline'] as const;
const FRAME = { pad: 16, header: 56 };

for (const name of PANELS) {
  test(`${name}: the exported SVG, opened on its own, matches the panel pixel for pixel`, async ({
    page,
    browser,
  }) => {
    await page.goto('/?company=google,openai,meta');
    await waitForPanels(page);
    await page.evaluate(() => document.fonts.ready);
    const svg = panel(page, name).locator('svg[role="img"]');
    await svg.scrollIntoViewIfNeeded();
    // The panel may sit at a fraction of a pixel, the file never does: align the chart to the pixel grid first, so
    // the comparison is of what is drawn, not of where the page's layout happened to round.
    await svg.evaluate((element) => {
      const box = element.getBoundingClientRect();
      element.style.position = 'relative';
      element.style.left = `${Math.round(box.x) - box.x}px`;
      element.style.top = `${Math.round(box.y) - box.y}px`;
    });
    const box = (await svg.boundingBox())!;
    const width = Number(await svg.getAttribute('width'));
    const height = Number(await svg.getAttribute('height'));
    const live = await page.screenshot({
      clip: { x: Math.round(box.x), y: Math.round(box.y), width, height },
    });
    const file = await downloadFrom(page, name, 'Export SVG');
    const exported = await renderAlone(browser, file.path, { x: FRAME.pad, y: FRAME.header, width, height });
    const slug = file.name.replace(/\.svg$/, '');
    writeFileSync(`e2e/.artifacts/fidelity-${slug}-live.png`, live);
    writeFileSync(`e2e/.artifacts/fidelity-${slug}-export.png`, exported);
    const share = mismatch(live, exported, `e2e/.artifacts/fidelity-${slug}-diff.png`);
    console.log(`${name}: ${(share * 100).toFixed(3)}% of pixels differ between panel and export`);
    expect(share, `${(share * 100).toFixed(3)}% of pixels differ`).toBeLessThan(0.01);
  });
}

test('with the system’s CJK fonts hidden, the embedded fonts still draw the text, Chinese included', async ({
  page,
  browser,
}) => {
  // A second Chromium, eight renders and three pixel comparisons: more than the default 30 s on a busy machine.
  test.slow();
  await page.goto('/');
  await waitForPanels(page);
  const file = await downloadFrom(page, 'Who moved where', 'Export SVG');
  const text = readFileSync(file.path, 'utf8');
  expect(text).toContain('36氪');
  expect(text).toMatch(/font-family:"Noto Sans TC"[^}]*unicode-range:[^}]*U\+6C2A/);

  const executablePath = findChromium();
  const bare = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
    env: { ...process.env, FONTCONFIG_FILE: resolve('e2e/fonts/no-cjk-fonts.conf') },
  });
  try {
    // The Chinese is in the credit line at the bottom left; compare that region and the whole file.
    const withFonts = await renderAlone(browser, file.path);
    const withoutFonts = await renderAlone(bare, file.path);
    writeFileSync('e2e/.artifacts/no-system-fonts.png', withoutFonts);
    writeFileSync('e2e/.artifacts/with-system-fonts.png', withFonts);
    const share = mismatch(withFonts, withoutFonts, 'e2e/.artifacts/no-system-fonts-diff.png');
    console.log(`no CJK fonts: ${(share * 100).toFixed(3)}% differ with embedded fonts`);
    expect(share, `${(share * 100).toFixed(3)}% differ without system fonts`).toBeLessThan(0.005);

    // The same file without its embedded fonts does not survive the missing system fonts: the check can fail.
    const stripped = file.path.replace(/\.svg$/, '-no-embedded-fonts.svg');
    writeFileSync(stripped, text.replace(/<style id="fonts">[\s\S]*?<\/style>/, ''));
    const control = mismatch(withFonts, await renderAlone(bare, stripped));
    expect(control, `${(control * 100).toFixed(2)}% differ without embedded fonts`).toBeGreaterThan(
      share * 10,
    );

    // The credit line holds the Chinese (36氪): compare it on its own, where a missing glyph would show most.
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)![1]);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)![1]);
    const strip = { x: 0, y: height - 30, width, height: 30 };
    const credit = mismatch(
      await renderAlone(browser, file.path, strip),
      await renderAlone(bare, file.path, strip),
    );
    const creditControl = mismatch(
      await renderAlone(browser, file.path, strip),
      await renderAlone(bare, stripped, strip),
    );
    expect(credit, `${(credit * 100).toFixed(3)}% of the credit line differs`).toBeLessThan(0.005);
    expect(creditControl).toBeGreaterThan(0.02);
  } finally {
    await bare.close();
  }
});

test('a Sankey SVG with its fonts stays under 150 KB and holds only what it draws', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  const file = await downloadFrom(page, 'Who moved where', 'Export SVG');
  expect(file.bytes.length).toBeLessThan(150 * 1024);
  const text = file.bytes.toString('utf8');
  expect(text).not.toMatch(/dominant-baseline|alignment-baseline|<foreignObject|href=|url\((?!#|data:font)/);
  for (const id of ['links', 'nodes', 'labels', 'legend', 'heading', 'credit', 'fonts'])
    expect(text).toContain(`id="${id}"`);
});
