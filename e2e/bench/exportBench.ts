/**
 * `npm run bench:export`: measures exports in Chromium against the production build — the size of each panel's
 * SVG with its fonts embedded, and the time "Export all" takes from click to download (5 runs, median; the first
 * run also loads HarfBuzz and the fonts). Reported, never asserted: machines are shared and noisy.
 */
import { median, serveBuild } from './server';

const PORT = 4199;
const RUNS = 5;

async function main() {
  const { base, browser, close } = await serveBuild(PORT);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await page.goto(base);
    for (const name of ['Who moved where', 'Pay and hiring', 'Timeline']) {
      await page.getByRole('region', { name }).locator('svg[role="img"]').waitFor();
    }

    console.log('Panel SVG with embedded fonts (panel size, no filter):');
    for (const name of ['Who moved where', 'Pay and hiring', 'Timeline']) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('region', { name }).getByRole('button', { name: 'Export SVG' }).click(),
      ]);
      const stream = await download.createReadStream();
      let bytes = 0;
      for await (const chunk of stream) bytes += (chunk as Buffer).length;
      console.log(`  ${name.padEnd(16)} ${(bytes / 1024).toFixed(1)} KB  (${download.suggestedFilename()})`);
    }

    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: 'Export all (ZIP)' }).click(),
      ]);
      times.push(performance.now() - start);
      await download.delete();
    }
    console.log(
      `Export all (3 × SVG + PNG@2x + CSV, SOURCES.txt): median ${median(times).toFixed(0)} ms of ${RUNS} runs [${times.map((t) => t.toFixed(0)).join(', ')}]`,
    );
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
