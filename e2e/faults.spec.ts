/**
 * Network fault injection: each way a data request can fail is answered by retries with backoff, then a message
 * naming the file and the reason, and a Retry button; the panels that do not need the file keep working, and data
 * already on screen stays there.
 */
import type { Route } from '@playwright/test';
import { expect, panel, test } from './fixtures';

interface Fault {
  name: string;
  /** Answers the request with the fault. */
  inject: (route: Route) => Promise<void>;
  /** What the panel says. */
  message: string;
  /** Whether the fault is retried (a bad file will not get better; a network fault may). */
  retried: boolean;
}

const FAULTS: Fault[] = [
  {
    name: 'HTTP 404',
    inject: (route) => route.fulfill({ status: 404, body: 'Not found' }),
    message: 'data/moves.json: the server answered 404',
    retried: true,
  },
  {
    name: 'HTTP 500',
    inject: (route) => route.fulfill({ status: 500, body: 'Internal error' }),
    message: 'data/moves.json: the server answered 500',
    retried: true,
  },
  {
    name: 'connection refused',
    inject: (route) => route.abort('connectionrefused'),
    message: 'data/moves.json: could not be fetched',
    retried: true,
  },
  {
    name: 'truncated JSON',
    inject: (route) =>
      route.fulfill({ contentType: 'application/json', body: '[{"id": "a", "person": "ilya-su' }),
    message: 'data/moves.json: the file is not valid JSON (it may be cut short)',
    retried: true,
  },
  {
    name: 'a web page instead of JSON',
    inject: (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Login</title>' }),
    message: 'data/moves.json: the server sent a web page instead of JSON',
    retried: true,
  },
  {
    name: 'an empty body',
    inject: (route) => route.fulfill({ contentType: 'application/json', body: '' }),
    message: 'data/moves.json: the file is empty',
    retried: true,
  },
  {
    name: 'JSON of the wrong shape',
    inject: (route) => route.fulfill({ json: { moves: [] } }),
    message: 'data/moves.json › record "(file)" › field "(root)": expected a list of records, got an object',
    retried: false,
  },
];

for (const fault of FAULTS) {
  test(`moves.json with ${fault.name}: retried, named, and Retry recovers; other panels keep working`, async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError((text) => /Failed to load resource|ERR_CONNECTION_REFUSED/.test(text));
    let failing = true;
    let requests = 0;
    await page.route('**/data/moves.json', (route) => {
      requests++;
      return failing ? fault.inject(route) : route.fallback();
    });
    await page.goto('/');
    const sankey = panel(page, 'Who moved where');
    await expect(sankey.getByRole('alert')).toContainText(fault.message, { timeout: 15_000 });
    // Three attempts (1 s, then 2 s apart) for a fault that may pass. A file that is wrong is not retried (a panel
    // mounting after the failure may ask once more, as TanStack Query refetches a failed query on mount).
    if (fault.retried) expect(requests).toBe(3);
    else {
      await page.waitForTimeout(3_500);
      expect(requests).toBeLessThan(3);
    }
    await expect(panel(page, 'Timeline').locator('[data-event]').first()).toBeVisible();
    await expect(page.getByRole('search').getByRole('textbox').first()).toBeEditable();
    failing = false;
    await sankey.getByRole('button', { name: 'Retry' }).click();
    await expect(sankey.locator('[data-link]').first()).toBeVisible();
    await expect(panel(page, 'Pay and hiring').locator('[data-bar]').first()).toBeVisible();
  });
}

test('a request that never answers times out after 20 s, is retried, then named', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(() => false);
  await page.clock.install();
  let requests = 0;
  await page.route('**/data/events.json', () => {
    requests++;
    // Never answered: the app's own timer has to give up.
  });
  await page.goto('/');
  await expect(panel(page, 'Who moved where').locator('[data-link]').first()).toBeVisible();
  const timeline = panel(page, 'Timeline');
  await expect
    .poll(
      async () => {
        await page.clock.runFor(5_000);
        return timeline.getByRole('alert').count();
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  await expect(timeline.getByRole('alert')).toContainText(
    'data/events.json: the server did not answer within 20 seconds',
  );
  expect(requests).toBe(3);
});

test('data already on screen stays there when a later refetch fails', async ({ page, allowConsoleError }) => {
  allowConsoleError((text) => text.includes('Failed to load resource'));
  await page.route('**/data/figures.json', (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto('/');
  const bars = panel(page, 'Pay and hiring');
  const sankey = panel(page, 'Who moved where');
  await expect(bars.getByRole('alert')).toContainText('data/figures.json', { timeout: 15_000 });
  await expect(sankey.locator('[data-link]').first()).toBeVisible();
  const links = await sankey.locator('[data-link]').count();
  // Now the organisations go down too; Retry refetches every file.
  await page.route('**/data/organizations.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await bars.getByRole('button', { name: 'Retry' }).click();
  await expect(bars.getByRole('alert')).toContainText('data/figures.json', { timeout: 15_000 });
  await page.waitForTimeout(4_000);
  await expect(sankey.locator('[data-link]')).toHaveCount(links);
  await expect(panel(page, 'Timeline').locator('[data-event]').first()).toBeVisible();
});
