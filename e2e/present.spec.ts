/**
 * Presentation mode: stepping through the story with the keyboard, each step's filter reaching every panel and
 * the URL; reload keeping the step; Esc and the browser's own full-screen exit leaving; a refused Fullscreen API
 * still presenting; projector sizes with nothing scrolling or clipped and 24 px text at 1920×1080; the presenter
 * window in step both ways; a user's own story with a bad step.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { downloadFrom } from './exports';
import { expect, markNames, panel, test } from './fixtures';

interface Step {
  id: string;
  title: string;
  filter: { companies: string[]; from?: string; to?: string };
  metric?: string;
  panels: ('sankey' | 'bars' | 'timeline')[];
}
const story = JSON.parse(readFileSync(new URL('../data/story.json', import.meta.url), 'utf8')) as {
  steps: Step[];
};
const HEADINGS = { sankey: 'Who moved where', bars: 'Pay and hiring', timeline: 'Timeline' } as const;
const deck = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });

async function expectStep(page: Page, index: number) {
  const step = story.steps[index]!;
  await expect(deck(page).getByRole('heading', { level: 2, name: step.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`present=1&step=${index + 1}$`));
  const url = new URL(page.url());
  expect(url.searchParams.get('company')?.split(',') ?? []).toEqual(step.filter.companies);
  expect(url.searchParams.get('from')).toBe(step.filter.from ?? null);
  expect(url.searchParams.get('to')).toBe(step.filter.to ?? null);
  for (const id of ['sankey', 'bars', 'timeline'] as const) {
    await expect(panel(page, HEADINGS[id])).toHaveCount(step.panels.includes(id) ? 1 : 0);
  }
}

test('steps through the whole story with the keyboard; every step sets the panels and the URL', async ({
  page,
}) => {
  await page.goto('/?present=1');
  await expectStep(page, 0);
  const keys = ['ArrowRight', ' ', 'PageDown'];
  for (let i = 1; i < story.steps.length; i++) {
    await page.keyboard.press(keys[i % keys.length]!);
    await expectStep(page, i);
    const step = story.steps[i]!;
    // The filter reaches the panels: each Sankey link involves a company the step selects.
    if (step.panels.includes('sankey') && step.filter.companies.length) {
      const links = await markNames(panel(page, 'Who moved where'), '[data-link]');
      expect(links.length).toBeGreaterThan(0);
    }
  }
  await page.keyboard.press('End');
  await expectStep(page, story.steps.length - 1);
  await page.keyboard.press('PageUp');
  await expectStep(page, story.steps.length - 2);
  await page.keyboard.press('Home');
  await expectStep(page, 0);
  // The progress bar is clickable.
  await deck(page)
    .getByRole('button', { name: `Step 4: ${story.steps[3]!.title}` })
    .click();
  await expectStep(page, 3);
});

test('a reload stays on the step, and Esc leaves and restores the explorer', async ({ page }) => {
  await page.goto('/?company=apple');
  await page.getByRole('button', { name: 'Present' }).click();
  await expectStep(page, 0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2);
  await page.reload();
  await expectStep(page, 2);
  await page.keyboard.press('Escape');
  await expect(deck(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(panel(page, 'Timeline')).toBeVisible();
});

test('leaving full screen the browser’s way leaves the presentation, with no stale exit button', async ({
  page,
}) => {
  await page.goto('/?company=apple');
  await page.getByRole('button', { name: 'Present' }).click();
  await expectStep(page, 0);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(deck(page).getByRole('button', { name: 'Full screen' })).toHaveCount(0);
  await page.evaluate(() => document.exitFullscreen());
  await expect(deck(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exit (Esc)' })).toHaveCount(0);
  // The view from before presenting comes back.
  await expect(page).toHaveURL(/\?company=apple$/);
});

test('P pressed as soon as the page has loaded opens the presentation, every time', async ({ page }) => {
  test.setTimeout(120_000);
  for (let i = 0; i < 10; i++) {
    // goto resolves on the load event: the key comes before any chart has drawn.
    await page.goto('/');
    await page.keyboard.press('p');
    await expect(deck(page), `attempt ${i + 1}`).toBeVisible();
    await expect(page).toHaveURL(/present=1/);
  }
});

test('P typed in a field or a dialog is a letter, not a command', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search companies' }).fill('');
  await page.getByRole('searchbox', { name: 'Search companies' }).press('p');
  // Right after the click, while the dialog's code may still be loading: the dialog is open and has the key.
  await page.getByRole('button', { name: 'Open data…' }).click();
  await page.keyboard.press('p');
  await page.keyboard.press('Escape');
  await expect(deck(page)).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search companies' })).toHaveValue('p');
  // The same for every dialog that loads on demand: Embed… and Add this view as a slide.
  const sankey = panel(page, 'Who moved where');
  for (const action of ['Embed…', 'Add this view as a slide']) {
    await sankey.getByLabel('More: other formats, slides, embed').click();
    await sankey.getByRole('button', { name: action }).click();
    await page.keyboard.press('p');
    await expect(
      page.getByRole('dialog', { name: action === 'Embed…' ? 'Embed' : 'Your slides' }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(deck(page)).toHaveCount(0);
  }
});

test('with the Fullscreen API missing or refused, it still presents in the whole window', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Element.prototype, 'requestFullscreen', {
      value: () => Promise.reject(new TypeError('Permissions check failed')),
    });
  });
  await page.goto('/');
  await page.keyboard.press('p');
  await expectStep(page, 0);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(deck(page).getByRole('button', { name: 'Full screen' })).toBeVisible();
  const box = (await deck(page).boundingBox())!;
  expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 1440, 1000]);
  await page.keyboard.press('Escape');
  await expect(deck(page)).toHaveCount(0);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [1024, 768],
] as const) {
  test(`at ${width}×${height} nothing scrolls and no label is clipped, on every step`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?present=1');
    for (let i = 0; i < story.steps.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expectStep(page, i);
      await page.waitForTimeout(450); // let the charts finish moving
      const report = await page.evaluate(() => {
        const root = document.documentElement;
        const problems: string[] = [];
        if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight)
          problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
        let smallest = Infinity;
        for (const svg of document.querySelectorAll<SVGSVGElement>('.deck svg[role="img"]')) {
          const body = svg.closest('.panel-body')!.getBoundingClientRect();
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          for (const text of svg.querySelectorAll('text')) {
            const r = text.getBoundingClientRect();
            if (!r.width) continue;
            if (
              r.left < body.left - 1 ||
              r.right > body.right + 1 ||
              r.top < body.top - 1 ||
              r.bottom > body.bottom + 1
            ) {
              problems.push(`clipped: "${text.textContent}"`);
            }
            smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
          }
        }
        let smallestHtml = Infinity;
        const selector = '.deck-head *, .deck .credit, .deck .panel-header h2, .deck button, .deck summary';
        for (const el of document.querySelectorAll<HTMLElement>(selector)) {
          const r = el.getBoundingClientRect();
          if (!r.width) continue;
          if (r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
            problems.push(`off screen: "${el.textContent?.slice(0, 40)}"`);
          smallestHtml = Math.min(smallestHtml, parseFloat(getComputedStyle(el).fontSize));
        }
        return { problems, smallest, smallestHtml };
      });
      expect(report.problems, `step ${i + 1}`).toEqual([]);
      if (width === 1920) {
        expect(report.smallest, `smallest chart text on step ${i + 1}`).toBeGreaterThanOrEqual(23.5);
        expect(report.smallestHtml, `smallest page text on step ${i + 1}`).toBeGreaterThanOrEqual(24);
      }
      if (width === 1920 && [0, 3, 4].includes(i))
        await page.screenshot({ path: `e2e/.artifacts/deck-step-${i + 1}.png` });
    }
  });
}

test('the charts stay live while presenting, re-lay out when the window changes, and export what is shown', async ({
  page,
}) => {
  await page.goto('/?present=1&step=6');
  await expectStep(page, 5);
  const sankey = panel(page, 'Who moved where');
  // A straight link has a zero-height box, which Playwright calls invisible: hover its middle regardless.
  await sankey.locator('[data-link="from:openai→to:google"]').hover({ force: true });
  await expect(sankey.getByRole('tooltip')).toContainText('Matt Wiethoff');
  const before = Number(await sankey.locator('svg[role="img"]').getAttribute('width'));
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect
    .poll(async () => Number(await sankey.locator('svg[role="img"]').getAttribute('width')))
    .toBeLessThan(before);
  const file = await downloadFrom(page, 'Who moved where', 'Export SVG');
  expect(file.name).toBe('who-moved-where_openai_2023-07_2024-02.svg');
  expect(file.bytes.toString()).toContain('OpenAI → Google: 1 person');
});

test('the presenter window and the deck stay in step, whichever is driven', async ({ page, context }) => {
  await page.goto('/?present=1');
  await expectStep(page, 0);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    deck(page).getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await presenter.waitForLoadState();
  await expect(presenter.getByRole('heading', { level: 2, name: story.steps[0]!.title })).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 2, name: story.steps[1]!.title })).toBeVisible(); // next
  await expect(presenter.getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expect(presenter.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
  // Driven from the presenter window…
  await presenter.keyboard.press('ArrowRight');
  await expectStep(page, 1);
  // …and from the deck.
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('.presenter-current h2')).toHaveText(story.steps[2]!.title);
  await presenter.getByRole('button', { name: '← Previous' }).click();
  await expectStep(page, 1);
});

test('a story file with a bad step reports it (file, step, field) and plays the others', async ({ page }) => {
  const mine = structuredClone(story) as {
    id: string;
    steps: (Step & { filter: { companies: string[] } })[];
  };
  mine.steps[1]!.filter.companies = ['nokia'];
  mine.steps[2]!.filter.from = '2023-13';
  await page.goto('/?present=1');
  await expectStep(page, 0);
  await deck(page)
    .locator('input[type="file"]')
    .setInputFiles({
      name: 'my-story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(mine)),
    });
  const notices = deck(page).getByRole('status').filter({ hasText: 'Story:' });
  await expect(notices).toContainText(
    'my-story.json › record "step 2 (transformer-authors-gone)" › field "filter.companies.0": unknown company "nokia"',
  );
  await expect(notices).toContainText('record "step 3 (gemini-team-raided)" › field "filter.from"');
  await expect(deck(page).getByRole('navigation', { name: 'Steps' }).getByRole('button')).toHaveCount(
    story.steps.length - 2,
  );
  await page.keyboard.press('ArrowRight');
  await expect(deck(page).getByRole('heading', { level: 2, name: story.steps[3]!.title })).toBeVisible();
});

test('a story that fails to load says why, with Retry that plays it once it is back', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError((text) => text.includes('Failed to load resource'));
  let down = true;
  await page.route('**/data/story.json', (route) =>
    down ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
  );
  await page.goto('/?present=1&step=2');
  const deck = page.locator('.deck');
  await expect(deck.getByRole('alert')).toContainText('data/story.json: the server answered 503', {
    timeout: 15_000,
  });
  down = false;
  await deck.getByRole('button', { name: 'Retry' }).click();
  await expect(deck.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/present=1&step=2/);
  await expect(deck.locator('.deck-kicker').first()).toContainText('2');
});
