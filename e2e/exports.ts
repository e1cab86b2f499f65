/**
 * Helpers for export specs: trigger a panel's export from its menu and read what was downloaded, and compare
 * two PNG screenshots pixel by pixel.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { panel } from './fixtures';

type PanelName = Parameters<typeof panel>[1];

/** Clicks a panel's export control and returns the saved file's name, path and bytes. */
export async function downloadFrom(
  page: Page,
  name: PanelName,
  button: string,
  options: { size?: string; density?: string } = {},
) {
  const section = panel(page, name);
  if (button !== 'Export SVG' || options.size) {
    const more = section.locator('details.export-more');
    if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open))) await more.locator('summary').click();
    if (options.size) await section.getByRole('radio', { name: options.size }).check();
    if (options.density) await section.getByRole('radio', { name: options.density }).check();
  }
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    section.getByRole('button', { name: button }).click(),
  ]);
  const path = resolve('e2e/.artifacts', download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The share of pixels (0–1) that differ between two same-sized PNGs, and a diff image written to `diffPath`. */
export function mismatch(a: Buffer, b: Buffer, diffPath?: string): number {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  if (left.width !== right.width || left.height !== right.height) {
    throw new Error(`sizes differ: ${left.width}×${left.height} and ${right.width}×${right.height}`);
  }
  const diff = new PNG({ width: left.width, height: left.height });
  const differing = pixelmatch(left.data, right.data, diff.data, left.width, left.height, { threshold: 0.1 });
  if (diffPath) writeFileSync(diffPath, PNG.sync.write(diff));
  return differing / (left.width * left.height);
}

/** Renders an SVG file alone in a page of its size and screenshots it, or one region of it. */
export async function renderAlone(
  browser: Browser,
  path: string,
  clip?: { x: number; y: number; width: number; height: number },
) {
  const svg = readFileSync(path, 'utf8');
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`file://${path}`);
  // Embedded fonts load asynchronously even from data: URLs, and text waits for them: load every face first.
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((face) => face.load()));
    await document.fonts.ready;
  });
  const shot = await page.screenshot({ clip: clip ?? { x: 0, y: 0, width, height } });
  await page.close();
  return shot;
}
