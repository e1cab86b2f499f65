/**
 * Export SVG: each panel's button downloads a well-formed, standalone SVG of what the panel shows, named after
 * the panel and the filter, that renders on its own in Chromium.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, panel, test, waitForPanels } from './fixtures';

const PANELS = [
  ['Who moved where', 'who-moved-where'],
  ['Pay and hiring', 'pay-and-hiring-pay'],
  ['Timeline', 'timeline'],
] as const;

for (const [name, slug] of PANELS) {
  test(`${name}: Export SVG gives a standalone file of the filtered view`, async ({ page, browser }) => {
    await page.goto('/?company=google&from=2013-01&to=2024-02');
    await waitForPanels(page);
    const section = panel(page, name);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${slug}_google_2013-01_2024-02.svg`);
    const path = resolve(`e2e/.artifacts/${download.suggestedFilename()}`);
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');

    const facts = await page.evaluate((svgText) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const svg = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        tag: svg.tagName,
        xmlns: svg.getAttribute('xmlns'),
        viewBox: svg.getAttribute('viewBox'),
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
        background: doc.getElementById('background')?.getAttribute('fill'),
        title: svg.querySelector('title')?.textContent,
        subtitle: doc.querySelector('#heading text:nth-of-type(2)')?.textContent,
        credit: doc.getElementById('credit')?.textContent,
        marks: doc.querySelectorAll('#chart [aria-label]').length,
      };
    }, text);
    expect(facts).toMatchObject({
      error: 0,
      tag: 'svg',
      xmlns: 'http://www.w3.org/2000/svg',
      background: '#ffffff',
    });
    expect(facts.viewBox).toBe(`0 0 ${facts.width} ${facts.height}`);
    expect(facts.title).toContain(name);
    expect(facts.subtitle).toBe(
      'Google · Jan 2013 – Feb 2024'.replace(/^/, name === 'Pay and hiring' ? 'Average annual pay · ' : ''),
    );
    expect(facts.credit).toContain('36Kr');
    expect(facts.marks).toBeGreaterThan(0);
    expect(text).not.toMatch(/href=|<image|<script|<foreignObject|url\((?!#|data:font\/)|@import/);

    // Opened on its own, with nothing else around, it renders its text and marks.
    const standalone = await browser.newPage();
    const errors: string[] = [];
    standalone.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await standalone.goto(`file://${path}`);
    const rendered = await standalone.evaluate(() => {
      const svg = document.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      return { width: box.width, height: box.height, texts: document.querySelectorAll('text').length };
    });
    expect(rendered.width).toBe(facts.width);
    expect(rendered.height).toBe(facts.height);
    expect(rendered.texts).toBeGreaterThan(3);
    await standalone.screenshot({ path: `e2e/.artifacts/export-${slug}.png` });
    expect(errors).toEqual([]);
    await standalone.close();
  });
}
