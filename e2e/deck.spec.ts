/**
 * Your own slides: two filtered views added as slides from the charts' menus, kept across a reload, reordered,
 * presented in order (each slide setting its filter, option and charts), and opened from the deck's link in a
 * fresh browser context with the same slides.
 */
import type { Page } from '@playwright/test';

type PanelName = Parameters<typeof panel>[1];
import { expect, panel, test, waitForPanels } from './fixtures';

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });
const editor = (page: Page) => page.getByRole('dialog', { name: 'Your slides' });

/** Opens a panel's More… menu and adds its view as a slide titled `title`. */
async function addSlide(page: Page, panelName: PanelName, title: string, notes = '') {
  const scope = panel(page, panelName);
  await scope.getByLabel('More: other formats, slides, embed').click();
  await scope.getByRole('button', { name: 'Add this view as a slide' }).click();
  await expect(editor(page)).toBeVisible();
  await editor(page).getByLabel('Title', { exact: true }).fill(title);
  if (notes) await editor(page).getByLabel('Speaker notes (optional)').fill(notes);
  await editor(page).getByRole('button', { name: 'Add slide' }).click();
  await expect(editor(page).getByRole('status')).toContainText('added');
}

async function expectSlide(page: Page, title: string, companies: string[], panels: PanelName[]) {
  await expect(presentation(page).getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('company')?.split(',') ?? [])
    .toEqual(companies);
  for (const name of ['Who moved where', 'Pay and hiring', 'Timeline'] as const)
    await expect(panel(page, name)).toHaveCount(panels.includes(name) ? 1 : 0);
}

test('two filtered views become slides that play in order, survive a reload, and travel in a link', async ({
  page,
  browser,
}) => {
  // Four page loads in two browsers: more than the default 30 s when both workers are busy.
  test.setTimeout(60_000);
  await page.goto('/?company=google,openai');
  await waitForPanels(page);
  await addSlide(page, 'Who moved where', 'Google and OpenAI trade people', 'Start with the widest band');
  await editor(page).getByRole('button', { name: 'Close' }).click();

  // A second view, after a reload: the first slide is still there.
  await page.goto('/?company=meta&metric=hiring');
  await waitForPanels(page);
  await addSlide(page, 'Pay and hiring', 'Meta, by hiring');
  const titles = editor(page)
    .getByRole('list', { name: 'Slides, in the order they play' })
    .getByRole('textbox');
  await expect(editor(page).getByLabel('Title of slide 1')).toHaveValue('Google and OpenAI trade people');
  await expect(editor(page).getByLabel('Title of slide 2')).toHaveValue('Meta, by hiring');
  await expect(editor(page).getByLabel('Speaker notes of slide 1')).toHaveValue('Start with the widest band');
  expect(await titles.count()).toBe(4);

  // Reordered and back, renamed: the list follows.
  await editor(page).getByRole('button', { name: 'Move slide 2 up' }).click();
  await expect(editor(page).getByLabel('Title of slide 1')).toHaveValue('Meta, by hiring');
  await editor(page).getByRole('button', { name: 'Move slide 1 down' }).click();
  await editor(page).getByLabel('Title of slide 2').fill('Meta hires');
  const link = await editor(page).getByLabel('Link to this deck').inputValue();
  expect(link).toMatch(/\?present=1&deck=[A-Za-z0-9_-]+$/);

  await editor(page).getByRole('button', { name: 'Present 2 slides' }).click();
  await expect(editor(page)).toHaveCount(0);
  await expectSlide(page, 'Google and OpenAI trade people', ['google', 'openai'], ['Who moved where']);
  await expect(presentation(page)).toContainText('Step 1 of 2');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'Meta hires', ['meta'], ['Pay and hiring']);
  await expect.poll(() => new URL(page.url()).searchParams.get('metric')).toBe('hiring');

  // The link, in a browser that has never seen the deck: the same slides, in the same order.
  const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin });
  try {
    const other = await fresh.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expectSlide(other, 'Google and OpenAI trade people', ['google', 'openai'], ['Who moved where']);
    await expect(presentation(other)).toContainText('Step 1 of 2');
    await other.keyboard.press('ArrowRight');
    await expectSlide(other, 'Meta hires', ['meta'], ['Pay and hiring']);
    // The link's deck is this browser's deck now: kept for the next visit.
    await other.keyboard.press('Escape');
    // Reloaded once the page has left the presentation and said so in its address, not before.
    await expect(presentation(other)).toHaveCount(0);
    await expect(other).not.toHaveURL(/present=1/);
    await other.reload();
    await waitForPanels(other);
    await panel(other, 'Timeline').getByLabel('More: other formats, slides, embed').click();
    await panel(other, 'Timeline').getByRole('button', { name: 'Your slides…' }).click();
    await expect(editor(other).getByLabel('Title of slide 2')).toHaveValue('Meta hires');
  } finally {
    await fresh.close();
  }
});

test('a damaged deck link says so and the article’s story plays', async ({ page }) => {
  await page.goto('/?present=1&deck=AAAA');
  await expect(
    page.getByRole('status').filter({ hasText: 'The deck in the link could not be read' }),
  ).toBeVisible();
  await expect(
    presentation(page).getByRole('heading', {
      level: 2,
      name: "Google is OpenAI's biggest source of talent",
    }),
  ).toBeVisible();
  await expect(presentation(page)).toContainText('Step 1 of 8');
});
