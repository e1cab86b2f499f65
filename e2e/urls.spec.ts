/**
 * Junk links: every kind of bad parameter is dropped or corrected with a notice, the address is tidied to what was
 * understood, and the page works.
 */
import { expect, panel, test, waitForPanels } from './fixtures';

const JUNK: { url: string; notice: string | RegExp; tidy: RegExp }[] = [
  { url: '/?company=google,nokia', notice: 'Ignored the unknown company "nokia"', tidy: /\?company=google$/ },
  { url: '/?company=%E0%A4%A,meta', notice: 'not valid percent-encoding', tidy: /\?company=meta$/ },
  { url: '/?%ZZ=1&company=meta', notice: 'not valid percent-encoding', tidy: /\?company=meta$/ },
  { url: '/?company=&from=&to=', notice: /^$/, tidy: /:\d+\/$/ },
  {
    url: '/?company=google&company=meta',
    notice: 'Ignored a repeated "company" parameter',
    tidy: /\?company=google$/,
  },
  { url: '/?from=2024-01&to=2023-01', notice: 'Swapped the dates', tidy: /\?from=2023-01&to=2024-01$/ },
  { url: '/?from=2023-13', notice: 'from=2023-13', tidy: /:\d+\/$/ },
  { url: '/?from=2019-04-16%2000:00', notice: 'from=2019-04-16 00:00', tidy: /:\d+\/$/ },
  { url: '/?from=2900-01', notice: 'the data runs from', tidy: /:\d+\/$/ },
  { url: '/?to=0999-01', notice: 'to=0999-01', tidy: /:\d+\/$/ },
  { url: '/?step=4', notice: 'a step applies only with present=1', tidy: /:\d+\/$/ },
  { url: '/?metric=salary&detail=people&theme=pink&lang=fr', notice: 'metric=salary', tidy: /:\d+\/$/ },
  { url: '/?present=1&step=99', notice: 'This story has 8 steps', tidy: /present=1&step=8$/ },
  { url: '/?present=1&step=-1', notice: 'step=-1', tidy: /present=1&step=1$/ },
  {
    url: `/?company=${'x'.repeat(5000)}`,
    notice: 'Ignored the unknown company',
    tidy: /:\d+\/$/,
  },
];

for (const { url, notice, tidy } of JUNK) {
  test(`junk link ${url.slice(0, 60)} is tidied with a notice`, async ({ page }) => {
    await page.goto(url);
    if (/present=1/.test(url)) await expect(page.locator('.deck')).toBeVisible();
    else await waitForPanels(page);
    const notices = page.locator('.notices');
    if (notice instanceof RegExp && notice.source === '^$')
      await expect(page.locator('.notices')).toHaveCount(0);
    else await expect(notices.first()).toContainText(notice);
    await expect(page).toHaveURL(tidy);
    if (!/present=1/.test(url))
      await expect(panel(page, 'Timeline').locator('[data-event]').first()).toBeVisible();
  });
}

test('the presenter window clamps a step past the story, and reads junk as step 1', async ({ page }) => {
  await page.goto('/?presenter=1&step=999');
  await expect(page.locator('.presenter-foot')).toContainText('8 / 8');
  await expect(page).toHaveURL(/presenter=1&step=8$/);
  await page.goto('/?presenter=1&step=2.5');
  await expect(page.locator('.presenter-foot')).toContainText('1 / 8');
});

test('hundreds of junk parameters give five notices and a count, not a wall of text', async ({ page }) => {
  await page.goto(`/?${Array.from({ length: 300 }, (_, i) => `p${i}=1`).join('&')}`);
  await waitForPanels(page);
  const notices = page.locator('.notices li');
  await expect(notices).toHaveCount(6);
  await expect(notices.last()).toContainText('…and 295 more');
  await page.locator('.notices').getByRole('button', { name: 'Show all' }).click();
  await expect(notices).toHaveCount(300);
});
