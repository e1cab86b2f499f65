/**
 * Open data…: a CSV with good and bad rows through the file picker; the problems are listed by row and column,
 * the good rows are kept, survive a reload (IndexedDB), and the article's data is one click away.
 */
import { expect, jsonFile, markNames, panel, test, openOwnData, waitForPanels } from './fixtures';

const CSV = [
  'person,from,to,date,count,source',
  'Ada Lovelace,Analytical Engines,Babbage Labs,2023-10,1,LinkedIn',
  ',Babbage Labs,Difference Works,2023,3,Press',
  'Bob Roe,Babbage Labs,Babbage Labs,2023-01,1,',
  ',Analytical Engines,Difference Works,2023-02-30,2,',
  ',Analytical Engines,深度求索,2024-01,4,',
  ',Difference Works,,2024-05,two,',
].join('\n');

test('a CSV with good and bad rows: problems by row and column, good rows kept across a reload, article one click away', async ({
  page,
}) => {
  await page.goto('/?company=google');
  await waitForPanels(page);
  await page.getByRole('button', { name: 'Open data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own data' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles({
    name: 'alumni.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await expect(dialog.getByRole('status').first()).toHaveText(
    'alumni.csv: 6 rows read, 3 usable, 3 problems.',
  );
  const rows = dialog.locator('tbody tr');
  await expect(rows).toHaveText([
    /^4\s*to\s*is the same as from \("Babbage Labs"\)$/,
    /^5\s*date\s*"2023-02-30" is not a real date/,
    /^7\s*count\s*"two" is not a whole number/,
  ]);
  await dialog.getByRole('button', { name: 'Use the 3 valid rows' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Showing your data: alumni.csv (3 moves).')).toBeVisible();
  // The filter of the article's view does not carry over to a different dataset.
  await expect(page).not.toHaveURL(/company=/);
  const sankey = panel(page, 'Who moved where');
  const expected = [
    'Analytical Engines → Babbage Labs: 1 person',
    'Analytical Engines → 深度求索: 4 people',
    'Babbage Labs → Difference Works: 3 people',
  ];
  await expect.poll(async () => (await markNames(sankey, '[data-link]')).sort()).toEqual(expected);
  await expect(sankey.locator('.credit')).toContainText('Source: your data, alumni.csv');

  await page.reload();
  await waitForPanels(page);
  await expect(page.getByText('Showing your data: alumni.csv (3 moves).')).toBeVisible();
  await expect.poll(async () => (await markNames(sankey, '[data-link]')).sort()).toEqual(expected);

  await page.getByRole('button', { name: 'Back to the article’s data' }).click();
  await expect(sankey.locator('[data-link="from:openai→to:google"]')).toBeVisible();
  await expect(sankey.locator('.credit')).toContainText('36Kr');
  // And back again, without opening the file a second time.
  await page.getByRole('button', { name: 'Show your data again (alumni.csv)' }).click();
  await expect.poll(async () => (await markNames(sankey, '[data-link]')).sort()).toEqual(expected);
});

test('a table with no move in it says why nothing can be drawn, offers no Use, and nothing changes', async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  await page.getByRole('button', { name: 'Open data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own data' });
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,company\nAda,Google\n', 'utf8'),
  });
  // One stop per person is a career history with no move yet: read, explained, but nothing to use.
  await expect(dialog.getByRole('alert')).toContainText('No move can be drawn from this table as it is read');
  await expect(dialog.getByRole('button', { name: /^Use/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel(page, 'Who moved where').locator('[data-link="from:openai→to:google"]')).toBeVisible();
  await expect(page.getByText('Showing your data')).toHaveCount(0);
});

test('10,000 links: laid out off the main thread, the smallest organisations grouped into Other, Shown changes it', async ({
  page,
}) => {
  const { generateDataset } = await import('../src/data/synthetic');
  const big = generateDataset({ orgs: 500, links: 10_000, seed: 1 });
  await page.goto('/');
  await waitForPanels(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openOwnData(page, jsonFile(big));
  const sankey = panel(page, 'Who moved where');
  await expect(sankey.locator('[data-node="from:__other__"]')).toBeVisible({ timeout: 30_000 });
  expect(workers.some((url) => /chart\.worker/.test(url))).toBe(true);
  await expect(sankey.locator('[data-node^="from:"]')).toHaveCount(21);
  await expect(sankey.locator('[data-node="from:__other__"]')).toHaveAttribute(
    'aria-label',
    /^Other \(4\d\d organisations\): [\d,]+ people left$/,
  );
  await sankey.getByRole('combobox', { name: 'Shown' }).selectOption({ label: 'Largest 10 per side' });
  await expect(sankey.locator('[data-node^="from:"]')).toHaveCount(11);
  await expect(page).toHaveURL(/top=10/);
});

test('presenting with one’s own data says the story is the article’s, and one click goes back to it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  await page.getByRole('button', { name: 'Open data…' }).click();
  await page.getByLabel('Choose a CSV or JSON file').setInputFiles({
    name: 'mine.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('from,to\nA Co,B Co\n', 'utf8'),
  });
  await page.getByRole('button', { name: /Use this data/ }).click();
  // P is a letter while the dialog is open: pressed once the page shows the data, it presents.
  await expect(page.getByRole('dialog', { name: 'Open your own data' })).toBeHidden();
  await expect(page.getByText('Showing your data: mine.csv')).toBeVisible();
  await page.keyboard.press('p');
  const deck = page.locator('.deck');
  await expect(deck).toContainText('The story is told with the article’s data.');
  await deck.getByRole('button', { name: 'Back to the article’s data' }).click();
  await expect(deck.locator('.deck-kicker').first()).toContainText('1');
  await expect(page.locator('.deck').getByRole('region').first()).toBeVisible();
});

test('a chart worker that cannot start is reported in its panel, and Retry runs the layout again', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError((text) => /Failed to load|chart worker/i.test(text));
  const { generateDataset } = await import('../src/data/synthetic');
  // Past the moves where the Sankey is laid out in the worker.
  const { SANKEY_WORKER_MOVES } = await import('../src/charts/spec');
  const big = generateDataset({ orgs: 120, links: SANKEY_WORKER_MOVES + 400, seed: 2 });
  let broken = true;
  await page.route('**/chart.worker*.js', (route) =>
    broken ? route.fulfill({ status: 500, body: 'down' }) : route.fallback(),
  );
  await page.goto('/');
  await waitForPanels(page);
  await openOwnData(page, jsonFile(big));
  const sankey = panel(page, 'Who moved where');
  await expect(sankey.getByRole('alert')).toContainText('the chart worker failed', { timeout: 30_000 });
  // The other panels are drawn meanwhile.
  await expect(panel(page, 'Pay and hiring').locator('[data-bar]').first()).toBeVisible();
  broken = false;
  await sankey.getByRole('button', { name: 'Retry' }).click();
  await expect(sankey.locator('[data-node="from:__other__"]')).toBeVisible({ timeout: 30_000 });
  await expect(sankey.getByRole('alert')).toHaveCount(0);
});

test('past SANKEY_WORKER_MOVES the worker draws the first Sankey; once the page has indexed the moves, a filter change is drawn on the page in one go', async ({
  page,
}) => {
  const { generateDataset } = await import('../src/data/synthetic');
  const { SANKEY_WORKER_MOVES } = await import('../src/charts/spec');
  const big = generateDataset({ orgs: 120, links: SANKEY_WORKER_MOVES + 400, seed: 2 });
  await page.goto('/');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  // Every place the Sankey is laid out, and every busy state of its chart area, in order (the panel is made anew
  // for new data, so the whole page is watched).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const section = document.querySelector('section[data-chart="sankey"]');
      if (!section) return;
      const busy = section.querySelector('.panel-body')?.getAttribute('aria-busy');
      seen.push(`${section.getAttribute('data-drawn-in')}${busy === 'true' ? ' busy' : ''}`);
    }).observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-drawn-in', 'aria-busy'],
    });
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen.splice(0));
  await openOwnData(page, jsonFile(big));
  await expect(sankey.locator('[data-node="from:__other__"]')).toBeVisible({ timeout: 30_000 });
  // Drawn by the worker first, then — the moves indexed while the page was idle — by the page.
  await expect(sankey).toHaveAttribute('data-drawn-in', 'page', { timeout: 30_000 });
  expect(await seen()).toContain('worker busy');
  const first = sankey.locator('[data-node^="from:"]:not([data-node$="__other__"])').first();
  const id = (await first.getAttribute('data-node'))!.slice('from:'.length);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`company=${id}`));
  const links = sankey.locator('[data-link]');
  await expect(links.first()).toBeVisible();
  for (const link of await links.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-link') ?? '')))
    expect(link).toContain(id);
  // Laid out on the page, in the click's own render: never busy, never sent back to the worker.
  expect((await seen()).filter((s) => s !== 'page')).toEqual([]);
  await expect(sankey).toHaveAttribute('data-drawn-in', 'page');
});
