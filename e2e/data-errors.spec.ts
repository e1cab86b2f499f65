/**
 * Bad data never takes down the page: a panel whose file is invalid or missing shows which file, record and field
 * failed, with a retry button, while the panels that do not need that file keep working.
 */
import { readFileSync } from 'node:fs';
import { expect, panel, test } from './fixtures';

const moves = JSON.parse(readFileSync(new URL('../data/moves.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>[];

test('an invalid record is reported with file, record and field; the timeline keeps working', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(() => false);
  const broken = moves.map((m, i) => (i === 2 ? { ...m, from: 'gogle', count: 'two' } : m));
  await page.route('**/data/moves.json', (route) => route.fulfill({ json: broken }));
  await page.goto('/');
  const sankey = panel(page, 'Who moved where');
  const id = String(moves[2]!.id);
  await expect(sankey.getByRole('alert')).toContainText(`data/moves.json › record "${id}" › field "count"`);
  await expect(panel(page, 'Pay and hiring').getByRole('alert')).toContainText('data/moves.json');
  await expect(panel(page, 'Timeline').locator('[data-event]').first()).toBeVisible();
  await expect(sankey.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a reference to an unknown organisation is reported', async ({ page }) => {
  const broken = moves.map((m, i) => (i === 0 ? { ...m, to: 'open-ai' } : m));
  await page.route('**/data/moves.json', (route) => route.fulfill({ json: broken }));
  await page.goto('/');
  await expect(panel(page, 'Who moved where').getByRole('alert')).toContainText(
    `data/moves.json › record "${String(moves[0]!.id)}" › field "to": unknown organisation "open-ai"`,
  );
});

test('a missing file is named, and Retry loads it once it is back', async ({ page, allowConsoleError }) => {
  allowConsoleError((text) => text.includes('404'));
  let fail = true;
  await page.route('**/data/events.json', (route) =>
    fail ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
  );
  await page.goto('/');
  const timeline = panel(page, 'Timeline');
  await expect(timeline.getByRole('alert')).toContainText('data/events.json: the server answered 404', {
    timeout: 15_000,
  });
  await expect(panel(page, 'Who moved where').locator('[data-link]').first()).toBeVisible();
  fail = false;
  await timeline.getByRole('button', { name: 'Retry' }).click();
  await expect(timeline.locator('[data-event]').first()).toBeVisible();
});
