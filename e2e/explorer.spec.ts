/**
 * The explorer end to end, in Chromium against the production build: the three linked panels, filtering through
 * the UI, the URL and the brush, hover linking, and the URL's resilience to junk.
 */
import { expect, markNames, panel, test, waitForPanels } from './fixtures';

test('loads the three panels, each with its chart, title, credit and export button', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  for (const name of ['Who moved where', 'Pay and hiring', 'Timeline'] as const) {
    const section = panel(page, name);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(name);
    const svg = section.locator('svg[role="img"]');
    await expect(svg).toHaveCount(1);
    await expect(svg.locator('> title')).not.toBeEmpty();
    await expect(section.locator('.credit')).toContainText('36Kr');
    await expect(section.getByRole('button', { name: 'Export SVG' })).toBeEnabled();
  }
  await expect(panel(page, 'Who moved where').locator('.credit')).toContainText(/Forbes|The Information/);
  await expect(panel(page, 'Pay and hiring').locator('.credit')).toContainText('Rora');
  // The article's other figures are listed once, under the bars.
  await expect(panel(page, 'Pay and hiring').getByRole('table')).toHaveCount(1);
  await expect(
    panel(page, 'Pay and hiring').getByRole('rowheader', { name: /Mistral AI valuation/ }),
  ).toBeVisible();
});

test('draws every move, both directions, with accessible names', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  const links = await markNames(sankey, '[data-link]');
  expect(links).toContain('OpenAI → Google: 1 person');
  expect(links.find((l) => l.startsWith('Google → OpenAI:'))).toMatch(/^Google → OpenAI: \d+ people$/);
  expect(links).toContain('Stability AI → Destination not stated: more than 10 people');
  const nodes = await markNames(sankey, '[data-node]');
  expect(nodes.some((n) => n.startsWith('Google: '))).toBe(true);
  const bars = await markNames(panel(page, 'Pay and hiring'), '[data-bar]');
  expect(bars).toEqual([
    'OpenAI: $865,000 a year',
    'Google Brain: about $692,000 a year (derived)',
    'Apple: about $451,000 a year (derived)',
  ]);
  const events = await markNames(panel(page, 'Timeline'), '[data-event]');
  expect(events[0]).toBe('1872: California outlaws non-compete agreements');
  expect(events).toContain('Aug 2023: Llion Jones leaves; all 8 Transformer authors are gone from Google');
});

test('filtering by company in the filter bar updates all three panels and the URL', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  const allEvents = (await markNames(panel(page, 'Timeline'), '[data-event]')).length;
  await page.getByRole('searchbox', { name: 'Search companies' }).fill('meta');
  await page.getByRole('checkbox', { name: /^Meta\s+company$/ }).check();
  await expect(page).toHaveURL(/[?&]company=meta(&|$)/);

  const links = await markNames(panel(page, 'Who moved where'), '[data-link]');
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link).toMatch(/^Meta → /);
  // Meta has no pay figure: the bars say so rather than draw an empty chart.
  await expect(panel(page, 'Pay and hiring').getByText('No data for this filter.')).toBeVisible();
  await panel(page, 'Pay and hiring').locator('label', { hasText: "Share of OpenAI's hires" }).click();
  await expect(page).toHaveURL(/metric=hiring/);
  await expect
    .poll(() => markNames(panel(page, 'Pay and hiring'), '[data-rank]'))
    .toEqual(['Meta: rank #3 (no figure given)']);
  const events = await markNames(panel(page, 'Timeline'), '[data-event]');
  expect(events.length).toBeLessThan(allEvents);
  expect(events).toContain('Feb 2023: Meta publishes the original Llama paper with 14 authors');

  // Filtering on a company includes its teams and labs: FAIR is Meta's.
  expect(links.some((l) => l.startsWith('Meta → OpenAI'))).toBe(true);

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).not.toHaveURL(/company=/);
  await expect
    .poll(async () => (await markNames(panel(page, 'Timeline'), '[data-event]')).length)
    .toBe(allEvents);
});

test('a link reopens the same view, and the view survives a reload', async ({ page }) => {
  await page.goto('/?company=google&from=2023-01&to=2024-02&metric=flows');
  await waitForPanels(page);
  await expect(page.getByRole('button', { name: 'Remove Google' })).toBeVisible();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2023-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2024-02');
  const links = await markNames(panel(page, 'Who moved where'), '[data-link]');
  // Only dated moves in the range: Llion Jones (Aug 2023), the Gemini moves, Matt Wiethoff back to Google.
  expect(links.sort()).toEqual([
    'Google → OpenAI: 6 people',
    'Google → Sakana AI: 1 person',
    'OpenAI → Google: 1 person',
  ]);
  await expect(panel(page, 'Who moved where').locator('.credit')).toContainText(
    'moves the article does not date are hidden',
  );
  await page.reload();
  await waitForPanels(page);
  await expect(page).toHaveURL(/company=google&from=2023-01&to=2024-02&metric=flows/);
  await expect
    .poll(async () => (await markNames(panel(page, 'Who moved where'), '[data-link]')).sort())
    .toEqual(links);
});

test('clicking a Sankey node toggles that company in the filter', async ({ page }) => {
  await page.goto('/');
  const sankey = panel(page, 'Who moved where');
  await sankey.locator('[data-node="from:apple"]').click();
  await expect(page).toHaveURL(/company=apple/);
  await expect.poll(() => markNames(sankey, '[data-link]')).toEqual(['Apple → LoveFrom: 1 person']);
  await sankey.locator('[data-node="from:apple"]').click();
  await expect(page).not.toHaveURL(/company=/);
});

test('a filter change fetches nothing: the page icon is inline, not re-fetched at every URL change', async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  // Chromium asks for the page's icon again whenever the URL changes; an SVG icon was fetched and parsed as a
  // document at every filter change.
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href.slice(0, 22)));
  expect(icons).toEqual(['data:image/png;base64,']);
  const fetched: string[] = [];
  page.on('request', (r) => {
    // Fonts load as text first needs them (a tooltip's bold weight): those are wanted.
    if (r.resourceType() !== 'font') fetched.push(r.url());
  });
  const sankey = panel(page, 'Who moved where');
  for (let i = 0; i < 4; i++) {
    await sankey.locator('[data-node="from:apple"]').click();
    await expect(page).toHaveURL(i % 2 === 0 ? /company=apple/ : /:\d+\/$/);
  }
  // Nothing is expected; a re-fetched icon arrives within a few milliseconds of the URL change.
  await page.waitForRequest((r) => r.resourceType() !== 'font', { timeout: 1000 }).catch(() => null);
  expect(fetched).toEqual([]);
});

test('brushing the timeline sets the date range and narrows the Sankey', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  const before = (await markNames(sankey, '[data-link]')).length;
  const timeline = panel(page, 'Timeline');
  const overlay = timeline.locator('.brush .overlay');
  await overlay.scrollIntoViewIfNeeded();
  const box = (await overlay.boundingBox())!;
  // Drag across the right-hand end of the axis: 2023 onwards.
  const start = box.x + box.width * 0.8;
  await page.mouse.move(start, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=20\d\d-\d\d&to=20\d\d-\d\d/);
  const links = await markNames(sankey, '[data-link]');
  expect(links.length).toBeGreaterThan(0);
  expect(links.length).toBeLessThan(before);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(/^20\d\d-\d\d$/);
  // Events outside the range stay on the timeline, dimmed.
  await expect(timeline.locator('[data-event="california-bans-non-competes"]')).toHaveAttribute(
    'opacity',
    '0.35',
  );
});

test('hovering a link shows who moved, when, and the source, and fades the rest', async ({ page }) => {
  await page.goto('/');
  const sankey = panel(page, 'Who moved where');
  const link = sankey.locator('[data-link="from:openai→to:google"]');
  await link.hover();
  const tooltip = sankey.getByRole('tooltip');
  await expect(tooltip).toContainText('Matt Wiethoff');
  await expect(tooltip).toContainText('Oct 2023');
  await expect(tooltip).toContainText('LinkedIn');
  await expect(link).toHaveAttribute('stroke-opacity', '0.75');
  await expect(sankey.locator('[data-link="from:apple→to:lovefrom"]')).toHaveAttribute(
    'stroke-opacity',
    '0.15',
  );
});

test('hovering a company in one panel highlights it in the others', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  await panel(page, 'Pay and hiring').locator('[data-bar="apple-average-annual-pay"]').hover();
  // Apple's event stays clear on the timeline; others fade.
  const timeline = panel(page, 'Timeline');
  await expect(timeline.locator('[data-event="tang-tan-joins-lovefrom"]')).toHaveAttribute('opacity', '1');
  await expect(timeline.locator('[data-event="llama-paper"]')).toHaveAttribute('opacity', '0.25');
  await expect(
    panel(page, 'Who moved where').locator('[data-link="from:apple→to:lovefrom"]'),
  ).toHaveAttribute('stroke-opacity', '0.75');
  await expect(panel(page, 'Who moved where').locator('[data-link="from:openai→to:google"]')).toHaveAttribute(
    'stroke-opacity',
    '0.15',
  );
});

test('derived values are marked and explained', async ({ page }) => {
  await page.goto('/');
  const bars = panel(page, 'Pay and hiring');
  const derived = bars.locator('[data-bar="google-brain-average-annual-pay"]');
  await expect(derived).toHaveAttribute('fill', /^url\(#/);
  await expect(bars.locator('#value-labels')).toContainText('$692K (derived)');
  await derived.hover();
  await expect(bars.getByRole('tooltip')).toContainText('openai / (1 + premium / 100)');
  await expect(bars.getByRole('tooltip')).toContainText('Rora');
});

test('a filter that leaves nothing says so in every panel', async ({ page }) => {
  await page.goto('/?company=us-department-of-justice&from=1990-01&to=1990-12');
  for (const name of ['Who moved where', 'Pay and hiring', 'Timeline'] as const) {
    await expect(panel(page, name).getByText('No data for this filter.')).toBeVisible();
  }
  await panel(page, 'Timeline').getByRole('button', { name: 'Clear filters' }).click();
  await waitForPanels(page);
  await expect(panel(page, 'Who moved where').locator('[data-link]').first()).toBeVisible();
});

test('junk in the URL is dropped with a visible notice and the page still works', async ({ page }) => {
  await page.goto('/?company=google,nokia,%E0%A4%A&from=2023-13&to=2024-02&metric=salary&utm_source=x');
  await waitForPanels(page);
  const notices = page.getByRole('status').filter({ hasText: 'Ignored' });
  await expect(notices).toContainText('Ignored the unknown company "nokia"');
  await expect(notices).toContainText('from=2023-13');
  await expect(notices).toContainText('metric=salary');
  await expect(notices).toContainText('utm_source');
  // The URL is tidied to what was understood.
  await expect(page).toHaveURL(/\?company=google&to=2024-02$/);
  await expect(panel(page, 'Who moved where').locator('[data-link]').first()).toBeVisible();
});

test('Back undoes a filter change instead of leaving the app', async ({ page }) => {
  await page.goto('/');
  await waitForPanels(page);
  await panel(page, 'Who moved where').locator('[data-node="from:apple"]').click();
  await expect(page).toHaveURL(/company=apple/);
  await page.goBack();
  await expect(page).not.toHaveURL(/company=/);
  await expect(page.getByText('All', { exact: true })).toBeVisible();
  await expect
    .poll(async () => (await markNames(panel(page, 'Who moved where'), '[data-link]')).length)
    .toBeGreaterThan(5);
  await page.goForward();
  await expect(page).toHaveURL(/company=apple/);
  await expect
    .poll(() => markNames(panel(page, 'Who moved where'), '[data-link]'))
    .toEqual(['Apple → LoveFrom: 1 person']);
});

test('the company list closes on Escape or a click outside, and search finds teams under a company', async ({
  page,
}) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search companies' });
  await search.fill('google');
  await expect(page.getByRole('checkbox', { name: /^Gemini team/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^DeepMind/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: /^Gemini team/ })).toBeHidden();
  await search.click();
  await expect(page.getByRole('checkbox', { name: /^Gemini team/ })).toBeVisible();
  await page.getByRole('heading', { name: 'AI Talent Flows' }).click();
  await expect(page.getByRole('checkbox', { name: /^Gemini team/ })).toBeHidden();
});

test('a metric with nothing for the filter points to the metrics that have data', async ({ page }) => {
  await page.goto('/?company=stripe');
  const bars = panel(page, 'Pay and hiring');
  await expect(bars.getByText('No data for this filter.')).toBeVisible();
  await bars.getByRole('button', { name: /Share of OpenAI's hires \(1\)/ }).click();
  await expect(page).toHaveURL(/metric=hiring/);
  await expect.poll(() => markNames(bars, '[data-rank]')).toEqual(['Stripe: rank #2 (no figure given)']);
});

test('figures about OpenAI stay under an OpenAI filter: pay comparisons and where its hires come from', async ({
  page,
}) => {
  await page.goto('/?company=openai');
  const bars = panel(page, 'Pay and hiring');
  await expect(bars.locator('[data-bar]')).toHaveCount(3);
  await bars.locator('label', { hasText: "Share of OpenAI's hires" }).click();
  await expect(page).toHaveURL(/metric=hiring/);
  await expect(bars.locator('[data-bar]')).toHaveAttribute('aria-label', 'Google: 7.5%');
});

test("the list of the article's other figures keeps its columns when a filter changes its rows", async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  const list = panel(page, 'Pay and hiring').locator('.figure-list table');
  const widths = () =>
    list
      .locator('thead th')
      .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().width)));
  const rows = () => list.locator('tbody tr').count();
  const all = { widths: await widths(), rows: await rows() };
  // Set once (fixed table layout), not re-measured from each filter's cells: nothing jumps under the reader's eye.
  // Apple leaves one figure with a long name, Meta four with long values: each reflowed the columns.
  for (const company of ['apple', 'meta']) {
    await sankey.locator(`[data-node="from:${company}"]`).click();
    await expect(page).toHaveURL(new RegExp(`company=${company}$`));
    await expect.poll(rows).toBeLessThan(all.rows);
    expect(await widths()).toEqual(all.widths);
    await sankey.locator(`[data-node="from:${company}"]`).click();
    await expect(page).not.toHaveURL(/company=/);
  }
});

test("the list of other figures never splits a number across lines, wide or on a phone's width", async ({
  page,
}) => {
  for (const width of [1440, 400]) {
    await page.setViewportSize({ width, height: 1000 });
    // Google's figures include the longest amounts ($1,600,000,000).
    await page.goto('/?company=google');
    await waitForPanels(page);
    const list = panel(page, 'Pay and hiring').locator('.figure-list');
    const split = await list.evaluate((details) => {
      const broken: string[] = [];
      for (const cell of details.querySelectorAll('tbody td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          for (const match of (text.textContent ?? '').matchAll(/[$\d][\d,.%]*\d%?/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        }
      }
      return broken;
    });
    expect(split, `numbers split at ${width} px`).toEqual([]);
  }
});

test('an axis break moves with its marks at a filter change, not after them', async ({ page }) => {
  // Motion on: marks glide to their new places; an axis is a key and jumps, all of it at once.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  await waitForPanels(page);
  const timeline = panel(page, 'Timeline');
  // Where the first break's patch is drawn, and where its marks are.
  const where = () =>
    timeline
      .locator('#axis g[stroke]')
      .first()
      .evaluate((g) => ({
        patch: Math.round((g.querySelector('rect') as SVGGraphicsElement).getBBox().x),
        marks: Math.round(Number(g.querySelector('line')!.getAttribute('x1'))),
      }));
  const before = await where();
  await panel(page, 'Who moved where').locator('[data-node="from:openai"]').click();
  await expect(page).toHaveURL(/company=openai/);
  const after = await where();
  expect(after.marks).not.toBe(before.marks);
  // In the frames right after the change, not 400 ms later: the patch is already under its marks.
  expect(after.patch).toBe(after.marks);
});
