/**
 * `npm run bench:export`: measures exports in Chromium against the production build — the size of each panel's
 * SVG with its fonts embedded, and the time "Export all" takes from click to download (5 runs, median; the first
 * run also loads HarfBuzz and the fonts). Reported, never asserted: machines are shared and noisy.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium';

const PORT = 4199;
const RUNS = 5;

async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`no server at ${url}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const build = spawn('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  await new Promise((resolve, reject) =>
    build.on('exit', (code) => (code === 0 ? resolve(null) : reject(new Error('build failed')))),
  );
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  try {
    const base = `http://127.0.0.1:${PORT}/`;
    await waitForServer(base);
    const executablePath = findChromium();
    const browser = await chromium.launch({
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
    });
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
    await browser.close();
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
