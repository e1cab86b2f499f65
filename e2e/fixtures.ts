/**
 * Shared Playwright fixtures: every test fails on a console error, an uncaught page error or a request to
 * another origin, so no spec has to remember to check.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Console errors expected in a test (e.g. the 500 it injected); others fail it. */
type Allow = (text: string) => boolean;

export const test = base.extend<{ allowConsoleError: (allow: Allow) => void }>({
  allowConsoleError: [
    async ({ page, baseURL }, use) => {
      const allowed: Allow[] = [];
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowed.some((a) => a(message.text())))
          problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          problems.push(`request to another origin: ${url}`);
      });
      await use((allow) => allowed.push(allow));
      expect(problems, 'console errors, page errors or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens "Open data…", chooses `file` (a JSON or CSV held in memory) and uses all of it: the page then loads the
 * reader's data (wait on what the test expects to see).
 */
export async function openOwnData(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  timeout = 30_000,
): Promise<void> {
  await page.getByRole('button', { name: 'Open data…' }).click();
  await page.getByLabel('Choose a CSV or JSON file').setInputFiles(file);
  await page.getByRole('button', { name: /Use this data/ }).click({ timeout });
}

/** A JSON data file of `value`, as {@link openOwnData} takes it. */
export function jsonFile(value: unknown, name = 'synthetic.json') {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) };
}

/** The panel named by its heading. */
export function panel(
  page: Page,
  name: 'Who moved where' | 'Pay and hiring' | 'Timeline' | 'Paths',
): Locator {
  return page.getByRole('region', { name });
}

/** Accessible names (aria-label) of the marks matching `selector` inside a panel. */
export async function markNames(scope: Locator, selector: string): Promise<string[]> {
  return scope
    .locator(selector)
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
}

/**
 * Waits until the page says every chart on it has drawn, or settled empty or failed (`<html data-ready>`, set by
 * the app), and every panel shows it.
 */
export async function waitForPanels(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // Every panel the data has (a dataset without events has no timeline; one with careers has paths): a drawn
  // chart, or its settled empty or error state (not its loading message).
  const panels = page.locator('section.panel');
  expect(await panels.count()).toBeGreaterThanOrEqual(2);
  for (const section of await panels.all())
    await expect(
      section.locator('svg[role="img"], .panel-body [role="status"], .panel-body [role="alert"]').first(),
    ).toBeVisible();
}
