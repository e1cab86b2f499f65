/**
 * Notes on marks: one written on a Sankey node with the pointer (right-click) and one with the keyboard (N on a
 * focused mark); both show in the live chart beside their marks, go into the exported SVG (which librsvg draws
 * too), survive a reload through the URL, and can be removed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { downloadFrom, mismatch } from './exports';
import { expect, panel, test, waitForPanels } from './fixtures';

/** The SVG file drawn by librsvg (`rsvg-convert`), as PNG bytes. */
const librsvg = (path: string) => execFileSync('rsvg-convert', ['--format=png', path]);

test('a note on a Sankey node shows live, in the exported SVG (librsvg too) and after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  // Drawn by librsvg now: the file of the same name is written again below.
  const before = librsvg((await downloadFrom(page, 'Who moved where', 'Export SVG')).path);

  // Pointer: right-click the node, write, Enter.
  await sankey.locator('[data-node="from:google"]').hover();
  await sankey.locator('[data-node="from:google"]').click({ button: 'right' });
  const editor = sankey.getByRole('form', { name: /Note on Google/ });
  await editor.getByRole('textbox').fill('Where most of them started');
  await editor.getByRole('textbox').press('Enter');
  await expect(editor).toHaveCount(0);
  const note = sankey.locator('svg[role="img"] [data-note="from:google"]');
  await expect(note).toContainText('Where most of them started');
  await expect(page).toHaveURL(/notes=sankey~from%3Agoogle~Where%20most/);

  // Beside its node: the leader starts at the node, and the box covers no node label.
  const overlaps = await sankey.evaluate((section) => {
    const box = section.querySelector('[data-note="from:google"] rect')!.getBoundingClientRect();
    return [...section.querySelectorAll('#labels text')].filter((label) => {
      const r = label.getBoundingClientRect();
      return r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
    }).length;
  });
  expect(overlaps).toBe(0);

  // In the export, and drawn by librsvg: the picture differs from the one exported before the note.
  const noted = await downloadFrom(page, 'Who moved where', 'Export SVG');
  const svg = readFileSync(noted.path, 'utf8');
  expect(svg).toContain('data-note="from:google"');
  expect(svg).toContain('Where most of them started');
  expect(mismatch(before, librsvg(noted.path))).toBeGreaterThan(0.001);

  // After a reload the note is still there, from the URL.
  await page.reload();
  await waitForPanels(page);
  await expect(sankey.locator('[data-note="from:google"]')).toContainText('Where most of them started');

  // Keyboard: focus the chart, move to a mark, N, type, Enter; then remove the pointer's note the same way.
  const chart = sankey.locator('svg[role="img"]');
  await chart.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('n');
  const keyed = sankey.getByRole('form', { name: /^Note on / });
  await expect(keyed.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('Typed from the keyboard');
  await page.keyboard.press('Enter');
  await expect(sankey.locator('[data-note]')).toHaveCount(2);
  await expect(chart).toBeFocused();
  await expect(sankey.locator('[data-note]').filter({ hasText: 'Typed from the keyboard' })).toHaveCount(1);

  await sankey.locator('[data-node="from:google"]').click({ button: 'right' });
  await sankey
    .getByRole('form', { name: /Note on Google/ })
    .getByRole('button', { name: 'Remove note' })
    .click();
  await expect(sankey.locator('[data-note="from:google"]')).toHaveCount(0);
  await expect(sankey.locator('[data-note]')).toHaveCount(1);
});

test('a note follows its mark when the layout changes, and goes with a filter that hides the mark', async ({
  page,
}) => {
  await page.goto(`/?notes=${encodeURIComponent('sankey~to:openai~OpenAI, the destination')}`);
  await waitForPanels(page);
  const sankey = panel(page, 'Who moved where');
  const note = sankey.locator('[data-note="to:openai"]');
  const leaderStart = async () => note.locator('circle').evaluate((c) => Number(c.getAttribute('cx')));
  const node = async () =>
    sankey
      .locator('rect[data-node="to:openai"]')
      .evaluate((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')));
  const x1 = await leaderStart();
  expect(x1).toBeCloseTo(await node(), 0);
  // Narrower: the Sankey lays out again, and the note's leader still starts at the node's edge.
  await page.setViewportSize({ width: 900, height: 1000 });
  await expect.poll(leaderStart).not.toBeCloseTo(x1, 0);
  expect(await leaderStart()).toBeCloseTo(await node(), 0);
  // A filter without OpenAI's node: no node, no note.
  await page.goto(
    `/?company=stability-ai&notes=${encodeURIComponent('sankey~to:openai~OpenAI, the destination')}`,
  );
  await waitForPanels(page);
  await expect(sankey.locator('[data-note]')).toHaveCount(0);
});
