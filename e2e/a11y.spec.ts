/**
 * Access for everyone: axe-core finds nothing on the main states; the keyboard reaches every mark of every chart
 * and filters with Enter; the live summaries change with the filter; the table view lists the chart's marks.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, markNames, panel, test, waitForPanels } from './fixtures';

/** axe's WCAG 2.1 A and AA rules plus its best practices; returns the violations, summarised for a readable failure. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const STATES: { name: string; url: string; before?: (page: Page) => Promise<void> }[] = [
  { name: 'default', url: '/' },
  { name: 'filtered', url: '/?company=google,meta&from=2023-01&to=2024-02' },
  { name: 'empty filter', url: '/?from=2001-01&to=2001-12' },
  {
    name: 'table view',
    url: '/',
    before: async (page) => {
      const buttons = page.getByRole('button', { name: 'Show as table' });
      while ((await buttons.count()) > 0) await buttons.first().click();
      // One table per chart panel: every chart the article's data offers.
      await expect(page.locator('.data-table table')).toHaveCount(
        await page.locator('section.panel').count(),
      );
    },
  },
  { name: 'presentation', url: '/?present=1&step=3' },
  { name: 'presenter view', url: '/?presenter=1&step=5' },
  { name: 'dark', url: '/?theme=dark' },
  { name: 'dark, Chinese', url: '/?theme=dark&lang=zh-Hant&company=openai' },
];

for (const state of STATES) {
  test(`axe finds no violations: ${state.name}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(state.url);
    if (state.url.includes('present=1')) await expect(page.getByRole('dialog')).toBeVisible();
    if (state.url.includes('presenter=1')) await expect(page.locator('.presenter-notes')).toBeVisible();
    // Whatever the language: every panel has drawn its chart or its settled empty state.
    else await expect(page.locator('.panel')).not.toHaveCount(0);
    for (const body of await page.locator('.panel-body').all())
      await expect(body.locator('svg[role="img"], [role="status"], [role="alert"]').first()).toBeVisible();
    await state.before?.(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** The chart's `<svg>` in a panel. */
const chartOf = (scope: Locator) => scope.locator('svg[role="img"]');

/** The mark the keyboard is on, as announced: its accessible name without the "3 of 14" position. */
async function announced(scope: Locator): Promise<string> {
  const text = (await scope.locator('[data-mark-announcement]').textContent()) ?? '';
  return text.replace(/\. [^.]*$/, '');
}

/** Presses `key` and returns the announced mark. */
async function press(page: Page, scope: Locator, key: string): Promise<string> {
  await page.keyboard.press(key);
  return announced(scope);
}

test('each chart is one tab stop, and the arrow keys reach every Sankey node and link', async ({ page }) => {
  // Over a hundred key presses, each waited on: more than the default 30 s on a busy machine.
  test.slow();
  await page.goto('/');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  const svg = chartOf(sankey);
  // Tab reaches the chart from the control before it, and the next Tab leaves it: one stop for the whole chart.
  await sankey.getByRole('button', { name: 'Show as table' }).focus();
  await page.keyboard.press('Tab');
  await expect(svg).toBeFocused();
  expect(await svg.getAttribute('tabindex')).toBe('0');
  expect(await sankey.locator('svg [tabindex]').count()).toBe(0);

  const nodes = await markNames(sankey, '[data-node]');
  const links = await markNames(sankey, '[data-link]');
  const fromCount = await sankey.locator('[data-node^="from:"]').count();
  const toCount = await sankey.locator('[data-node^="to:"]').count();
  const seen = new Set<string>();
  // The left column, top to bottom; from each of its nodes, → into its flows, ↓ through them, ← back.
  seen.add(await press(page, sankey, 'ArrowDown'));
  await expect(sankey.getByRole('tooltip')).toBeVisible();
  for (let i = 0; i < fromCount; i++) {
    if (i > 0) seen.add(await press(page, sankey, 'ArrowDown'));
    let link = await press(page, sankey, 'ArrowRight');
    for (;;) {
      seen.add(link);
      const next = await press(page, sankey, 'ArrowDown');
      if (next === link) break;
      link = next;
    }
    await press(page, sankey, 'ArrowLeft');
  }
  // Along a flow into the right column, then through it from the top.
  await press(page, sankey, 'ArrowRight');
  await press(page, sankey, 'ArrowRight');
  seen.add(await press(page, sankey, 'Home'));
  for (let i = 1; i < toCount; i++) seen.add(await press(page, sankey, 'ArrowDown'));
  expect([...seen].sort()).toEqual([...nodes, ...links].sort());

  // The focused mark has a visible ring and the same tooltip a hover gives.
  await expect(sankey.locator('#focus-ring')).toBeVisible();
  // Escape returns to the chart: no mark, no tooltip, focus still on the chart.
  await page.keyboard.press('Escape');
  await expect(sankey.locator('#focus-ring')).toHaveCount(0);
  await expect(sankey.getByRole('tooltip')).toHaveCount(0);
  await expect(svg).toBeFocused();
});

test('Enter and Space on a focused mark toggle its company in the filter', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  await chartOf(sankey).focus();
  let name = await press(page, sankey, 'ArrowDown');
  while (!name.startsWith('Google:')) {
    const next = await press(page, sankey, 'ArrowDown');
    expect(next, 'Google is in the left column').not.toBe(name);
    name = next;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/company=google/);
  await expect(page.locator('.chips')).toContainText('Google');

  // Bars: Space on the first bar toggles its company too.
  const bars = panel(page, 'Pay and hiring');
  await chartOf(bars).focus();
  const first = await press(page, bars, 'Home');
  expect(first).not.toBe('');
  await page.keyboard.press(' ');
  await expect(page).not.toHaveURL(/company=google(&|$)/);
});

test('the arrow keys reach every bar and every event, and the timeline sets the date range from the keyboard', async ({
  page,
}) => {
  // Every mark of two charts, one key press each: more than the default 30 s on a busy machine.
  test.slow();
  await page.goto('/');
  await waitForPanels(page);
  for (const [name, selector] of [
    ['Pay and hiring', '[data-bar], [data-rank]'],
    ['Timeline', '[data-event]'],
  ] as const) {
    const scope = panel(page, name);
    await chartOf(scope).focus();
    const marks = await markNames(scope, selector);
    const seen = [await press(page, scope, 'ArrowRight')];
    for (let i = 1; i < marks.length; i++) seen.push(await press(page, scope, 'ArrowDown'));
    const last = seen.at(-1);
    expect([...seen].sort(), name).toEqual([...marks].sort());
    // At the end, the next key stays on the last mark rather than wrapping.
    expect(await press(page, scope, 'ArrowRight')).toBe(last);
  }

  // [ and ] put the range's ends at the focused event; Delete clears it.
  const timeline = panel(page, 'Timeline');
  await chartOf(timeline).focus();
  await press(page, timeline, 'Home');
  let event = await press(page, timeline, 'ArrowRight');
  while (!event.startsWith('2013')) event = await press(page, timeline, 'ArrowRight');
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/from=2013-01/);
  expect(await press(page, timeline, 'End')).toMatch(/^Feb 2024/);
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/from=2013-01&to=2024-02/);
  await page.keyboard.press('Delete');
  await expect(page).not.toHaveURL(/from=/);
});

test('the live summary changes with the filter and names what the chart shows', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  const summary = panel(page, 'Who moved where').locator('[data-summary]');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  const before = await summary.textContent();
  expect(before).toMatch(/Google → OpenAI \(12\)/);
  // Filter in place (no reload): the same live region gets the new text, so a screen reader announces it.
  await panel(page, 'Who moved where').locator('[data-node="from:meta"]').click();
  await expect(page).toHaveURL(/company=meta/);
  await expect(summary).not.toHaveText(before ?? '');
  await expect(summary).toContainText('Meta');
  await expect(summary).not.toContainText('Google → OpenAI (12)');
});

test('the table view lists the same marks as the chart, with their provenance', async ({ page }) => {
  await page.goto('/?company=google');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  const links = await sankey.locator('[data-link]').count();
  const bars = panel(page, 'Pay and hiring');
  const barMarks = await bars.locator('[data-bar], [data-rank]').count();
  const timeline = panel(page, 'Timeline');
  const events = await timeline.locator('[data-event]').count();
  for (const [scope, count] of [
    [sankey, links],
    [bars, barMarks],
    [timeline, events],
  ] as const) {
    await scope.getByRole('button', { name: 'Show as table' }).click();
    const table = scope.locator('.data-table table');
    await expect(table).toBeVisible();
    await expect(scope.locator('svg[role="img"]')).toHaveCount(0);
    expect(await table.locator('tbody tr').count()).toBe(count);
    // Provenance columns: the article's line numbers and the outside source.
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.join(' | ')).toMatch(/line/i);
    expect(headers.join(' | ')).toMatch(/source/i);
    await scope.getByRole('button', { name: 'Show as chart' }).click();
    await expect(scope.locator('svg[role="img"]')).toBeVisible();
  }
  // Each Sankey link's ends appear as a row of the table.
  await sankey.getByRole('button', { name: 'Show as table' }).click();
  const rows = await sankey.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.children]
        .slice(0, 2)
        .map((c) => c.textContent)
        .join(' → '),
    ),
  );
  expect(rows).toContain('Google → OpenAI');
});

test('from page load, Tab reaches the first chart in at most 15 presses; the skip link in two', async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  const firstChart = chartOf(panel(page, 'Who moved where'));
  const isFirstChart = () => firstChart.evaluate((svg) => svg === document.activeElement);
  let presses = 0;
  const path: string[] = [];
  while (presses < 40 && !(await isFirstChart())) {
    await page.keyboard.press('Tab');
    presses++;
    path.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName.toLowerCase()} ${el?.getAttribute('aria-label') ?? el?.textContent?.slice(0, 20) ?? ''}`;
      }),
    );
  }
  console.log(`Tab presses to the first chart: ${presses} (${path.join(' → ')})`);
  expect(presses, path.join(' → ')).toBeLessThanOrEqual(15);

  // The skip link is the first stop, and jumps past the header and the filters to the charts.
  await page.goto('/');
  await waitForPanels(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the charts' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#charts')).toBeFocused();
  let after = 0;
  while (after < 10 && !(await isFirstChart())) {
    await page.keyboard.press('Tab');
    after++;
  }
  // Past the skip link only the first panel's own controls come before its chart: Group by, Arrange, Export SVG,
  // More…, Show as table.
  expect(after).toBeLessThanOrEqual(6);
});

test('the company list is one Tab stop: it opens from the search with ↓, the arrows move in it, Escape leaves it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  const search = page.getByRole('searchbox', { name: 'Search companies' });
  // Focus alone opens nothing: Tab goes on to the date fields.
  await search.focus();
  await expect(page.locator('.picker-list')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('From', { exact: true })).toBeFocused();
  // ↓ opens the list and moves into it; ↓ again moves to the next company; Space ticks it.
  await search.focus();
  await page.keyboard.press('ArrowDown');
  const boxes = page.locator('.picker-list input[type="checkbox"]');
  await expect(boxes.first()).toBeFocused();
  expect(await boxes.count()).toBeGreaterThan(10);
  await expect(page.locator('.picker-list input[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(boxes.nth(1)).toBeFocused();
  const name = await boxes.nth(1).getAttribute('data-org');
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(new RegExp(`company=${name}`));
  // One Tab leaves the whole list.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('From', { exact: true })).toBeFocused();
  // Escape inside the list closes it and returns to the search.
  await search.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(page.locator('.picker-list')).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('a month typed into the date fields filters, a year is taken on Enter, and junk is explained', async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  const from = page.getByLabel('From', { exact: true });
  await from.fill('2023-01');
  await expect(page).toHaveURL(/from=2023-01/);
  const to = page.getByLabel('To', { exact: true });
  await to.fill('2023');
  await to.press('Enter');
  await expect(page).toHaveURL(/from=2023-01&to=2023-12/);
  await expect(to).toHaveValue('2023-12');
  await to.fill('soon');
  await to.press('Enter');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'YYYY-MM' })).toBeVisible();
  await expect(page).toHaveURL(/to=2023-12/);
  await to.fill('');
  await to.press('Enter');
  await expect(page).not.toHaveURL(/to=/);
});
