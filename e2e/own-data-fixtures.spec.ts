/**
 * Public flow tables nobody here wrote (see e2e/fixtures/README.md), opened as a reader would: each is read
 * without editing, in one click after choosing it, and drawn as the file says — the energy flows in as many
 * columns as they have stages, the migration table side by side with its bad rows explained, the career history
 * as steps and as paths. Pasting the same cells as TSV (what a spreadsheet puts on the clipboard) works too.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, markNames, panel, test, waitForPanels } from './fixtures';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Opens the dialog and chooses the file; returns the dialog. */
async function choose(page: Page, name: string): Promise<Locator> {
  await page.goto('/');
  await waitForPanels(page);
  await page.getByRole('button', { name: 'Open data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own data' });
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles(`e2e/fixtures/${name}`);
  return dialog;
}

/** Pastes `text` into the dialog's paste box as a spreadsheet would (a paste event carrying plain text). */
async function paste(page: Page, text: string): Promise<Locator> {
  await page.goto('/');
  await waitForPanels(page);
  await page.getByRole('button', { name: 'Open data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own data' });
  await dialog.getByRole('textbox', { name: /Or paste a table/ }).evaluate((box, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  return dialog;
}

/** How many columns the Sankey's nodes stand in. */
async function nodeColumns(sankey: Locator): Promise<number> {
  const xs = await sankey
    .locator('[data-node]')
    .evaluateAll((nodes) => nodes.map((n) => Math.round(n.getBoundingClientRect().x)));
  return new Set(xs).size;
}

const tsv = (csv: string) => csv.replace(/,/g, '\t');

for (const how of ['file', 'pasted TSV'] as const) {
  test(`energy flows (${how}): an edge list read in one click, drawn in eight columns of stages`, async ({
    page,
  }) => {
    const text = fixture('energy.csv');
    const dialog = how === 'file' ? await choose(page, 'energy.csv') : await paste(page, tsv(text));
    await expect(
      dialog.getByText(/^Read as an edge list \(one row per flow\): 68 rows, 3 columns\./),
    ).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: /^From/ })).toHaveValue('0');
    await expect(dialog.getByRole('combobox', { name: /^To/ })).toHaveValue('1');
    await expect(dialog.getByRole('combobox', { name: /^Value/ })).toHaveValue('2');
    await dialog.getByRole('button', { name: 'Use this data (68 rows)' }).click();
    await expect(dialog).toBeHidden();
    const sankey = panel(page, 'Who moved where');
    await expect(sankey.locator('[data-link]')).toHaveCount(68);
    await waitForPanels(page);
    expect(await nodeColumns(sankey)).toBe(8);
    await expect(sankey.getByRole('radio', { name: 'In stages' })).toBeChecked();
    // A flow through the middle of the network, with its value as the file gives it.
    await expect(sankey.locator('[data-link="n:thermal-generation→n:electricity-grid"]')).toHaveAttribute(
      'aria-label',
      'Thermal generation → Electricity grid: 525.5',
    );
    // The bars count the same flows in and out, in the file's terms, not people.
    await expect(
      panel(page, 'Pay and hiring').locator('.axis-label, text').filter({ hasText: '← Value out' }),
    ).toHaveCount(1);
  });
}

test('a migration table: decimals and scientific notation read, self-flows and zero flows explained, the rest used in one click', async ({
  page,
}) => {
  const dialog = await choose(page, 'migration-regions-2010-15.csv');
  await expect(dialog.getByRole('status').first()).toHaveText(
    'migration-regions-2010-15.csv: 81 rows read, 68 usable, 13 problems.',
  );
  const problems = dialog.getByRole('table', { name: 'Problems, by row and column' });
  await expect(problems.locator('tbody tr').first()).toHaveText(
    /^2\s*dest_reg\s*is the same as orig_reg \("Africa"\)/,
  );
  await expect(problems).toContainText('is 0: nothing flows, so the row is left out');
  await dialog.getByRole('button', { name: 'Use the 68 valid rows' }).click();
  const sankey = panel(page, 'Who moved where');
  await expect(sankey.locator('[data-link]')).toHaveCount(68);
  await waitForPanels(page);
  // People go both ways between regions: side by side, origins left, destinations right.
  expect(await nodeColumns(sankey)).toBe(2);
  await expect(sankey.locator('[data-link="from:africa→to:europe"]')).toHaveAttribute(
    'aria-label',
    'Africa → Europe: 1.74',
  );
  // 1.4e-05 is a flow too, however thin.
  await expect(sankey.locator('[data-link="from:europe→to:southern-asia"]')).toHaveCount(1);
});

test('worded headers, pasted: "Origin region", "Destination region", "Millions of persons"', async ({
  page,
}) => {
  const [, ...rows] = fixture('migration-regions-2010-15.csv').trim().split('\n');
  const dialog = await paste(
    page,
    tsv(['Origin region,Destination region,Millions of persons', ...rows].join('\n')),
  );
  await expect(dialog.getByText('Values are in Millions of persons.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Use the 68 valid rows' }).click();
  await expect(panel(page, 'Who moved where').locator('[data-link="from:africa→to:europe"]')).toHaveAttribute(
    'aria-label',
    'Africa → Europe: 1.74 Millions of persons',
  );
});

test('a career history: consecutive jobs of one person become moves, drawn as steps and as paths; hovering or focusing a person shows their whole path', async ({
  page,
}) => {
  const dialog = await choose(page, 'hr-job-history.csv');
  await expect(
    dialog.getByText(
      /^Read as a career history \(one row per person per organisation\): 10 rows, 5 columns\./,
    ),
  ).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Person' })).toHaveValue('0');
  await expect(dialog.getByRole('combobox', { name: 'Organisation' })).toHaveValue('3');
  await expect(dialog.getByText('4 people have one organisation only')).toBeVisible();
  await dialog.getByRole('button', { name: 'Use this data (10 rows)' }).click();
  const sankey = panel(page, 'Who moved where');
  await expect(sankey.locator('[data-link]')).toHaveCount(3);
  await waitForPanels(page);
  await expect(sankey.locator('#column-headings')).toContainText('Start');
  expect(await markNames(sankey, '[data-link]')).toEqual(
    expect.arrayContaining(['AC_ACCOUNT → AC_MGR: 1 person', 'AD_ASST → AC_ACCOUNT: 1 person']),
  );

  const paths = panel(page, 'Paths');
  const trails = paths.locator('[data-trail]');
  await expect(trails).toHaveCount(3);
  // Employee 200's rows are apart in the file (rows 7 and 10): read in date order, one path.
  await expect(paths.locator('[data-trail][aria-label^="200:"]')).toHaveAttribute(
    'aria-label',
    /^200: AD_ASST → AC_ACCOUNT/,
  );
  const widths = () => trails.evaluateAll((t) => t.map((p) => p.getAttribute('stroke-width')));
  // Paths cross: the pointer goes to a point of this one, just past its first organisation.
  const start = await paths.locator('[data-trail][aria-label^="101:"]').evaluate((path: SVGPathElement) => {
    const p = path.getPointAtLength(14);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.move(start.x, start.y);
  await expect.poll(widths).toEqual(expect.arrayContaining(['3', '1.5', '1.5']));
  // The keyboard reaches each path; the focused one has the ring.
  await paths.locator('svg[role="img"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(paths.locator('#focus-ring')).toBeVisible();
});
