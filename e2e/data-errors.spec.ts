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

test('a broken file a panel can do without does not take it down', async ({ page, allowConsoleError }) => {
  allowConsoleError((text) => text.includes('500'));
  await page.route('**/data/figures.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.route('**/data/article.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/');
  // The Sankey uses figures only for formula tooltips and the article only for its credit line.
  await expect(panel(page, 'Who moved where').locator('[data-link]').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(panel(page, 'Who moved where').locator('.credit')).toContainText('Source: 36Kr (36氪)');
  await expect(panel(page, 'Timeline').locator('[data-event]').first()).toBeVisible();
  await expect(panel(page, 'Pay and hiring').getByRole('alert')).toContainText(
    'data/figures.json: the server answered 500',
  );
});

test('Retry after a cross-file error fetches the files again', async ({ page }) => {
  let broken = true;
  await page.route('**/data/moves.json', (route) =>
    route.fulfill({ json: broken ? moves.map((m, i) => (i === 0 ? { ...m, to: 'ghost-corp' } : m)) : moves }),
  );
  await page.goto('/');
  const sankey = panel(page, 'Who moved where');
  await expect(sankey.getByRole('alert')).toContainText('unknown organisation "ghost-corp"');
  broken = false;
  await sankey.getByRole('button', { name: 'Retry' }).click();
  await expect(sankey.locator('[data-link]').first()).toBeVisible();
});

test('an empty organisations file is named as the cause', async ({ page }) => {
  await page.route('**/data/organizations.json', (route) => route.fulfill({ json: [] }));
  await page.goto('/');
  await expect(panel(page, 'Who moved where').getByRole('alert').locator('li').first()).toHaveText(
    'data/organizations.json › record "(file)" › field "(root)": has no organisations',
  );
});

test('hostile and very long names show literally and stay inside the charts', async ({ page }) => {
  const organizations = JSON.parse(
    readFileSync(new URL('../data/organizations.json', import.meta.url), 'utf8'),
  ) as {
    id: string;
    name: string;
  }[];
  const hostile = '<img src=x onerror=alert(1)> Intergalactic Research Consortium';
  await page.route('**/data/organizations.json', (route) =>
    route.fulfill({
      json: [
        ...organizations,
        {
          id: 'img-src-x-onerror-alert-1-intergalactic-research-consortium',
          name: hostile,
          kind: 'company',
          provenance: { lines: [75], sources: ['36kr'], note: 'A hostile test name.' },
        },
      ],
    }),
  );
  await page.route('**/data/moves.json', (route) =>
    route.fulfill({
      json: moves.map((m) =>
        m.from === 'apple'
          ? { ...m, from: 'img-src-x-onerror-alert-1-intergalactic-research-consortium' }
          : m,
      ),
    }),
  );
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto('/?metric=flows');
  const sankey = panel(page, 'Who moved where');
  await expect(sankey.locator(`[aria-label^="${hostile} → LoveFrom"]`)).toHaveCount(1);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // Labels are shortened to fit: none reaches outside its chart.
  for (const name of ['Who moved where', 'Pay and hiring'] as const) {
    const svg = panel(page, name).locator('svg[role="img"]');
    const box = (await svg.boundingBox())!;
    const outside = await svg.locator('text').evaluateAll(
      (texts, b) =>
        texts.filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && (r.left < b.x - 1 || r.right > b.x + b.width + 1);
        }).length,
      box,
    );
    expect(outside, name).toBe(0);
  }
  expect(dialogs).toBe(0);
});
