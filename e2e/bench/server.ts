/**
 * Benchmarks run against the production build: build it, serve it with `vite preview`, and launch the system
 * Chromium. Shared by `npm run bench` and `npm run bench:export`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium';

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

/** The middle value (upper middle for an even count). */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The value below which `p` (0–1) of the values fall (nearest rank). */
export const percentile = (values: readonly number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)]!;

/** Builds the app into `outDir` (with `env`, for `VITE_*` settings) and serves it on `port`; `kill()` stops it. */
export async function serveVariant(
  port: number,
  outDir: string,
  env: Record<string, string> = {},
): Promise<{ base: string; kill: () => void }> {
  const build = spawn('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  await new Promise((resolve, reject) =>
    build.on('exit', (code) => (code === 0 ? resolve(null) : reject(new Error('build failed')))),
  );
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(base);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { base, kill: () => server.kill() };
}

/** Builds the app, serves `dist/` on `port`, launches Chromium; `close()` stops both. */
export async function serveBuild(
  port: number,
): Promise<{ base: string; browser: Browser; close: () => Promise<void> }> {
  const { base, kill } = await serveVariant(port, 'dist');
  try {
    const executablePath = findChromium();
    const browser = await chromium.launch({
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
    });
    return {
      base,
      browser,
      close: async () => {
        await browser.close();
        kill();
      },
    };
  } catch (error) {
    kill();
    throw error;
  }
}
