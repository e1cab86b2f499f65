/**
 * Hostile text and the Content-Security-Policy: names and titles carrying markup show as text in charts, tooltips,
 * tables, exports and the presentation, and never run; the built page allows no inline script and no other origin
 * (the shared fixture also fails any test that requests another origin).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { downloadFrom } from './exports';
import { expect, panel, test, waitForPanels } from './fixtures';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>[];

const ORG = '<img src=x onerror=alert(1)> Labs';
const ORG_ID = 'img-src-x-onerror-alert-1-labs';
const PERSON = '<script>alert(2)</script> Smith';
const PERSON_ID = 'script-alert-2-script-smith';
const EVENT = '</text><script>alert(4)</script> & "quotes"';
const LABEL = '<b onmouseover=alert(5)>pay</b>';
const provenance = { lines: [65], sources: ['36kr'], note: '<i onclick=alert(6)>note</i>' };

/** Serves the article's data with a hostile organisation, person, move, event and figure planted in it. */
async function plantHostileData(page: Page) {
  const planted: Record<string, Record<string, unknown>[]> = {
    'organizations.json': [
      ...read('organizations.json'),
      { id: ORG_ID, name: ORG, nameZh: '<svg onload=alert(7)>', kind: 'company', provenance },
    ],
    'people.json': [
      ...read('people.json'),
      { id: PERSON_ID, name: PERSON, role: '"><svg onload=alert(3)>', provenance },
    ],
    'moves.json': [
      ...read('moves.json'),
      {
        id: 'hostile-move',
        person: PERSON_ID,
        count: 1,
        from: ORG_ID,
        to: 'openai',
        kind: 'joined',
        when: { date: '2023-10', precision: 'month' },
        provenance,
      },
    ],
    'events.json': [
      ...read('events.json'),
      {
        id: 'hostile-event',
        when: { date: '2023-11', precision: 'month' },
        kind: 'move',
        title: EVENT,
        orgs: [ORG_ID],
        people: [PERSON_ID],
        provenance,
      },
    ],
    'figures.json': [
      ...read('figures.json'),
      {
        id: 'hostile-pay',
        metric: 'average-annual-pay',
        subject: ORG_ID,
        label: LABEL,
        value: 500000,
        unit: 'USD per year',
        provenance,
      },
    ],
  };
  for (const [file, json] of Object.entries(planted)) {
    await page.route(`**/data/${file}`, (route) => route.fulfill({ json }));
  }
}

/** Fails the test if any dialog opens or any planted element made it into the DOM. */
function watchForScript(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    dialogs,
    planted: () =>
      page.evaluate(
        () =>
          document.querySelectorAll(
            'img[src="x"], script:not([src]), [onerror], [onload], [onmouseover], [onclick], b, i',
          ).length,
      ),
  };
}

test('hostile names show literally in charts, tooltips and tables, and never run', async ({ page }) => {
  await plantHostileData(page);
  const watch = watchForScript(page);
  await page.goto(`/?company=${ORG_ID}`);
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  const link = sankey.locator(`[data-link="from:${ORG_ID}→to:openai"]`);
  await expect(link).toHaveAttribute('aria-label', new RegExp(`^${ORG.replace(/[()]/g, '\\$&')} → OpenAI`));
  // A straight link has a box of zero height (the stroke is not in it), which Playwright takes for invisible.
  await link.hover({ force: true });
  await expect(sankey.getByRole('tooltip')).toContainText(PERSON);
  const bars = panel(page, 'Pay and hiring');
  await expect(bars.locator('[data-bar]').and(bars.locator(`[aria-label^="${ORG}"]`))).toHaveCount(1);
  await bars
    .locator('[data-bar]')
    .and(bars.locator(`[aria-label^="${ORG}"]`))
    .hover();
  await expect(bars.getByRole('tooltip')).toContainText(ORG);
  const timeline = panel(page, 'Timeline');
  await expect(timeline.locator('[data-event="hostile-event"]')).toHaveAttribute(
    'aria-label',
    new RegExp(EVENT.slice(0, 10).replace(/[()]/g, '\\$&')),
  );
  for (const scope of [sankey, bars, timeline]) {
    await scope.getByRole('button', { name: 'Show as table' }).click();
  }
  await expect(sankey.locator('table')).toContainText(ORG);
  await expect(sankey.locator('table')).toContainText(PERSON);
  await expect(bars.locator('table')).toContainText(ORG);
  await expect(timeline.locator('table')).toContainText(EVENT);
  expect(await watch.planted()).toBe(0);
  expect(watch.dialogs).toEqual([]);
});

test('hostile names stay text in exported SVG and CSV, and in the presentation', async ({ page }) => {
  await plantHostileData(page);
  const watch = watchForScript(page);
  await page.goto(`/?company=${ORG_ID}`);
  await waitForPanels(page);
  const svg = (await downloadFrom(page, 'Who moved where', 'Export SVG')).bytes.toString('utf8');
  // Escaped once, as text: never markup, never double-escaped.
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; Labs');
  expect(svg).not.toMatch(/<img|<script|onerror=alert\(1\)>|&amp;lt;/);
  const timelineSvg = (await downloadFrom(page, 'Timeline', 'Export SVG')).bytes.toString('utf8');
  expect(timelineSvg).not.toMatch(/<script|<\/text><script/);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      text: [...doc.querySelectorAll('text, title')].map((t) => t.textContent).join('\n'),
    };
  }, timelineSvg);
  expect(parsed.errors).toBe(0);
  expect(parsed.text).toContain(EVENT.slice(0, 12));
  const csv = (await downloadFrom(page, 'Who moved where', 'Download CSV')).bytes.toString('utf8');
  expect(csv).toContain(ORG);
  expect(csv).toContain(PERSON);
  await page.keyboard.press('p');
  await expect(page.locator('.deck')).toBeVisible();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  expect(await watch.planted()).toBe(0);
  expect(watch.dialogs).toEqual([]);
});

test('the built page carries a Content-Security-Policy that blocks inline script', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError((text) => text.includes('Content Security Policy'));
  await page.goto('/');
  await waitForPanels(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(
    policy!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 200));
    return { ran: (window as { __injected?: boolean }).__injected === true, violations };
  });
  expect(result.ran).toBe(false);
  expect(result.violations).toContain('script-src-elem');
});
